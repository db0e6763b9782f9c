/**
 * Queue step on `ticket-followed-up`: a followed-up ticket gets its statement (once), emailed to the
 * customer and finance; `ticket.completed` does the same when the fee schedule says so.
 */
import { loadConfig } from '../../lib/platform/config/env.ts';
import { baseAdapters } from '../../lib/composition.ts';
import { ticketsAdapters } from '../../lib/tickets/server.ts';
import { dispatchAdapters } from '../../lib/dispatch/server.ts';
import { staffAdapters } from '../../lib/staff/server.ts';
import { settlementAdapters } from '../../lib/settlement/server.ts';
import { createQueueHandler } from '../../lib/platform/queue/batch-handler.ts';
import { settlementTriggerMessage } from '../../lib/platform/queue/messages.ts';
import { ensureStatement } from '../../lib/settlement/usecases/statement.ts';
import { settlementStatement } from '../../lib/wiring.ts';
import { loadDataKeys } from '../../lib/platform/privacy/data-keys-kms.ts';

const base = baseAdapters(loadConfig(settlementStatement.access));
const deps = { ...base, ...ticketsAdapters(base), ...dispatchAdapters(base), ...staffAdapters(base), ...settlementAdapters(base) };

export const handler = createQueueHandler(settlementTriggerMessage, async (message) => {
  await ensureStatement(deps, message.ticketId, message.type === 'ticket.followed-up' ? 'followed_up' : 'completion');
}).use(loadDataKeys());

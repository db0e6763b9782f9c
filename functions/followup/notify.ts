/** Queue step: an approved investigation outcome letter goes to the customer, once. */
import { loadConfig } from '../../lib/platform/config/env.ts';
import { baseAdapters } from '../../lib/composition.ts';
import { ticketsAdapters } from '../../lib/tickets/server.ts';
import { slaAdapters } from '../../lib/sla/server.ts';
import { staffAdapters } from '../../lib/staff/server.ts';
import { followupAdapters } from '../../lib/followup/server.ts';
import { intakeAdapters, ticketOpener } from '../../lib/intake/server.ts';
import { sesSendOnce } from '../../lib/platform/mail/send-once.ts';
import { createQueueHandler } from '../../lib/platform/queue/batch-handler.ts';
import { customerNoticeMessage } from '../../lib/platform/queue/messages.ts';
import { sendOutcomeLetter } from '../../lib/followup/usecases/investigations.ts';
import { followupNotify } from '../../lib/wiring.ts';
import { loadDataKeys } from '../../lib/platform/privacy/data-keys-kms.ts';

const base = baseAdapters(loadConfig(followupNotify.access));
const adapters = { ...base, ...ticketsAdapters(base), ...slaAdapters(base), ...staffAdapters(base), ...followupAdapters(base), ...intakeAdapters(base) };
const deps = { ...adapters, ...ticketOpener(adapters) };
const send = sesSendOnce(deps);

export const handler = createQueueHandler(customerNoticeMessage, async (message, _record, context) => {
  send.registerContext(context);
  await sendOutcomeLetter(deps, send, message.investigationId);
}).use(loadDataKeys());

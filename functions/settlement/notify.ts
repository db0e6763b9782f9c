/** Queue step: settlement facts become emails (dispute, invoice request, invoice issued), each once. */
import { loadConfig } from '../../lib/platform/config/env.ts';
import { sesSendOnce } from '../../lib/platform/mail/send-once.ts';
import { createQueueHandler } from '../../lib/platform/queue/batch-handler.ts';
import { settlementMailMessage } from '../../lib/platform/queue/messages.ts';
import { baseAdapters } from '../../lib/composition.ts';
import { ticketStoreAdapters } from '../../lib/tickets/server.ts';
import { slaSettingsAdapters } from '../../lib/sla/server.ts';
import { settlementAdapters } from '../../lib/settlement/server.ts';
import { deliverSettlementMail } from '../../lib/settlement/usecases/notify.ts';
import { settlementNotify } from '../../lib/wiring.ts';
import { loadDataKeys } from '../../lib/platform/privacy/data-keys-kms.ts';

const base = baseAdapters(loadConfig(settlementNotify.access));
const deps = { ...base, ...ticketStoreAdapters(base), ...slaSettingsAdapters(base), ...settlementAdapters(base) };
const send = sesSendOnce(deps);

export const handler = createQueueHandler(settlementMailMessage, async (message, _record, context) => {
  send.registerContext(context);
  await deliverSettlementMail(deps, send, message);
}).use(loadDataKeys());

/** Queue step: hand-offs between the groups become emails (each once). */
import { loadConfig } from '../../lib/platform/config/env.ts';
import { sesSendOnce } from '../../lib/platform/mail/send-once.ts';
import { createQueueHandler } from '../../lib/platform/queue/batch-handler.ts';
import { workHandoffMessage } from '../../lib/platform/queue/messages.ts';
import { baseAdapters } from '../../lib/composition.ts';
import { ticketStoreAdapters } from '../../lib/tickets/server.ts';
import { slaSettingsAdapters } from '../../lib/sla/server.ts';
import { dispatchAdapters } from '../../lib/dispatch/server.ts';
import { staffAdapters } from '../../lib/staff/server.ts';
import { partsCatalogAdapters } from '../../lib/parts/server.ts';
import { deliverHandoff } from '../../lib/dispatch/usecases/handoffs.ts';
import { dispatchNotify } from '../../lib/wiring.ts';
import { loadDataKeys } from '../../lib/platform/privacy/data-keys-kms.ts';

const base = baseAdapters(loadConfig(dispatchNotify.access));
const deps = { ...base, ...ticketStoreAdapters(base), ...slaSettingsAdapters(base), ...dispatchAdapters(base), ...staffAdapters(base), ...partsCatalogAdapters(base) };
const send = sesSendOnce(deps);

export const handler = createQueueHandler(workHandoffMessage, async (message, _record, context) => {
  send.registerContext(context);
  await deliverHandoff(deps, send, message);
}).use(loadDataKeys());

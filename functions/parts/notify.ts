/** Queue step: an ordered purchase order goes to its supplier (zh-CN, lines as CSV), once. */
import { loadConfig } from '../../lib/platform/config/env.ts';
import { sesSendOnce } from '../../lib/platform/mail/send-once.ts';
import { createQueueHandler } from '../../lib/platform/queue/batch-handler.ts';
import { partsMailMessage } from '../../lib/platform/queue/messages.ts';
import { baseAdapters } from '../../lib/composition.ts';
import { partsAdapters } from '../../lib/parts/server.ts';
import { sendPurchaseOrder } from '../../lib/parts/usecases/purchasing.ts';
import { partsNotify } from '../../lib/wiring.ts';
import { loadDataKeys } from '../../lib/platform/privacy/data-keys-kms.ts';

const base = baseAdapters(loadConfig(partsNotify.access));
const deps = { ...base, ...partsAdapters(base) };
const send = sesSendOnce(deps);

export const handler = createQueueHandler(partsMailMessage, async (message, _record, context) => {
  send.registerContext(context);
  await sendPurchaseOrder(deps, send, message.orderId);
}).use(loadDataKeys());

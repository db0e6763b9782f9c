/** Queue step: an approved investigation outcome letter goes to the customer, once. */
import { loadConfig } from '../../lib/platform/config/env.ts';
import { sesSendOnce } from '../../lib/platform/mail/send-once.ts';
import { createQueueHandler } from '../../lib/platform/queue/batch-handler.ts';
import { customerNoticeMessage } from '../../lib/platform/queue/messages.ts';
import { dependencies } from '../../lib/dependencies.ts';
import { sendOutcomeLetter } from '../../lib/followup/usecases/investigations.ts';
import { functions } from '../../lib/wiring.ts';
import { loadDataKeys } from '../../lib/platform/privacy/data-keys.ts';

const deps = dependencies(loadConfig(functions['followup-notify'].access));
const send = sesSendOnce(deps);

export const handler = createQueueHandler(customerNoticeMessage, async (message, _record, context) => {
  send.registerContext(context);
  await sendOutcomeLetter(deps, send, message.investigationId);
}).use(loadDataKeys());

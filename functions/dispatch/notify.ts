/** Queue step: hand-offs between the groups become emails (each once). */
import { loadConfig } from '../../lib/platform/config/env.ts';
import { SesMailer } from '../../lib/platform/mail/mailer.ts';
import { sendOnce } from '../../lib/platform/mail/send-once.ts';
import { createQueueHandler } from '../../lib/platform/queue/batch-handler.ts';
import { workHandoffMessage } from '../../lib/platform/queue/messages.ts';
import { dependencies } from '../../lib/dependencies.ts';
import { deliverHandoff } from '../../lib/dispatch/usecases/handoffs.ts';
import { functions } from '../../lib/wiring.ts';

const deps = dependencies(loadConfig(functions['dispatch-notify'].access));
const send = sendOnce(deps.tableName, new SesMailer(deps.config.mailFrom));

export const handler = createQueueHandler(workHandoffMessage, async (message, _record, context) => {
  send.registerContext(context);
  await deliverHandoff(deps, send, message);
});

/** Queue step: hand-offs between the groups become emails (each once). */
import { loadConfig } from '../../lib/config/env.ts';
import { SesMailer } from '../../lib/mail/mailer.ts';
import { sendOnce } from '../../lib/mail/send-once.ts';
import { createQueueHandler } from '../../lib/queue/batch-handler.ts';
import { workHandoffMessage } from '../../lib/queue/messages.ts';
import { dependencies } from '../../lib/usecases/dependencies.ts';
import { deliverHandoff } from '../../lib/usecases/handoffs.ts';
import { functions } from '../../lib/wiring.ts';

const deps = dependencies(loadConfig(functions['dispatch-notify'].access));
const send = sendOnce(deps.tableName, new SesMailer(deps.config.mailFrom));

export const handler = createQueueHandler(workHandoffMessage, async (message, _record, context) => {
  send.registerContext(context);
  await deliverHandoff(deps, send, message);
});

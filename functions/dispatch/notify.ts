/** Queue step: hand-offs between the groups become emails (each once). */
import { loadConfig } from '../../lib/platform/config/env.ts';
import { sesSendOnce } from '../../lib/platform/mail/send-once.ts';
import { createQueueHandler } from '../../lib/platform/queue/batch-handler.ts';
import { workHandoffMessage } from '../../lib/platform/queue/messages.ts';
import { dependencies } from '../../lib/dependencies.ts';
import { deliverHandoff } from '../../lib/dispatch/usecases/handoffs.ts';
import { functions } from '../../lib/wiring.ts';

const deps = dependencies(loadConfig(functions['dispatch-notify'].access));
const send = sesSendOnce(deps);

export const handler = createQueueHandler(workHandoffMessage, async (message, _record, context) => {
  send.registerContext(context);
  await deliverHandoff(deps, send, message);
});

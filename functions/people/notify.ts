/** Queue step: a quarter was signed off; each staff member gets their own scorecard, once. */
import { loadConfig } from '../../lib/platform/config/env.ts';
import { sesSendOnce } from '../../lib/platform/mail/send-once.ts';
import { createQueueHandler } from '../../lib/platform/queue/batch-handler.ts';
import { peopleMailMessage } from '../../lib/platform/queue/messages.ts';
import { dependencies } from '../../lib/dependencies.ts';
import { sendSignedScorecards } from '../../lib/people/usecases/scorecards.ts';
import { functions } from '../../lib/wiring.ts';
import { loadDataKeys } from '../../lib/platform/privacy/data-keys.ts';

const deps = dependencies(loadConfig(functions['people-notify'].access));
const send = sesSendOnce(deps, 400);

export const handler = createQueueHandler(peopleMailMessage, async (message, _record, context) => {
  send.registerContext(context);
  await sendSignedScorecards(deps, send, message.quarter);
}).use(loadDataKeys());

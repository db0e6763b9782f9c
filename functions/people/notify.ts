/** Queue step: a quarter was signed off; each staff member gets their own scorecard, once. */
import { loadConfig } from '../../lib/platform/config/env.ts';
import { baseAdapters } from '../../lib/composition.ts';
import { staffAdapters } from '../../lib/staff/server.ts';
import { scorecardAdapters } from '../../lib/people/server.ts';
import { sesSendOnce } from '../../lib/platform/mail/send-once.ts';
import { createQueueHandler } from '../../lib/platform/queue/batch-handler.ts';
import { peopleMailMessage } from '../../lib/platform/queue/messages.ts';
import { sendSignedScorecards } from '../../lib/people/usecases/scorecards.ts';
import { peopleNotify } from '../../lib/wiring.ts';
import { loadDataKeys } from '../../lib/platform/privacy/data-keys-kms.ts';

const base = baseAdapters(loadConfig(peopleNotify.access));
const deps = { ...base, ...staffAdapters(base), ...scorecardAdapters(base) };
const send = sesSendOnce(deps, 400);

export const handler = createQueueHandler(peopleMailMessage, async (message, _record, context) => {
  send.registerContext(context);
  await sendSignedScorecards(deps, send, message.quarter);
}).use(loadDataKeys());

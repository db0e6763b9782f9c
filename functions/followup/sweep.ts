/** Follow-up watch: sends due surveys (once) and opens call tasks for unanswered ones. */
import type { Context, ScheduledEvent } from 'aws-lambda';
import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { loadConfig } from '../../lib/platform/config/env.ts';
import { sesSendOnce } from '../../lib/platform/mail/send-once.ts';
import { logger } from '../../lib/platform/observability/logger.ts';
import { recordScheduleCompleted } from '../../lib/platform/observability/metrics.ts';
import { dependencies } from '../../lib/dependencies.ts';
import { refreshLinkKeys } from '../../lib/platform/auth/link-keys-secret.ts';
import { sweepFollowUps } from '../../lib/followup/usecases/follow-up.ts';
import { functions } from '../../lib/wiring.ts';
import { loadDataKeys } from '../../lib/platform/privacy/data-keys.ts';

const deps = dependencies(loadConfig(functions['followup-sweep'].access));
const send = sesSendOnce(deps);

export const handler = middy(async (event: ScheduledEvent, context: Context) => {
  send.registerContext(context);
  const report = await sweepFollowUps(deps, send, new Date(event.time)); // "now" is the schedule's firing time
  recordScheduleCompleted('followup-sweep');
  return report;
})
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(refreshLinkKeys(deps))
  .use(loadDataKeys());

/** Follow-up watch: sends due surveys (once) and opens call tasks for unanswered ones. */
import type { Context, ScheduledEvent } from 'aws-lambda';
import middy from '@middy/core';
import { loadConfig } from '../../lib/platform/config/env.ts';
import { baseAdapters } from '../../lib/composition.ts';
import { ticketsAdapters } from '../../lib/tickets/server.ts';
import { slaAdapters } from '../../lib/sla/server.ts';
import { staffAdapters } from '../../lib/staff/server.ts';
import { followupAdapters } from '../../lib/followup/server.ts';
import { intakeAdapters, ticketOpener } from '../../lib/intake/server.ts';
import { sesSendOnce } from '../../lib/platform/mail/send-once.ts';
import { logContext } from '../../lib/platform/observability/logger.ts';
import { recordScheduleCompleted } from '../../lib/platform/observability/metrics.ts';
import { refreshLinkKeys } from '../../lib/platform/auth/link-keys-secret.ts';
import { sweepFollowUps } from '../../lib/followup/usecases/follow-up.ts';
import { followupSweep } from '../../lib/wiring.ts';
import { loadDataKeys } from '../../lib/platform/privacy/data-keys-kms.ts';

const base = baseAdapters(loadConfig(followupSweep.access));
const adapters = { ...base, ...ticketsAdapters(base), ...slaAdapters(base), ...staffAdapters(base), ...followupAdapters(base), ...intakeAdapters(base) };
const deps = { ...adapters, ...ticketOpener(adapters) };
const send = sesSendOnce(deps);

export const handler = middy(async (event: ScheduledEvent, context: Context) => {
  send.registerContext(context);
  const report = await sweepFollowUps(deps, send, new Date(event.time)); // "now" is the schedule's firing time
  recordScheduleCompleted('followup-sweep');
  return report;
})
  .use(logContext())
  .use(refreshLinkKeys(deps))
  .use(loadDataKeys());

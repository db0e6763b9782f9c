/**
 * People watch (daily, 08:00 Asia/Shanghai): certificate expiry reminders (30 and 7 days), overdue tools,
 * and in a new quarter the drafts of the quarter just ended to the manager; each email once.
 */
import type { Context, ScheduledEvent } from 'aws-lambda';
import middy from '@middy/core';
import { loadConfig } from '../../lib/platform/config/env.ts';
import { baseAdapters } from '../../lib/composition.ts';
import { ticketStoreAdapters } from '../../lib/tickets/server.ts';
import { slaAdapters } from '../../lib/sla/server.ts';
import { staffAdapters } from '../../lib/staff/server.ts';
import { peopleAdapters } from '../../lib/people/server.ts';
import { followupAdapters } from '../../lib/followup/server.ts';
import { sesSendOnce } from '../../lib/platform/mail/send-once.ts';
import { logContext } from '../../lib/platform/observability/logger.ts';
import { recordScheduleCompleted } from '../../lib/platform/observability/metrics.ts';
import { sendPeopleReminders } from '../../lib/people/usecases/people.ts';
import { sendDraftScorecards } from '../../lib/people/usecases/scorecards.ts';
import { peopleSweep } from '../../lib/wiring.ts';
import { loadDataKeys } from '../../lib/platform/privacy/data-keys-kms.ts';

const base = baseAdapters(loadConfig(peopleSweep.access));
const deps = { ...base, ...ticketStoreAdapters(base), ...slaAdapters(base), ...staffAdapters(base), ...peopleAdapters(base), ...followupAdapters(base) };
const send = sesSendOnce(deps, 400);

export const handler = middy(async (event: ScheduledEvent, context: Context) => {
  send.registerContext(context);
  const now = new Date(event.time); // "now" is the schedule's firing time
  const report = { ...(await sendPeopleReminders(deps, send, now)), draftScorecards: await sendDraftScorecards(deps, send, now) };
  recordScheduleCompleted('people-sweep');
  return report;
}).use(logContext()).use(loadDataKeys());

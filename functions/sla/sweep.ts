/**
 * Breach watch, every minute: warnings at the configured share of the time, breaches at the deadline.
 * Every fifth minute it also counts the open tickets per status for the operations dashboard.
 */
import type { Context, ScheduledEvent } from 'aws-lambda';
import middy from '@middy/core';
import { loadConfig } from '../../lib/platform/config/env.ts';
import { sesSendOnce } from '../../lib/platform/mail/send-once.ts';
import { slaAlertMail } from '../../lib/sla/mail/sla-alert.ts';
import { logContext } from '../../lib/platform/observability/logger.ts';
import { recordOpenTickets, recordScheduleCompleted, recordSlaSweep } from '../../lib/platform/observability/metrics.ts';
import { baseAdapters } from '../../lib/composition.ts';
import { ticketStoreAdapters } from '../../lib/tickets/server.ts';
import { slaAdapters } from '../../lib/sla/server.ts';
import { sweepSlaAlarms } from '../../lib/sla/usecases/sweep.ts';
import { timerAlertKey } from '../../lib/sla/index.ts';
import { remindProvisionalCalendar } from '../../lib/sla/usecases/calendar-reminder.ts';
import { slaSweep } from '../../lib/wiring.ts';
import { loadDataKeys } from '../../lib/platform/privacy/data-keys-kms.ts';

const base = baseAdapters(loadConfig(slaSweep.access));
const deps = { ...base, ...ticketStoreAdapters(base), ...slaAdapters(base) };
const send = sesSendOnce(deps);
/** The open-ticket gauge is counted on the runs at these minutes (the dashboard's period), not every minute. */
const OPEN_TICKETS_EVERY_MINUTES = 5;

export const handler = middy(async (event: ScheduledEvent, context: Context) => {
  send.registerContext(context);
  // "Now" is the schedule's firing time, as EventBridge states it: a late or replayed invocation
  // judges deadlines at the instant it was meant for.
  const now = new Date(event.time);
  const report = await sweepSlaAlarms(deps, ({ ticket, timer, level, to }) => send(timerAlertKey(timer, level), { to: [to], ...slaAlertMail(ticket, timer, level) }), now);
  const calendarReminder = await remindProvisionalCalendar(deps, send, now);
  const openTickets = now.getUTCMinutes() % OPEN_TICKETS_EVERY_MINUTES === 0 ? await deps.tickets.countOpenByStatus() : undefined;
  if (openTickets) recordOpenTickets(openTickets);
  recordSlaSweep(report);
  recordScheduleCompleted('sla-sweep');
  return { ...report, ...(calendarReminder ? { calendarReminder } : {}), ...(openTickets ? { openTickets } : {}) };
}).use(logContext()).use(loadDataKeys());

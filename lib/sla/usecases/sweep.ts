/**
 * The breach watch (every minute): reads only the timers whose next alarm is due (sparse, day-bucketed
 * index: yesterday's and today's buckets, more after an outage), then for each: sends the alert email
 * once (idempotent by ticket, timer and level) and records the warning or the breach (conditional on
 * the version read; the breach also goes on the ticket's timeline). Overlapping or repeated sweeps
 * send nothing twice: the email is keyed, the record is conditional.
 */
import { ConcurrentUpdateError } from '../../platform/errors.ts';
import { alarmDue, markBreached, markWarned, type AlarmLevel, type SlaTimer } from '../domain/sla-timer.ts';
import type { Ticket } from '../../tickets/index.ts';
import { logger } from '../../platform/observability/logger.ts';
import { SendInProgressError } from '../../platform/mail/send-once.ts';
import { alarmBucket } from '../../platform/store/keys.ts';
import { bucketsSince, readSweepState, writeSweepState } from '../../platform/store/sweep-state.ts';
import type { Dependencies } from '../../dependencies.ts';
import { saveTimerChange } from './timer-actions.ts';

export interface SweepReport {
  buckets: string[];
  itemsRead: number;
  readCapacityUnits: number;
  warnings: number;
  breaches: number;
  skipped: number;
}

export type SendAlertOnce = (alert: { ticket: Ticket; timer: SlaTimer; level: AlarmLevel; to: string }) => Promise<unknown>;


export async function sweepSlaAlarms(
  deps: Pick<Dependencies, 'timers' | 'tickets' | 'settings' | 'tableName' | 'db'>,
  sendAlertOnce: SendAlertOnce,
  now: Date,
): Promise<SweepReport> {
  const { db } = deps;
  // The last run and the groups' addresses: two independent reads, one round trip.
  const [state, standards] = await Promise.all([readSweepState(db, deps.tableName, 'sla'), deps.settings.getServiceStandards()]);
  const buckets = bucketsSince(state?.lastSweepAt ? new Date(state.lastSweepAt as string) : undefined, now, alarmBucket);

  const report: SweepReport = { buckets, itemsRead: 0, readCapacityUnits: 0, warnings: 0, breaches: 0, skipped: 0 };
  const groupEmails = standards.value.groupEmails;
  for (const bucket of buckets) {
    const due = await deps.timers.dueAlarms(bucket, now);
    report.itemsRead += due.itemsRead;
    report.readCapacityUnits += due.readCapacity;
    for (const timer of due.timers) {
      const level = alarmDue(timer, now);
      if (!level) {
        report.skipped += 1; // the index lags a change already made (it is eventually consistent)
        continue;
      }
      const ticket = await deps.tickets.get(timer.ticketId);
      if (!ticket) {
        report.skipped += 1;
        continue;
      }
      try {
        await sendAlertOnce({ ticket, timer, level, to: level === 'warning' ? groupEmails[timer.responsibleGroup] : groupEmails.manager });
      } catch (error) {
        if (!(error instanceof SendInProgressError)) throw error;
        report.skipped += 1; // an overlapping sweep is sending it; it also records it
        continue;
      }
      const after = level === 'warning' ? markWarned(timer, now) : markBreached(timer);
      try {
        await saveTimerChange(
          deps,
          timer,
          after,
          { type: level === 'warning' ? 'sla_warning' : 'sla_breached', actor: 'system', data: { dueAt: timer.dueAt, standard: timer.standardId } },
          now,
        );
        if (level === 'warning') report.warnings += 1;
        else report.breaches += 1;
      } catch (error) {
        if (!(error instanceof ConcurrentUpdateError)) throw error;
        report.skipped += 1; // another sweep, or a staff action, changed it first
      }
    }
  }
  await writeSweepState(db, deps.tableName, 'sla', { lastSweepAt: now.toISOString() });
  logger.info('SLA sweep done', { ...report });
  return report;
}

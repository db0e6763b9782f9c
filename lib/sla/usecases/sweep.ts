/**
 * The breach watch (every minute): reads only the timers whose next alarm is due (sparse, day-bucketed
 * index: yesterday's and today's buckets, more after an outage), then for each: sends the alert email
 * once (idempotent by ticket, timer and level) and records the warning or the breach (conditional on
 * the version read; the breach also goes on the ticket's timeline). Overlapping or repeated sweeps
 * send nothing twice: the email is keyed, the record is conditional.
 */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { ConcurrentUpdateError } from '../../platform/errors.ts';
import { alarmDue, markBreached, markWarned, type AlarmLevel, type SlaTimer } from '../domain/sla-timer.ts';
import type { Ticket } from '../../tickets/index.ts';
import { logger } from '../../platform/observability/logger.ts';
import { SendInProgressError } from '../../platform/mail/send-once.ts';
import { alarmBucket, sweepStateKey } from '../../platform/store/keys.ts';
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

const DAY_MS = 86_400_000;
const MAX_CATCH_UP_DAYS = 31;

function bucketsBetween(from: Date, to: Date): string[] {
  const buckets: string[] = [];
  const start = Math.max(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()), to.getTime() - MAX_CATCH_UP_DAYS * DAY_MS);
  for (let day = start; day <= to.getTime(); day += DAY_MS) buckets.push(alarmBucket(new Date(day).toISOString()));
  const today = alarmBucket(to.toISOString());
  return buckets.includes(today) ? buckets : [...buckets, today];
}

export async function sweepSlaAlarms(
  deps: Pick<Dependencies, 'timers' | 'tickets' | 'settings' | 'tableName' | 'db'>,
  sendAlertOnce: SendAlertOnce,
  now: Date,
): Promise<SweepReport> {
  const { db } = deps;
  const state = (await db.send(new GetCommand({ TableName: deps.tableName, Key: sweepStateKey('sla') }))).Item;
  const lastSweepAt = state?.lastSweepAt ? new Date(state.lastSweepAt as string) : now;
  const yesterday = new Date(now.getTime() - DAY_MS);
  const buckets = bucketsBetween(lastSweepAt < yesterday ? lastSweepAt : yesterday, now);

  const report: SweepReport = { buckets, itemsRead: 0, readCapacityUnits: 0, warnings: 0, breaches: 0, skipped: 0 };
  const groupEmails = (await deps.settings.getServiceStandards()).value.groupEmails;
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
  await db.send(new PutCommand({ TableName: deps.tableName, Item: { ...sweepStateKey('sla'), entity: 'SweepState', lastSweepAt: now.toISOString() } }));
  logger.info('SLA sweep done', { ...report });
  return report;
}

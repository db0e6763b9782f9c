/**
 * Calendars as data: the manager adds next year's holidays or a site's own hours. A saved calendar
 * is validated by the working-time engine (field-level errors), versioned, and announced on the
 * `calendar-changed` queue so the deadlines of open timers are recomputed.
 */
import { outboxPut } from '../../platform/store/outbox.ts';
import { CalendarError, validateCalendar, type WorkCalendar } from '../../calendar/index.ts';
import type { StaffUser } from '../../platform/auth/staff-user.ts';
import { CALENDAR_ID } from '../domain/calendars.ts';
import { ConcurrentUpdateError, NotFoundError, ValidationError } from '../../platform/errors.ts';
import { generationOf, recomputeTimer } from '../domain/sla-timer.ts';
import { logger } from '../../platform/observability/logger.ts';
import type { Dependencies } from '../../dependencies.ts';
import { saveTimerChange } from './timer-actions.ts';

export function checkedCalendar(raw: unknown): WorkCalendar {
  try {
    return validateCalendar(raw);
  } catch (error) {
    if (error instanceof CalendarError) {
      throw new ValidationError([{ path: error.field ? `calendar.${error.field}` : 'calendar', key: 'invalid_calendar', params: { detail: error.message } }], { cause: error });
    }
    throw error;
  }
}

export async function saveCalendar(
  deps: Pick<Dependencies, 'settings' | 'tableName' | 'now'>,
  input: { id: string; name: string; calendar: unknown; expectedVersion: number },
  user: StaffUser,
): Promise<{ id: string; version: number }> {
  if (!CALENDAR_ID.test(input.id)) throw new ValidationError([{ path: 'calendarId', key: 'invalid_format' }]);
  const calendar = checkedCalendar(input.calendar);
  // No read first: the write is conditional on the expected version (absent, or a built-in one, is
  // version 0), and a calendar that moved on answers 409 from the write itself.
  const now = deps.now();
  const version = await deps.settings.putCalendar({ id: input.id, name: input.name, calendar }, input.expectedVersion, user.id, now, (next) => [
    outboxPut(deps.tableName, 'calendar-changed', { type: 'calendar.changed', calendarId: input.id, version: next }, now),
  ]);
  return { id: input.id, version };
}

/** Recomputes every open timer counting time in `calendarId` (all shards, page by page). */
export async function recomputeOpenTimers(deps: Pick<Dependencies, 'timers' | 'sla' | 'tableName' | 'now' | 'db'>, calendarId: string): Promise<number> {
  const calendar = await deps.sla.calendar(calendarId, { fresh: true }).catch((error: unknown) => {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  });
  if (!calendar) return 0;
  let changed = 0;
  for (let shard = 0; shard < deps.timers.shards; shard += 1) {
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await deps.timers.openTimersPage(calendarId, shard, startKey);
      for (const key of page.keys) {
        for (let attempt = 0; attempt < 3; attempt += 1) {
          const timer = (await deps.timers.timersOf(key.ticketId)).find((t) => t.kind === key.kind && generationOf(t) === key.generation);
          const recomputed = timer && recomputeTimer(timer, calendar);
          if (!timer || !recomputed || (recomputed.dueAt === timer.dueAt && recomputed.warnAt === timer.warnAt)) break;
          try {
            await saveTimerChange(deps, timer, recomputed, { type: 'sla_recomputed', actor: 'system', data: { calendarId, from: timer.dueAt, to: recomputed.dueAt } }, deps.now());
            changed += 1;
            break;
          } catch (error) {
            if (!(error instanceof ConcurrentUpdateError)) throw error; // changed meanwhile: read again
          }
        }
      }
      startKey = page.next;
    } while (startKey);
  }
  logger.info('Open timers recomputed', { calendarId, changed });
  return changed;
}

/** The two public operations: a deadline after N working minutes, and working minutes elapsed. */
import { MINUTE_MS } from './civil-date.ts';
import { compileCalendar } from './compiled-calendar.ts';
import { instantMs, normalizePauses } from './instants.ts';
import type { WorkCalendar } from './types.ts';
import { walkWorkingTime } from './working-time-walk.ts';

/**
 * The instant at which `minutes` of working time have elapsed after `start`, not counting pauses.
 * A start outside working time (or inside a pause) begins counting at the next opening, so 0 minutes
 * gives the first working instant at or after `start`; a deadline that lands exactly on a window's
 * end stays there. Seconds and milliseconds of `start` are kept. Fractional minutes are honoured to
 * the millisecond. Throws RangeError for a negative or non-finite `minutes` or an invalid Date, and
 * CalendarError for an invalid calendar or one without working time within the search horizon.
 */
export function addWorkingMinutes(cal: WorkCalendar, start: Date, minutes: number, pauses?: Array<[Date, Date]>): Date {
  const calendar = compileCalendar(cal);
  const startMs = instantMs(start, 'start');
  if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`minutes must be a finite non-negative number, got ${String(minutes)}`);
  }
  let remaining = Math.round(minutes * MINUTE_MS);
  let deadline = Number.NaN;
  walkWorkingTime(calendar, startMs, Number.POSITIVE_INFINITY, normalizePauses(pauses), (pieceStart, pieceEnd) => {
    if (pieceEnd - pieceStart < remaining) {
      remaining -= pieceEnd - pieceStart;
      return true;
    }
    deadline = pieceStart + remaining;
    return false;
  });
  return new Date(deadline);
}

/**
 * Working time in [from, to) minus pauses, in whole minutes rounded down; 0 for an empty or reversed
 * range. Throws RangeError for an invalid Date and CalendarError for an invalid calendar.
 */
export function workingMinutesBetween(cal: WorkCalendar, from: Date, to: Date, pauses?: Array<[Date, Date]>): number {
  const calendar = compileCalendar(cal);
  const fromMs = instantMs(from, 'from');
  const toMs = instantMs(to, 'to');
  const normalizedPauses = normalizePauses(pauses);
  if (toMs <= fromMs) return 0;
  let elapsedMs = 0;
  walkWorkingTime(calendar, fromMs, toMs, normalizedPauses, (pieceStart, pieceEnd) => {
    elapsedMs += pieceEnd - pieceStart;
    return true;
  });
  return Math.floor(elapsedMs / MINUTE_MS);
}

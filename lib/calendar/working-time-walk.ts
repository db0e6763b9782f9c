/**
 * The one loop both public operations share: visit the working time from an instant onward, in
 * order, as disjoint [start, end) pieces with pauses cut out. It steps window by window over the
 * memoized per-day intervals, never minute by minute.
 */
import type { CompiledCalendar } from './compiled-calendar.ts';
import { CalendarError } from './errors.ts';
import { earliestDayAt, earliestInstantOfDay, latestInstantOfDay } from './zoned-time.ts';

/** Consecutive days without working time after which an open-ended search gives up (3 years). */
export const SEARCH_HORIZON_DAYS = 3 * 366;

/** Receives one piece of working time; returns false to stop the walk. */
export type PieceVisitor = (start: number, end: number) => boolean;

/**
 * Visits working time in [fromMs, untilMs) minus `pauses` (flat sorted disjoint intervals). With an
 * infinite `untilMs`, a stretch of SEARCH_HORIZON_DAYS days without working time is a CalendarError.
 */
export function walkWorkingTime(
  calendar: CompiledCalendar,
  fromMs: number,
  untilMs: number,
  pauses: readonly number[],
  visit: PieceVisitor,
): void {
  const openEnded = untilMs === Number.POSITIVE_INFINITY;
  let cursor = fromMs; // everything before the cursor has been visited or skipped
  let pauseIndex = 0; // pauses before this index end at or before the cursor
  // Start a day early: the previous local date can still own later instants (a clock set back near midnight).
  let day = earliestDayAt(cursor) - 1;
  let daysWithoutWork = 0;

  while (earliestInstantOfDay(day) < untilMs) {
    const intervals = calendar.intervalsOn(day);
    if (intervals.length > 0) daysWithoutWork = 0;
    else if (++daysWithoutWork > SEARCH_HORIZON_DAYS && openEnded) {
      throw new CalendarError('', `no working time within ${SEARCH_HORIZON_DAYS} days after ${new Date(fromMs).toISOString()}`);
    }

    for (let i = 0; i < intervals.length; i += 2) {
      let start = Math.max(intervals[i], cursor);
      const end = Math.min(intervals[i + 1], untilMs);
      while (start < end) {
        while (pauseIndex < pauses.length && pauses[pauseIndex + 1] <= start) pauseIndex += 2;
        if (pauseIndex < pauses.length && pauses[pauseIndex] <= start) {
          start = pauses[pauseIndex + 1]; // inside a pause: resume where it ends
          continue;
        }
        const pieceEnd = pauseIndex < pauses.length ? Math.min(end, pauses[pauseIndex]) : end;
        if (!visit(start, pieceEnd)) return;
        start = pieceEnd;
      }
      cursor = start;
    }

    day += 1;
    // A long pause can put the cursor days ahead: jump there instead of resolving every day in between.
    if (cursor >= latestInstantOfDay(day + 1)) {
      day = earliestDayAt(cursor) - 1;
      daysWithoutWork = 0;
    }
  }
}

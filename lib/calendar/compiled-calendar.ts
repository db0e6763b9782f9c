/**
 * The runnable form of a calendar: parsed once per calendar object (WeakMap), with each local date's
 * working time resolved to UTC intervals once and memoized. Calendars must not be mutated after use.
 */
import { cached } from './bounded-cache.ts';
import { weekdayOfDayNumber } from './civil-date.ts';
import { parseCalendar, type MinuteWindow, type ParsedCalendar } from './validate.ts';
import { windowsToUtc, zoneOffsets, type ZoneOffsets } from './zoned-time.ts';

const NO_INTERVALS: readonly number[] = Object.freeze([]);

/** Bound on memoized days per calendar (about 27 years), so a long-lived process cannot grow without limit. */
const MAX_CACHED_DAYS = 10_000;

export class CompiledCalendar {
  private readonly daysUtc = new Map<number, readonly number[]>();

  readonly zone: ZoneOffsets;

  constructor(private readonly parsed: ParsedCalendar) {
    this.zone = zoneOffsets(parsed.timezone);
  }

  /** Local windows of a date: a holiday wins over a make-up workday, which wins over the weekday. */
  windowsOn(dayNumber: number): readonly MinuteWindow[] {
    const { holidays, workdays, workdayWindows, weekWindows } = this.parsed;
    if (holidays.has(dayNumber)) return [];
    if (workdays.has(dayNumber)) return workdayWindows;
    return weekWindows[weekdayOfDayNumber(dayNumber)];
  }

  /** Working time of a local date as sorted disjoint UTC intervals, flat: [start0, end0, start1, end1, ...]. */
  intervalsOn(dayNumber: number): readonly number[] {
    const windows = this.windowsOn(dayNumber);
    if (windows.length === 0) return NO_INTERVALS; // days off need no time-zone work at all
    return cached(this.daysUtc, dayNumber, MAX_CACHED_DAYS, () => windowsToUtc(this.zone, dayNumber, windows));
  }
}

const compiledByCalendar = new WeakMap<object, CompiledCalendar>();

/** Validates (throwing CalendarError) and compiles `cal`, once per calendar object. */
export function compileCalendar(cal: unknown): CompiledCalendar {
  const known = typeof cal === 'object' && cal !== null ? compiledByCalendar.get(cal) : undefined;
  if (known) return known;
  const compiled = new CompiledCalendar(parseCalendar(cal)); // parseCalendar rejects anything but an object
  compiledByCalendar.set(cal as object, compiled);
  return compiled;
}

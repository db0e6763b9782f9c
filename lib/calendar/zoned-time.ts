/**
 * Time-zone conversion with Intl only. Constructing an Intl.DateTimeFormat is slow and formatting is
 * not free, so each zone gets one formatter for the life of the process, and its offsets are memoized
 * per local date — shared by every calendar in that zone.
 */
import { cached } from './bounded-cache.ts';
import { DAY_MS, MINUTE_MS, wallClockMs } from './civil-date.ts';

/** UTC offsets stay within [-12h, +14h]: bounds on which instants can carry a given local date. */
const MAX_OFFSET_MS = 14 * 3_600_000;
const MIN_OFFSET_MS = -12 * 3_600_000;
const SECOND_MS = 1000;
/** Memoized days per zone (about 55 years). */
const MAX_CACHED_DAYS = 20_000;

/** No instant whose local date is `dayNumber` comes before this. */
export function earliestInstantOfDay(dayNumber: number): number {
  return dayNumber * DAY_MS - MAX_OFFSET_MS;
}

/** Every instant whose local date is `dayNumber` comes before this. */
export function latestInstantOfDay(dayNumber: number): number {
  return (dayNumber + 1) * DAY_MS - MIN_OFFSET_MS;
}

/** The earliest local date `instantMs` can have in any zone: a lower bound that needs no Intl call. */
export function earliestDayAt(instantMs: number): number {
  return Math.floor((instantMs + MIN_OFFSET_MS) / DAY_MS);
}

/** A stretch of UTC time [start, end) during which the zone's offset is constant. */
interface OffsetSegment {
  start: number;
  end: number;
  offset: number;
}

/** One IANA zone: its formatter and memoized offsets. Get instances from `zoneOffsets`. */
export class ZoneOffsets {
  private readonly formatter: Intl.DateTimeFormat;
  /** Offset at earliestInstantOfDay(day), by day: one Intl call per new day. */
  private readonly offsetAtDayStart = new Map<number, number>();
  private readonly segmentsByDay = new Map<number, OffsetSegment[]>();

  /** Throws the RangeError of Intl for a zone Intl does not know. */
  constructor(readonly timeZone: string) {
    // en-US numeric with a 24-hour clock formats as "3/29/2026, 01:59:59": six digit runs, read below.
    this.formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  }

  /** Offset of local wall-clock time from UTC at `instantMs`, in ms (Asia/Shanghai: +8h). */
  offsetAt(instantMs: number): number {
    // format() + parsing digits is about 3x faster than formatToParts().
    const digits = this.formatter.format(instantMs).match(/\d+/g);
    if (digits?.length !== 6) throw new Error(`unexpected Intl output for ${this.timeZone}: ${this.formatter.format(instantMs)}`);
    const [month, day, year, hour, minute, second] = digits.map(Number) as [number, number, number, number, number, number];
    const wholeSecond = Math.floor(instantMs / SECOND_MS) * SECOND_MS;
    return wallClockMs(year, month, day, hour, minute, second) - wholeSecond;
  }

  /**
   * Constant-offset segments covering every instant of a local date: one on most days, two near a
   * DST change (at most one change is assumed within the three days searched).
   */
  segmentsOn(dayNumber: number): OffsetSegment[] {
    return cached(this.segmentsByDay, dayNumber, MAX_CACHED_DAYS, () => {
      const start = earliestInstantOfDay(dayNumber);
      const end = earliestInstantOfDay(dayNumber + 3); // beyond latestInstantOfDay(dayNumber)
      const offsetBefore = this.offsetAtStartOf(dayNumber);
      const offsetAfter = this.offsetAtStartOf(dayNumber + 3);
      if (offsetBefore === offsetAfter) return [{ start, end, offset: offsetBefore }];
      const change = this.findChange(start, end, offsetBefore);
      return [
        { start, end: change, offset: offsetBefore },
        { start: change, end, offset: offsetAfter },
      ];
    });
  }

  private offsetAtStartOf(dayNumber: number): number {
    return cached(this.offsetAtDayStart, dayNumber, MAX_CACHED_DAYS, () => this.offsetAt(earliestInstantOfDay(dayNumber)));
  }

  /** First instant in (low, high] whose offset is not `offsetBefore`: binary search in whole seconds, as tz changes are. */
  private findChange(low: number, high: number, offsetBefore: number): number {
    while (high - low > SECOND_MS) {
      const middle = low + Math.floor((high - low) / 2 / SECOND_MS) * SECOND_MS;
      if (this.offsetAt(middle) === offsetBefore) low = middle;
      else high = middle;
    }
    return high;
  }
}

const zones = new Map<string, ZoneOffsets>();

/** The process-wide ZoneOffsets of `timeZone`; throws Intl's RangeError for an unknown zone. */
export function zoneOffsets(timeZone: string): ZoneOffsets {
  let zone = zones.get(timeZone);
  if (!zone) {
    zone = new ZoneOffsets(timeZone);
    zones.set(timeZone, zone);
  }
  return zone;
}

/**
 * The UTC intervals, flat as [start0, end0, start1, end1, ...] sorted and disjoint, of the instants
 * whose local wall clock on `dayNumber` reads inside one of `windows` (minutes since local midnight).
 * On a spring-forward day a window overlapping the skipped hour therefore counts only real time; on a
 * fall-back day a window overlapping the repeated hour counts it twice, as the clock shows it twice.
 */
export function windowsToUtc(zone: ZoneOffsets, dayNumber: number, windows: ReadonlyArray<readonly [number, number]>): number[] {
  const localMidnight = dayNumber * DAY_MS;
  const pieces: Array<[number, number]> = [];
  for (const segment of zone.segmentsOn(dayNumber)) {
    for (const [startMinute, endMinute] of windows) {
      const start = Math.max(localMidnight + startMinute * MINUTE_MS - segment.offset, segment.start);
      const end = Math.min(localMidnight + endMinute * MINUTE_MS - segment.offset, segment.end);
      if (start < end) pieces.push([start, end]);
    }
  }
  return mergeIntervals(pieces);
}

/** Sorts intervals and merges the overlapping or touching ones, flattened as [start0, end0, ...]. */
export function mergeIntervals(intervals: Array<[number, number]>): number[] {
  intervals.sort((a, b) => a[0] - b[0]);
  const merged: number[] = [];
  for (const [start, end] of intervals) {
    const last = merged.length - 1;
    if (last > 0 && start <= merged[last]) merged[last] = Math.max(merged[last], end);
    else merged.push(start, end);
  }
  return merged;
}

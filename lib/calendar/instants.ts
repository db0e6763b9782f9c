/** Checks on the instants callers pass in, turned into epoch milliseconds. */
import { mergeIntervals } from './zoned-time.ts';

export function instantMs(value: Date, name: string): number {
  const ms = value instanceof Date ? value.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError(`${name} must be a valid Date`);
  return ms;
}

/**
 * Pauses as sorted disjoint [start, end) intervals, flat: [start0, end0, ...]. Overlapping or touching
 * pauses merge; an empty pause is dropped; a pause that ends before it starts is a RangeError.
 */
export function normalizePauses(pauses: ReadonlyArray<readonly [Date, Date]> | undefined): number[] {
  if (!pauses || pauses.length === 0) return [];
  const intervals: Array<[number, number]> = [];
  pauses.forEach(([from, to], index) => {
    const start = instantMs(from, `pauses[${index}][0]`);
    const end = instantMs(to, `pauses[${index}][1]`);
    if (end < start) throw new RangeError(`pauses[${index}] ends before it starts`);
    if (end > start) intervals.push([start, end]);
  });
  return mergeIntervals(intervals);
}

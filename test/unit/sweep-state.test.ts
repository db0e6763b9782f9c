import { describe, expect, it } from 'vitest';
import { bucketsSince, MAX_CATCH_UP_DAYS } from '../../lib/platform/store/sweep-state.ts';

const bucket = (iso: string) => `B#${iso.slice(0, 10)}`;

describe('day buckets a periodic job reads', () => {
  it('are yesterday and today without a longer gap', () => {
    expect(bucketsSince(undefined, new Date('2026-11-10T02:00:00Z'), bucket)).toEqual(['B#2026-11-09', 'B#2026-11-10']);
    expect(bucketsSince(new Date('2026-11-10T01:59:00Z'), new Date('2026-11-10T02:00:00Z'), bucket)).toEqual(['B#2026-11-09', 'B#2026-11-10']);
  });

  it('reach back to the last run after an outage, and never more than a month', () => {
    expect(bucketsSince(new Date('2026-11-06T23:00:00Z'), new Date('2026-11-10T02:00:00Z'), bucket)).toEqual(['B#2026-11-06', 'B#2026-11-07', 'B#2026-11-08', 'B#2026-11-09', 'B#2026-11-10']);
    const long = bucketsSince(new Date('2026-01-01T00:00:00Z'), new Date('2026-11-10T02:00:00Z'), bucket);
    expect(long).toHaveLength(MAX_CATCH_UP_DAYS + 1);
    expect(long.at(-1)).toBe('B#2026-11-10');
  });
});

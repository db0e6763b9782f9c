/** The fixed-offset local dates agree with the time-zone database for every instant they will meet. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDate, localDateTime, localTimestamp, quarterOf } from '../../lib/platform/local-date.ts';

const zoned = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const viaIntl = (at: Date) => {
  const parts = Object.fromEntries(zoned.formatToParts(at).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
};

describe('Asia/Shanghai local dates', () => {
  it('match Intl from 1992 to 2100', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1992-01-01T00:00:00Z'), max: new Date('2100-12-31T23:59:59Z'), noInvalidDate: true }), (at) => {
        expect(localDateTime(at)).toBe(viaIntl(at));
        expect(localDate(at)).toBe(viaIntl(at).slice(0, 10));
      }),
      { numRuns: 2000 },
    );
  });

  it('turn the day at 16:00 UTC', () => {
    expect(localDate(new Date('2026-11-30T15:59:59.999Z'))).toBe('2026-11-30');
    expect(localDate(new Date('2026-11-30T16:00:00Z'))).toBe('2026-12-01');
    expect(localDateTime(new Date('2026-12-31T16:05:00Z'))).toBe('2027-01-01 00:05');
    expect(localTimestamp(new Date('2026-05-31T15:59:00Z'))).toBe('2026-05-31 23:59:00');
  });

  it('file dates in quarters', () => {
    expect(['2026-01-01', '2026-03-31', '2026-04-01', '2026-12-31'].map(quarterOf)).toEqual(['2026-Q1', '2026-Q1', '2026-Q2', '2026-Q4']);
  });
});

/**
 * Hand-computed cases for the CN business calendar (Asia/Shanghai = UTC+8 all year, no DST):
 * Mon-Fri 09:00-12:00 and 13:00-18:00 local = 01:00-04:00Z and 05:00-10:00Z.
 */
import { describe, expect, it } from 'vitest';
import {
  ALWAYS_CALENDAR,
  BUSINESS_CALENDAR_CN,
  CalendarError,
  addWorkingMinutes,
  workingMinutesBetween,
  type WorkCalendar,
} from '../../lib/calendar/index.ts';

const CN = BUSINESS_CALENDAR_CN;
const at = (iso: string): Date => new Date(iso);
const add = (cal: WorkCalendar, startIso: string, minutes: number, pauses?: Array<[string, string]>): string =>
  addWorkingMinutes(cal, at(startIso), minutes, pauses?.map(([from, to]) => [at(from), at(to)])).toISOString();
const between = (cal: WorkCalendar, fromIso: string, toIso: string, pauses?: Array<[string, string]>): number =>
  workingMinutesBetween(cal, at(fromIso), at(toIso), pauses?.map(([from, to]) => [at(from), at(to)]));

describe('addWorkingMinutes on the CN business calendar', () => {
  it('stays inside one window', () => {
    // Mon 2026-03-02 09:00 CST (01:00Z) + 90 -> 10:30 CST
    expect(add(CN, '2026-03-02T01:00:00Z', 90)).toBe('2026-03-02T02:30:00.000Z');
  });

  it('skips the lunch break', () => {
    // Mon 11:30 CST: 30 min until 12:00, lunch, 13:00 + 30 -> 13:30 CST = 05:30Z
    expect(add(CN, '2026-03-02T03:30:00Z', 60)).toBe('2026-03-02T05:30:00.000Z');
  });

  it('carries over night', () => {
    // Mon 17:30 CST: 30 min until 18:00, Tue 09:00 + 30 -> Tue 09:30 CST = 01:30Z
    expect(add(CN, '2026-03-02T09:30:00Z', 60)).toBe('2026-03-03T01:30:00.000Z');
  });

  it('skips the weekend', () => {
    // Fri 2026-03-06 17:00 CST: 60 min until 18:00, Sat+Sun off, Mon 03-09 09:00 + 60 -> 10:00 CST = 02:00Z
    expect(add(CN, '2026-03-06T09:00:00Z', 120)).toBe('2026-03-09T02:00:00.000Z');
  });

  it('starts counting at the next opening when started outside working time', () => {
    // Sat 2026-03-07 10:00 CST -> counting starts Mon 09:00, + 30 -> 09:30 CST = 01:30Z
    expect(add(CN, '2026-03-07T02:00:00Z', 30)).toBe('2026-03-09T01:30:00.000Z');
    // Mon 07:00 CST, 0 minutes -> the opening itself, 09:00 CST
    expect(add(CN, '2026-03-01T23:00:00Z', 0)).toBe('2026-03-02T01:00:00.000Z');
    // Mon 12:30 CST (lunch) + 10 -> 13:10 CST
    expect(add(CN, '2026-03-02T04:30:00Z', 10)).toBe('2026-03-02T05:10:00.000Z');
  });

  it('treats a window end as outside working time for a start (windows are half-open)', () => {
    // start exactly at 12:00 CST with 0 minutes -> the next opening, 13:00 CST
    expect(add(CN, '2026-03-02T04:00:00Z', 0)).toBe('2026-03-02T05:00:00.000Z');
  });

  it('returns a start inside working time unchanged for 0 minutes', () => {
    expect(add(CN, '2026-03-02T02:17:05.123Z', 0)).toBe('2026-03-02T02:17:05.123Z');
  });

  it('leaves a deadline that lands exactly on a window end there', () => {
    // Mon 11:00 CST + 60 -> 12:00 CST (04:00Z), not 13:00
    expect(add(CN, '2026-03-02T03:00:00Z', 60)).toBe('2026-03-02T04:00:00.000Z');
    // Mon 17:00 CST + 60 -> 18:00 CST (10:00Z), not Tue 09:00
    expect(add(CN, '2026-03-02T09:00:00Z', 60)).toBe('2026-03-02T10:00:00.000Z');
    // Fri 09:00 CST + a whole day (480) -> Fri 18:00 CST, not Mon 09:00
    expect(add(CN, '2026-03-06T01:00:00Z', 480)).toBe('2026-03-06T10:00:00.000Z');
  });

  it('keeps the seconds and milliseconds of the start', () => {
    // 13:26:36 CST + 60 -> 14:26:36 CST
    expect(add(CN, '2026-03-02T05:26:36Z', 60)).toBe('2026-03-02T06:26:36.000Z');
    // 11:59:30.250 CST + 1: 29.75 s until 12:00, then 30.25 s from 13:00 -> 13:00:30.250 CST
    expect(add(CN, '2026-03-02T03:59:30.250Z', 1)).toBe('2026-03-02T05:00:30.250Z');
  });

  it('honours fractional minutes to the millisecond', () => {
    // 09:00 CST + 0.5 -> 09:00:30 CST
    expect(add(CN, '2026-03-02T01:00:00Z', 0.5)).toBe('2026-03-02T01:00:30.000Z');
  });

  it('skips National Day (1-7 Oct 2026) and resumes on Thu 8 Oct', () => {
    // Wed 30 Sep 17:00 CST: 60 until 18:00; 1-7 Oct off; Thu 8 Oct 09:00 + 60 -> 10:00 CST = 02:00Z
    expect(add(CN, '2026-09-30T09:00:00Z', 120)).toBe('2026-10-08T02:00:00.000Z');
  });

  it('works the make-up Saturday 14 Feb 2026 and skips Spring Festival (15-23 Feb)', () => {
    // Fri 13 Feb 17:00 CST: 60 until 18:00; Sat 14 Feb is a 调休 workday: 09:00 + 60 -> 10:00 CST = 02:00Z
    expect(add(CN, '2026-02-13T09:00:00Z', 120)).toBe('2026-02-14T02:00:00.000Z');
    // Sat 14 Feb 17:00 CST: 60 until 18:00; 15-23 Feb off; Tue 24 Feb 09:00 + 60 -> 10:00 CST = 02:00Z
    expect(add(CN, '2026-02-14T09:00:00Z', 120)).toBe('2026-02-24T02:00:00.000Z');
  });

  it('works the make-up Saturday 28 Feb 2026 with Monday hours (lunch included)', () => {
    // Fri 27 Feb 17:00 CST: 60 until 18:00; Sat 28 Feb 09:00-12:00 (180) then 13:00 + 60 -> 14:00 CST = 06:00Z
    expect(add(CN, '2026-02-27T09:00:00Z', 300)).toBe('2026-02-28T06:00:00.000Z');
  });

  it('adds 10,000 minutes across holidays', () => {
    // 10,000 min = 20 full days (9,600) + 400. From Thu 1 Oct 2026 00:00 CST: 1-7 Oct off; workdays
    // Thu 8, Fri 9, Sat 10 (调休), Mon 12 .. Fri 16, Mon 19 .. Fri 23, Mon 26 .. Fri 30 = 18 days,
    // Mon 2 Nov, Tue 3 Nov = 20 days; Wed 4 Nov: 400 = 180 (morning) + 220 -> 13:00 + 3h40 = 16:40 CST = 08:40Z
    expect(add(CN, '2026-09-30T16:00:00Z', 10_000)).toBe('2026-11-04T08:40:00.000Z');
  });

  it('uses custom workdayWindows on a make-up day', () => {
    const cal: WorkCalendar = { ...CN, workdays: ['2026-03-07'], workdayWindows: [['10:00', '11:00']] };
    // Fri 6 Mar 17:59 CST: 1 min until 18:00; Sat 7 Mar opens 10:00 + 1 -> 10:01 CST = 02:01Z
    expect(add(cal, '2026-03-06T09:59:00Z', 2)).toBe('2026-03-07T02:01:00.000Z');
  });

  it('lets a holiday win over a workdays entry for the same date', () => {
    const cal: WorkCalendar = { ...CN, holidays: ['2026-02-14'], workdays: ['2026-02-14'] };
    // Fri 13 Feb 17:00 CST + 120: 60 on Friday; Sat 14 Feb is off after all; Mon 16 Feb 10:00 CST = 02:00Z
    expect(add(cal, '2026-02-13T09:00:00Z', 120)).toBe('2026-02-16T02:00:00.000Z');
  });
});

describe('workingMinutesBetween on the CN business calendar', () => {
  it('counts a whole working day as 480', () => {
    expect(between(CN, '2026-03-01T16:00:00Z', '2026-03-02T16:00:00Z')).toBe(480);
  });

  it('counts across a weekend', () => {
    // Fri 17:00 -> 18:00 CST (60) + Mon 09:00 -> 10:00 CST (60)
    expect(between(CN, '2026-03-06T09:00:00Z', '2026-03-09T02:00:00Z')).toBe(120);
  });

  it('rounds down to whole minutes', () => {
    // 09:00:00 -> 09:10:59.999 CST = 10 min 59.999 s
    expect(between(CN, '2026-03-02T01:00:00Z', '2026-03-02T01:10:59.999Z')).toBe(10);
    // 11:59:30 -> 13:00:29 CST: 30 s before lunch + 29 s after = 59 s
    expect(between(CN, '2026-03-02T03:59:30Z', '2026-03-02T05:00:29Z')).toBe(0);
    // 11:59:30 -> 13:00:30 CST = exactly 60 s
    expect(between(CN, '2026-03-02T03:59:30Z', '2026-03-02T05:00:30Z')).toBe(1);
  });

  it('is 0 for an empty or reversed range', () => {
    expect(between(CN, '2026-03-02T02:00:00Z', '2026-03-02T02:00:00Z')).toBe(0);
    expect(between(CN, '2026-03-02T06:00:00Z', '2026-03-02T02:00:00Z')).toBe(0);
  });

  it('counts nothing on holidays and counts make-up Saturdays', () => {
    // National Day week Thu 1 - Wed 7 Oct 2026 (local): all off
    expect(between(CN, '2026-09-30T16:00:00Z', '2026-10-07T16:00:00Z')).toBe(0);
    // Sat 28 Feb 2026 (调休): a full 480
    expect(between(CN, '2026-02-27T16:00:00Z', '2026-02-28T16:00:00Z')).toBe(480);
  });

  it('counts the whole of 2026 as 248 working days', () => {
    // 261 weekdays; minus 19 holiday weekdays (1-2 Jan, 16-20 + 23 Feb, 6 Apr, 1 + 4-5 May, 19 Jun,
    // 25 Sep, 1-2 + 5-7 Oct); plus 6 make-up days (4 Jan, 14 + 28 Feb, 9 May, 20 Sep, 10 Oct) = 248 x 480
    expect(between(CN, '2025-12-31T16:00:00Z', '2026-12-31T16:00:00Z')).toBe(248 * 480);
  });
});

describe('pauses', () => {
  it('counts nothing inside a pause', () => {
    // Mon 09:00 CST + 120 with 10:00-10:30 paused: 09:00-10:00 (60), 10:30-11:30 (60) -> 11:30 CST
    expect(add(CN, '2026-03-02T01:00:00Z', 120, [['2026-03-02T02:00:00Z', '2026-03-02T02:30:00Z']])).toBe('2026-03-02T03:30:00.000Z');
  });

  it('begins a start inside a pause where the pause ends', () => {
    // start 10:15 CST inside 10:00-10:30: counting begins 10:30, + 30 -> 11:00 CST
    expect(add(CN, '2026-03-02T02:15:00Z', 30, [['2026-03-02T02:00:00Z', '2026-03-02T02:30:00Z']])).toBe('2026-03-02T03:00:00.000Z');
    expect(add(CN, '2026-03-02T02:15:00Z', 0, [['2026-03-02T02:00:00Z', '2026-03-02T02:30:00Z']])).toBe('2026-03-02T02:30:00.000Z');
  });

  it('merges overlapping pauses and ones reaching outside working time', () => {
    // CST pauses 10:00-10:30, 10:20-11:00 (overlap) and 11:50-13:30 (across lunch). From 09:00:
    // 09:00-10:00 (60), paused until 11:00, 11:00-11:50 (50), paused until 13:30, 13:30 + 10 -> 13:40 CST
    const pauses: Array<[string, string]> = [
      ['2026-03-02T03:50:00Z', '2026-03-02T05:30:00Z'],
      ['2026-03-02T02:00:00Z', '2026-03-02T02:30:00Z'],
      ['2026-03-02T02:20:00Z', '2026-03-02T03:00:00Z'],
    ];
    expect(add(CN, '2026-03-02T01:00:00Z', 120, pauses)).toBe('2026-03-02T05:40:00.000Z');
    expect(between(CN, '2026-03-02T01:00:00Z', '2026-03-02T05:40:00Z', pauses)).toBe(120);
  });

  it('handles a pause over several days', () => {
    // Mon 16:00 CST + 120, paused Mon 17:00 -> Wed 12:30 CST: 60 on Monday, resume Wed 13:00 + 60 -> 14:00 CST
    expect(add(CN, '2026-03-02T08:00:00Z', 120, [['2026-03-02T09:00:00Z', '2026-03-04T04:30:00Z']])).toBe('2026-03-04T06:00:00.000Z');
  });

  it('jumps over a pause of two years', () => {
    // paused from Mon 2 Mar 2026 09:00 CST to Thu 2 Mar 2028 09:00 CST; + 60 -> 10:00 CST
    expect(add(CN, '2026-03-02T01:00:00Z', 60, [['2026-03-02T01:00:00Z', '2028-03-02T01:00:00Z']])).toBe('2028-03-02T02:00:00.000Z');
  });

  it('rejects a pause that ends before it starts', () => {
    expect(() => add(CN, '2026-03-02T01:00:00Z', 60, [['2026-03-02T03:00:00Z', '2026-03-02T02:00:00Z']])).toThrow(RangeError);
  });
});

describe('the 24x7 calendar', () => {
  it('counts real time', () => {
    // 10,000 min = 6 d 22 h 40 min
    expect(add(ALWAYS_CALENDAR, '2026-10-01T00:00:00Z', 10_000)).toBe('2026-10-07T22:40:00.000Z');
    // across local midnight (16:00Z) with seconds kept
    expect(add(ALWAYS_CALENDAR, '2026-10-01T15:59:30Z', 1)).toBe('2026-10-01T16:00:30.000Z');
    expect(between(ALWAYS_CALENDAR, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z')).toBe(365 * 1440);
  });
});

describe('argument errors', () => {
  it('rejects bad minutes with RangeError', () => {
    for (const minutes of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => addWorkingMinutes(CN, at('2026-03-02T01:00:00Z'), minutes)).toThrow(RangeError);
    }
  });

  it('rejects invalid dates with RangeError', () => {
    expect(() => addWorkingMinutes(CN, new Date(Number.NaN), 1)).toThrow(RangeError);
    expect(() => workingMinutesBetween(CN, at('2026-03-02T01:00:00Z'), new Date(Number.NaN))).toThrow(RangeError);
  });

  it('raises CalendarError when no working time is found within the 3-year horizon', () => {
    // only one working date in 2026: after it there is never working time again
    const cal: WorkCalendar = {
      timezone: 'Asia/Shanghai',
      week: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
      workdays: ['2026-03-02'],
      workdayWindows: [['09:00', '18:00']],
    };
    expect(add(cal, '2026-01-01T00:00:00Z', 60)).toBe('2026-03-02T02:00:00.000Z');
    expect(() => add(cal, '2026-03-03T00:00:00Z', 60)).toThrow(CalendarError);
    expect(between(cal, '2026-01-01T00:00:00Z', '2030-01-01T00:00:00Z')).toBe(540);
  });
});

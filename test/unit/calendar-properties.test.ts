/**
 * Properties, checked with fast-check on the CN business calendar and on DST calendars, plus a
 * brute-force oracle that classifies every minute through its own Intl formatter.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS, dayNumberOf, isoDateOf, parseIsoDate } from '../../lib/calendar/civil-date.ts';
import {
  BUSINESS_CALENDAR_CN,
  addWorkingMinutes,
  workingMinutesBetween,
  type Window,
  type WorkCalendar,
} from '../../lib/calendar/index.ts';

const MINUTE = 60_000;
const BERLIN_OFFICE: WorkCalendar = {
  timezone: 'Europe/Berlin',
  week: {
    mon: [['09:00', '12:00'], ['13:00', '17:30']],
    tue: [['09:00', '17:30']],
    wed: [['09:00', '17:30']],
    thu: [['09:00', '17:30']],
    fri: [['09:00', '15:00']],
    sat: [],
    sun: [['01:00', '04:00']], // straddles both 2026 DST changes (02:00-03:00 local)
  },
  holidays: ['2026-12-25', '2026-12-26', '2026-04-03', '2026-04-06'],
  workdays: ['2026-03-28'],
  workdayWindows: [['02:30', '05:00']],
};
const NEW_YORK_ALWAYS: WorkCalendar = (() => {
  const day: Window[] = [['00:00', '24:00']];
  return { timezone: 'America/New_York', week: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day } };
})();

/** Chile changes clocks at local midnight (2026-04-05 00:00 -> 04-04 23:00; 2026-09-06 00:00 -> 01:00). */
const SANTIAGO_MIDNIGHTS: WorkCalendar = (() => {
  const day: Window[] = [['00:00', '01:00'], ['22:00', '24:00']];
  return { timezone: 'America/Santiago', week: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day } };
})();

const CALENDARS: Array<[string, WorkCalendar, Date, Date]> = [
  ['CN business', BUSINESS_CALENDAR_CN, new Date('2025-12-20T00:00:00Z'), new Date('2026-12-31T00:00:00Z')],
  ['Berlin office around DST', BERLIN_OFFICE, new Date('2026-03-20T00:00:00Z'), new Date('2026-11-05T00:00:00Z')],
  ['New York 24x7 around DST', NEW_YORK_ALWAYS, new Date('2026-03-05T00:00:00Z'), new Date('2026-11-05T00:00:00Z')],
  ['Santiago around midnight DST', SANTIAGO_MIDNIGHTS, new Date('2026-04-01T00:00:00Z'), new Date('2026-09-10T00:00:00Z')],
];

const pausesNear = (min: Date, max: Date) =>
  fc.array(
    fc.tuple(fc.date({ min, max, noInvalidDate: true }), fc.integer({ min: 0, max: 3 * 24 * 60 })).map(
      ([start, minutes]): [Date, Date] => [start, new Date(start.getTime() + minutes * MINUTE)],
    ),
    { maxLength: 4 },
  );

describe.each(CALENDARS)('properties: %s', (_name, cal, min, max) => {
  const start = fc.date({ min, max, noInvalidDate: true });
  const minutes = fc.integer({ min: 0, max: 20_000 });

  it('is monotonic in minutes', () => {
    fc.assert(
      fc.property(start, minutes, minutes, (s, a, b) => {
        const [m1, m2] = a <= b ? [a, b] : [b, a];
        expect(addWorkingMinutes(cal, s, m1).getTime()).toBeLessThanOrEqual(addWorkingMinutes(cal, s, m2).getTime());
      }),
      { numRuns: 200 },
    );
  });

  it('workingMinutesBetween undoes addWorkingMinutes (any start, with or without pauses)', () => {
    fc.assert(
      fc.property(start, minutes, pausesNear(min, max), (s, m, pauses) => {
        expect(workingMinutesBetween(cal, s, addWorkingMinutes(cal, s, m))).toBe(m);
        expect(workingMinutesBetween(cal, s, addWorkingMinutes(cal, s, m, pauses), pauses)).toBe(m);
      }),
      { numRuns: 200 },
    );
  });

  it('adds in steps: add(s, a + b) = add(add(s, a), b) for b >= 1', () => {
    fc.assert(
      fc.property(start, minutes, fc.integer({ min: 1, max: 5_000 }), pausesNear(min, max), (s, a, b, pauses) => {
        const direct = addWorkingMinutes(cal, s, a + b, pauses);
        const stepped = addWorkingMinutes(cal, addWorkingMinutes(cal, s, a, pauses), b, pauses);
        expect(stepped.toISOString()).toBe(direct.toISOString());
      }),
      { numRuns: 200 },
    );
  });

  it('never returns a deadline before the start', () => {
    fc.assert(
      fc.property(start, minutes, (s, m) => {
        expect(addWorkingMinutes(cal, s, m).getTime()).toBeGreaterThanOrEqual(s.getTime());
      }),
    );
  });
});

/** Working minutes by brute force: classify each whole minute of [from, to) by its local wall clock. */
function bruteForceMinutes(cal: WorkCalendar, from: number, to: number): number {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone: cal.timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  let count = 0;
  for (let t = from; t < to; t += MINUTE) {
    const part = Object.fromEntries(format.formatToParts(t).map((p) => [p.type, p.value]));
    const date = `${part.year}-${part.month}-${part.day}`;
    const clock = `${part.hour}:${part.minute}`;
    const weekday = part.weekday!.toLowerCase() as keyof WorkCalendar['week'];
    const windows = cal.holidays?.includes(date) ? [] : cal.workdays?.includes(date) ? (cal.workdayWindows ?? cal.week.mon) : cal.week[weekday];
    // 'HH:MM' strings compare in time order, and '24:00' sorts after every real clock reading.
    if (windows.some(([open, close]) => open <= clock && clock < close)) count += 1;
  }
  return count;
}

describe('agrees with a minute-by-minute oracle', () => {
  const cases: Array<[string, WorkCalendar, string]> = [
    ['Berlin spring forward', BERLIN_OFFICE, '2026-03-26T00:00:00Z'],
    ['Berlin fall back', BERLIN_OFFICE, '2026-10-23T00:00:00Z'],
    ['New York spring forward', NEW_YORK_ALWAYS, '2026-03-07T00:00:00Z'],
    ['New York fall back', NEW_YORK_ALWAYS, '2026-10-30T00:00:00Z'],
    ['CN Spring Festival', BUSINESS_CALENDAR_CN, '2026-02-12T00:00:00Z'],
    ['Santiago fall back at midnight', SANTIAGO_MIDNIGHTS, '2026-04-02T00:00:00Z'],
    ['Santiago spring forward at midnight', SANTIAGO_MIDNIGHTS, '2026-09-03T00:00:00Z'],
  ];
  it.each(cases)('%s', (_name, cal, around) => {
    const base = new Date(around).getTime();
    const minuteIn = (days: number) => fc.integer({ min: 0, max: days * 24 * 60 });
    fc.assert(
      fc.property(minuteIn(5), minuteIn(4), (offset, length) => {
        const from = base + offset * MINUTE;
        const to = from + length * MINUTE;
        expect(workingMinutesBetween(cal, new Date(from), new Date(to))).toBe(bruteForceMinutes(cal, from, to));
      }),
      { numRuns: 15 },
    );
  });
});

describe('civil dates as day numbers', () => {
  it('isoDateOf is the inverse of parseIsoDate, and agrees with Date, for every day of years 1-9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumberOf(1, 1, 1), max: dayNumberOf(9999, 12, 31) }), (dayNumber) => {
        const text = isoDateOf(dayNumber);
        expect(parseIsoDate(text)).toBe(dayNumber);
        expect(text).toBe(new Date(dayNumber * DAY_MS).toISOString().slice(0, 10));
      }),
      { numRuns: 2000 },
    );
  });
});

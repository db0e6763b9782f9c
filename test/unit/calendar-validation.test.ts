/** Every way a calendar can be invalid is a CalendarError that names the offending field. */
import { describe, expect, it } from 'vitest';
import {
  BUSINESS_CALENDAR_CN,
  CalendarError,
  addWorkingMinutes,
  validateCalendar,
  workingMinutesBetween,
  type WorkCalendar,
} from '../../lib/calendar/index.ts';

const valid = (): WorkCalendar => ({
  timezone: 'Asia/Shanghai',
  week: {
    mon: [['09:00', '12:00'], ['13:00', '18:00']],
    tue: [['09:00', '18:00']],
    wed: [['09:00', '18:00']],
    thu: [['09:00', '18:00']],
    fri: [['09:00', '18:00']],
    sat: [],
    sun: [],
  },
  holidays: ['2026-01-01', '2026-02-16', '2026-02-17', '2026-10-01'],
  workdays: ['2026-02-14'],
});

function fieldOf(cal: unknown): string {
  try {
    validateCalendar(cal);
  } catch (error) {
    expect(error).toBeInstanceOf(CalendarError);
    expect((error as CalendarError).name).toBe('CalendarError');
    return (error as CalendarError).field;
  }
  throw new Error('expected a CalendarError');
}

/** A valid calendar with one change applied. */
function withChange(change: (cal: Record<string, any>) => void): unknown {
  const cal: Record<string, any> = structuredClone(valid());
  change(cal);
  return cal;
}

describe('validateCalendar', () => {
  it('accepts valid calendars and returns the same object', () => {
    const cal = valid();
    expect(validateCalendar(cal)).toBe(cal);
    expect(validateCalendar(BUSINESS_CALENDAR_CN)).toBe(BUSINESS_CALENDAR_CN);
  });

  it.each([
    ['a non-object', () => 'calendar', ''],
    ['null', () => null, ''],
    ['an unknown time zone', () => withChange((c) => (c.timezone = 'Mars/Olympus')), 'timezone'],
    ['a missing time zone', () => withChange((c) => delete c.timezone), 'timezone'],
    ['an unknown top-level field', () => withChange((c) => (c.holiday = [])), 'holiday'],
    ['a missing week', () => withChange((c) => delete c.week), 'week'],
    ['a missing weekday', () => withChange((c) => delete c.week.sun), 'week.sun'],
    ['an unknown weekday', () => withChange((c) => (c.week.monday = [])), 'week.monday'],
    ['a day that is not an array', () => withChange((c) => (c.week.sat = 'off')), 'week.sat'],
    ['a malformed HH:MM', () => withChange((c) => (c.week.mon[1] = ['13:00', '6pm'])), 'week.mon[1]'],
    ['a one-digit hour', () => withChange((c) => (c.week.mon[0] = ['9:00', '12:00'])), 'week.mon[0]'],
    ['minutes out of range', () => withChange((c) => (c.week.tue[0] = ['09:60', '18:00'])), 'week.tue[0]'],
    ['an hour out of range', () => withChange((c) => (c.week.tue[0] = ['09:00', '25:00'])), 'week.tue[0]'],
    ['24:00 as a start', () => withChange((c) => (c.week.fri[0] = ['24:00', '24:00'])), 'week.fri[0]'],
    ['a window that is not a pair', () => withChange((c) => (c.week.wed[0] = ['09:00'])), 'week.wed[0]'],
    ['an end before the start', () => withChange((c) => (c.week.tue[0] = ['18:00', '09:00'])), 'week.tue[0]'],
    ['an empty window', () => withChange((c) => (c.week.tue[0] = ['09:00', '09:00'])), 'week.tue[0]'],
    ['overlapping windows', () => withChange((c) => (c.week.wed = [['09:00', '12:00'], ['11:00', '13:00']])), 'week.wed[1]'],
    ['unsorted windows', () => withChange((c) => (c.week.thu = [['13:00', '18:00'], ['09:00', '12:00']])), 'week.thu[1]'],
    ['a date that does not exist', () => withChange((c) => (c.holidays[3] = '2026-02-30')), 'holidays[3]'],
    ['a malformed date', () => withChange((c) => (c.holidays[1] = '2026/02/16')), 'holidays[1]'],
    ['holidays that are not an array', () => withChange((c) => (c.holidays = '2026-01-01')), 'holidays'],
    ['a bad workday', () => withChange((c) => (c.workdays = ['2026-13-01'])), 'workdays[0]'],
    ['a bad workday window', () => withChange((c) => (c.workdayWindows = [['10:00', '09:00']])), 'workdayWindows[0]'],
    ['workdays without any windows for them', () => withChange((c) => ((c.week.mon = []), (c.workdays = ['2026-02-14']))), 'workdayWindows'],
    ['no working time at all', () => withChange((c) => ((c.week = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }), delete c.workdays)), 'week'],
  ])('rejects %s', (_label, make, field) => {
    expect(fieldOf(make())).toBe(field);
  });

  it('keeps the Intl error as the cause of a bad time zone', () => {
    try {
      validateCalendar(withChange((c) => (c.timezone = 'Mars/Olympus')));
      expect.unreachable();
    } catch (error) {
      expect((error as CalendarError).cause).toBeInstanceOf(RangeError);
      expect((error as CalendarError).message).toContain('timezone');
    }
  });

  it('accepts 24:00 as an end and touching windows', () => {
    expect(() => validateCalendar(withChange((c) => (c.week.sat = [['00:00', '12:00'], ['12:00', '24:00']])))).not.toThrow();
  });
});

describe('the calculations validate the calendar', () => {
  const broken = withChange((c) => (c.week.mon[1] = ['13:00', '12:00'])) as WorkCalendar;

  it('addWorkingMinutes throws CalendarError', () => {
    expect(() => addWorkingMinutes(broken, new Date('2026-03-02T01:00:00Z'), 10)).toThrow(CalendarError);
  });

  it('workingMinutesBetween throws CalendarError', () => {
    expect(() => workingMinutesBetween(broken, new Date('2026-03-02T01:00:00Z'), new Date('2026-03-03T01:00:00Z'))).toThrow(
      expect.objectContaining({ name: 'CalendarError', field: 'week.mon[1]' }),
    );
  });
});

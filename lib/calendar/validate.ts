/**
 * Validation of an untrusted calendar, producing the parsed form (minutes, day numbers) the engine
 * runs on. Every rejection is a CalendarError naming the path of the offending field.
 */
import { MINUTES_PER_DAY, parseClockTime, parseIsoDate } from './civil-date.ts';
import { CalendarError } from './errors.ts';
import { WEEKDAY_KEYS, type WorkCalendar } from './types.ts';
import { zoneOffsets } from './zoned-time.ts';

/** [start, end) in minutes since local midnight. */
export type MinuteWindow = readonly [number, number];

export interface ParsedCalendar {
  timezone: string;
  /** Indexed by weekday, 0 = Sunday. */
  weekWindows: MinuteWindow[][];
  holidays: Set<number>;
  workdays: Set<number>;
  workdayWindows: MinuteWindow[];
}

const CALENDAR_FIELDS = new Set(['timezone', 'week', 'holidays', 'workdays', 'workdayWindows']);

/** Checks `cal` and returns it typed (the same object). Throws CalendarError. */
export function validateCalendar(cal: unknown): WorkCalendar {
  parseCalendar(cal);
  return cal as WorkCalendar;
}

export function parseCalendar(cal: unknown): ParsedCalendar {
  const record = asRecord(cal, '', 'the calendar must be an object');
  // Unknown keys are rejected: a typo ('holiday', 'week.monday') would otherwise silently change deadlines.
  rejectUnknownKeys(record, CALENDAR_FIELDS, '');
  const timezone = parseTimeZone(record.timezone);
  const week = asRecord(record.week, 'week', 'must be an object with mon..sun');
  rejectUnknownKeys(week, new Set(WEEKDAY_KEYS), 'week.');
  const weekWindows = WEEKDAY_KEYS.map((key) => parseWindows(week[key], `week.${key}`));
  const holidays = parseDates(record.holidays, 'holidays');
  const workdays = parseDates(record.workdays, 'workdays');
  const workdayWindows =
    record.workdayWindows === undefined ? weekWindows[1] : parseWindows(record.workdayWindows, 'workdayWindows');
  if (workdays.size > 0 && workdayWindows.length === 0) {
    throw new CalendarError('workdayWindows', 'workdays are listed but have no windows (set workdayWindows, or give Monday windows)');
  }
  if (workdays.size === 0 && weekWindows.every((windows) => windows.length === 0)) {
    throw new CalendarError('week', 'the calendar has no working time at all');
  }
  return { timezone, weekWindows, holidays, workdays, workdayWindows };
}

function parseTimeZone(value: unknown): string {
  if (typeof value !== 'string' || value === '') throw new CalendarError('timezone', 'must be an IANA time zone name');
  try {
    zoneOffsets(value);
  } catch (error) {
    throw new CalendarError('timezone', `unknown time zone ${JSON.stringify(value)}`, { cause: error });
  }
  return value;
}

function parseWindows(value: unknown, path: string): MinuteWindow[] {
  if (!Array.isArray(value)) throw new CalendarError(path, 'must be an array of [start, end] windows');
  const windows: MinuteWindow[] = [];
  value.forEach((item: unknown, index) => {
    const field = `${path}[${index}]`;
    if (!Array.isArray(item) || item.length !== 2) throw new CalendarError(field, "must be a ['HH:MM', 'HH:MM'] pair");
    const [start, end] = item.map((time: unknown) => (typeof time === 'string' ? parseClockTime(time) : undefined));
    if (start === undefined || end === undefined || start === MINUTES_PER_DAY) {
      throw new CalendarError(field, `malformed time in ${JSON.stringify(item)}: expected 'HH:MM' (00:00-23:59; '24:00' only as an end)`);
    }
    if (end <= start) throw new CalendarError(field, `window end ${item[1]} is not after its start ${item[0]}`);
    const previous = windows[windows.length - 1];
    if (previous && start < previous[1]) {
      throw new CalendarError(field, 'overlaps or comes before the previous window (windows must be sorted and disjoint)');
    }
    windows.push([start, end]);
  });
  return windows;
}

function parseDates(value: unknown, path: string): Set<number> {
  if (value === undefined) return new Set();
  if (!Array.isArray(value)) throw new CalendarError(path, "must be an array of 'YYYY-MM-DD' dates");
  return new Set(
    value.map((item: unknown, index) => {
      const dayNumber = typeof item === 'string' ? parseIsoDate(item) : undefined;
      if (dayNumber === undefined) throw new CalendarError(`${path}[${index}]`, `${JSON.stringify(item)} is not a real date 'YYYY-MM-DD'`);
      return dayNumber;
    }),
  );
}

function asRecord(value: unknown, field: string, message: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new CalendarError(field, message);
  return value as Record<string, unknown>;
}

function rejectUnknownKeys(record: Record<string, unknown>, known: ReadonlySet<string>, prefix: string): void {
  for (const key of Object.keys(record)) {
    if (!known.has(key)) throw new CalendarError(`${prefix}${key}`, 'unknown field');
  }
}

/** Public shapes of a working-time calendar. All times are local wall-clock times in `timezone`. */

/** Local `'HH:MM'` start and end, end after start. `'24:00'` is accepted as an end: the end of the day. */
export type Window = [string, string];

export type WeekdayKey = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export interface WorkCalendar {
  /** IANA time zone, e.g. 'Asia/Shanghai'. */
  timezone: string;
  /** Working windows per weekday, sorted and not overlapping; [] = day off; several windows = breaks (lunch). */
  week: Record<WeekdayKey, Window[]>;
  /** Local dates 'YYYY-MM-DD' that are whole days off. A holiday wins over `week` and over `workdays`. */
  holidays?: string[];
  /** Local dates that are working days although their weekday is off (调休). */
  workdays?: string[];
  /** Windows on a `workdays` date; default: Monday's windows. */
  workdayWindows?: Window[];
}

/** Weekday keys in JavaScript `getUTCDay()` order (0 = Sunday). */
export const WEEKDAY_KEYS: readonly WeekdayKey[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

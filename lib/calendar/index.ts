/**
 * Working-time calendar for SLA deadlines: pure (Node built-ins and Intl only), time-zone and DST
 * aware, with holidays and make-up workdays (调休).
 *
 * Semantics, where the contract leaves room:
 * - Windows are half-open [start, end): a start exactly at a window's end is outside working time,
 *   so addWorkingMinutes(cal, 12:00, 0) on the CN calendar gives 13:00, while a deadline that lands
 *   exactly on 12:00 stays at 12:00.
 * - '24:00' is accepted as a window end (the end of that day), never as a start.
 * - Precedence for a date: holiday > workdays entry (uses workdayWindows, default Monday's) > weekday.
 * - DST: working time is the real time during which the local wall clock reads inside a window. A
 *   window across a skipped hour is shorter; a window across a repeated hour counts it twice.
 * - minutes may be fractional; the deadline is exact to the millisecond. Negative, NaN or infinite
 *   minutes, and invalid Dates, are RangeErrors.
 * - Pauses are [from, to) instants; they may overlap each other or working time only partly. A pause
 *   that ends before it starts is a RangeError.
 * - A calendar with no windows on any weekday and no workdays is rejected by validateCalendar
 *   (field 'week'); addWorkingMinutes raises CalendarError (field '') when 3 years pass without any
 *   working time. workingMinutesBetween is bounded by `to` and simply returns what it counted.
 * - Calendars are compiled once per object (WeakMap): do not mutate a calendar after first use.
 */
export type { Window, WorkCalendar } from './types.ts';
export { CalendarError } from './errors.ts';
export { validateCalendar } from './validate.ts';
export { addWorkingMinutes, workingMinutesBetween } from './working-time.ts';
export { ALWAYS_CALENDAR, BUSINESS_CALENDAR_CN } from './defaults.ts';
export { CN_LAST_ANNOUNCED_YEAR } from './cn-statutory.ts';
export { CN_PROVISIONAL_HOLIDAYS, CN_PROVISIONAL_YEARS, provisionalDaysOff } from './cn-provisional.ts';

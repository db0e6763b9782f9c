/**
 * Ready-made calendars. They are frozen: the engine memoizes per calendar object, so a shared
 * calendar must never change after first use.
 */
import { CN_HOLIDAYS, CN_MAKEUP_WORKDAYS } from './cn-statutory.ts';
import { CN_PROVISIONAL_HOLIDAYS } from './cn-provisional.ts';
import type { Window, WorkCalendar } from './types.ts';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** 09:00-12:00 and 13:00-18:00: eight hours with a one-hour lunch break. */
const OFFICE_HOURS: Window[] = [
  ['09:00', '12:00'],
  ['13:00', '18:00'],
];

/**
 * Chinese business days in Asia/Shanghai: Mon-Fri office hours, statutory holidays off, 调休
 * Saturdays/Sundays on. After the last announced year, the provisional days off the holiday law gives
 * (cn-provisional.ts), until the announced arrangement is loaded as a calendar of the manager's.
 */
export const BUSINESS_CALENDAR_CN: WorkCalendar = deepFreeze({
  timezone: 'Asia/Shanghai',
  week: {
    mon: OFFICE_HOURS,
    tue: OFFICE_HOURS,
    wed: OFFICE_HOURS,
    thu: OFFICE_HOURS,
    fri: OFFICE_HOURS,
    sat: [],
    sun: [],
  },
  holidays: [...CN_HOLIDAYS, ...CN_PROVISIONAL_HOLIDAYS],
  workdays: [...CN_MAKEUP_WORKDAYS],
});

/**
 * Round the clock (24x7) in Asia/Shanghai. A window ending at midnight is written '24:00' (the end of
 * its own day), so each day is the single window ['00:00', '24:00'] and consecutive days join seamlessly.
 */
const WHOLE_DAY: Window[] = [['00:00', '24:00']];

export const ALWAYS_CALENDAR: WorkCalendar = deepFreeze({
  timezone: 'Asia/Shanghai',
  week: { mon: WHOLE_DAY, tue: WHOLE_DAY, wed: WHOLE_DAY, thu: WHOLE_DAY, fri: WHOLE_DAY, sat: WHOLE_DAY, sun: WHOLE_DAY },
});

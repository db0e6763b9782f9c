/**
 * Named working-time calendars. Two are built in (the Chinese business calendar and 24x7); a manager
 * stores changed or additional ones (next year's holidays, a site's own hours) in the table.
 */
import { ALWAYS_CALENDAR, BUSINESS_CALENDAR_CN, type WorkCalendar } from '../../calendar/index.ts';

export interface CalendarRecord {
  id: string;
  name: string;
  calendar: WorkCalendar;
  version: number;
  updatedAt?: string;
  updatedBy?: string;
}

export const ALWAYS_CALENDAR_ID = '24x7';
export const DEFAULT_BUSINESS_CALENDAR_ID = 'cn-business';

export const BUILT_IN_CALENDARS: Record<string, CalendarRecord> = {
  [DEFAULT_BUSINESS_CALENDAR_ID]: { id: DEFAULT_BUSINESS_CALENDAR_ID, name: '中国工作日（含法定节假日与调休）', calendar: BUSINESS_CALENDAR_CN, version: 0 },
  [ALWAYS_CALENDAR_ID]: { id: ALWAYS_CALENDAR_ID, name: '7×24 小时', calendar: ALWAYS_CALENDAR, version: 0 },
};

export const CALENDAR_ID = /^[a-z0-9][a-z0-9-]{1,59}$/;

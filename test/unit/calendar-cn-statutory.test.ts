/** The CN snapshot matches the chinese-days package it was generated from, and the defaults are usable. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { CN_HOLIDAYS, CN_MAKEUP_WORKDAYS } from '../../lib/calendar/cn-statutory.ts';
import { ALWAYS_CALENDAR, BUSINESS_CALENDAR_CN, validateCalendar } from '../../lib/calendar/index.ts';

const require = createRequire(import.meta.url);
const packageData = JSON.parse(readFileSync(require.resolve('chinese-days/dist/chinese-days.json'), 'utf8')) as {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
};

describe('CN statutory snapshot', () => {
  it('equals the data of the installed chinese-days package', () => {
    expect(CN_HOLIDAYS).toEqual(Object.keys(packageData.holidays).sort());
    expect(CN_MAKEUP_WORKDAYS).toEqual(Object.keys(packageData.workdays).sort());
  });

  it('has the 2026 make-up Saturdays 14 Feb and 28 Feb, and National Day 1-7 Oct', () => {
    expect(CN_MAKEUP_WORKDAYS).toEqual(expect.arrayContaining(['2026-02-14', '2026-02-28']));
    for (let day = 1; day <= 7; day += 1) expect(CN_HOLIDAYS).toContain(`2026-10-0${day}`);
  });

  it('never lists a date as both holiday and make-up workday', () => {
    const holidays = new Set(CN_HOLIDAYS);
    expect(CN_MAKEUP_WORKDAYS.filter((date) => holidays.has(date))).toEqual([]);
  });
});

describe('default calendars', () => {
  it('are valid and frozen', () => {
    for (const cal of [BUSINESS_CALENDAR_CN, ALWAYS_CALENDAR]) {
      expect(validateCalendar(cal)).toBe(cal);
      expect(Object.isFrozen(cal.week.mon)).toBe(true);
    }
  });
});

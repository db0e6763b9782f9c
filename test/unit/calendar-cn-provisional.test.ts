import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { addWorkingMinutes, BUSINESS_CALENDAR_CN, CN_LAST_ANNOUNCED_YEAR, CN_PROVISIONAL_HOLIDAYS, CN_PROVISIONAL_YEARS, provisionalDaysOff } from '../../lib/calendar/index.ts';
import { CN_FESTIVAL_DATES } from '../../lib/calendar/cn-statutory.ts';
import { isProvisionalYear } from '../../lib/sla/usecases/calendar-reminder.ts';
import { staffTimerViews } from '../../lib/sla/usecases/timer-view.ts';
import type { SlaClock } from '../../lib/sla/usecases/clock.ts';
import { startTimer } from '../../lib/sla/domain/sla-timer.ts';
import { DEFAULT_SERVICE_STANDARDS, standardFor } from '../../lib/sla/domain/service-standards.ts';

const chineseDays = createRequire(import.meta.url)('chinese-days') as {
  getSolarDateFromLunar(lunarDate: string): { date: string };
  getSolarTermDate(year: number, month: number, term: string): string;
};
const festivals = (year: number) => CN_FESTIVAL_DATES.find((f) => f.year === year)!;

describe('provisional statutory days off (years not announced yet)', () => {
  it('cover at least five years after the announced data, with festival dates from the chinese-days package', () => {
    expect(CN_PROVISIONAL_YEARS.length).toBeGreaterThanOrEqual(5);
    expect(CN_PROVISIONAL_YEARS[0]).toBe(CN_LAST_ANNOUNCED_YEAR + 1);
    for (const f of CN_FESTIVAL_DATES) {
      expect(f.springFestival).toBe(chineseDays.getSolarDateFromLunar(`${f.year}-01-01`).date);
      expect(f.dragonBoat).toBe(chineseDays.getSolarDateFromLunar(`${f.year}-05-05`).date);
      expect(f.midAutumn).toBe(chineseDays.getSolarDateFromLunar(`${f.year}-08-15`).date);
      expect(f.qingming).toBe(chineseDays.getSolarTermDate(f.year, 4, 'pure_brightness'));
    }
  });

  it("2027: the law's days, and a substitute weekday for each statutory day on a weekend, right after its holiday", () => {
    expect(provisionalDaysOff(festivals(2027))).toEqual([
      '2027-01-01', // New Year's Day, a Friday
      '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', // eve (Fri) and lunar 1st-3rd (Sat, Sun, Mon)
      '2027-02-09', '2027-02-10', // substitutes for Saturday and Sunday
      '2027-04-05', // Qingming
      '2027-05-01', '2027-05-02', '2027-05-03', '2027-05-04', // Labour Day on Sat/Sun: Mon and Tue off
      '2027-06-09', // Dragon Boat
      '2027-09-15', // Mid-Autumn
      '2027-10-01', '2027-10-02', '2027-10-03', '2027-10-04', '2027-10-05', // National Day Fri-Sun, then Mon and Tue
    ]);
  });

  it('2028: New Year on a Saturday gives Monday; Mid-Autumn on 3 October is owed a day after National Day', () => {
    const days = provisionalDaysOff(festivals(2028));
    expect(days).toContain('2028-01-03');
    expect(days.filter((d) => d.startsWith('2028-10'))).toEqual(['2028-10-01', '2028-10-02', '2028-10-03', '2028-10-04', '2028-10-05']);
  });

  it('are in the business calendar: a deadline across 1 January 2027 skips New Year\'s Day', () => {
    expect(CN_PROVISIONAL_HOLIDAYS).toContain('2027-01-01');
    expect(BUSINESS_CALENDAR_CN.holidays).toContain('2027-01-01');
    // Thu 31 Dec 2026 17:00 Shanghai + 2 working hours: one hour that day, then Mon 4 Jan 09:00-10:00.
    expect(addWorkingMinutes(BUSINESS_CALENDAR_CN, new Date('2026-12-31T09:00:00Z'), 120).toISOString()).toBe('2027-01-04T02:00:00.000Z');
  });

  it('mark the deadlines staff see when they fall in such a year', async () => {
    const calendars = { calendar: async () => BUSINESS_CALENDAR_CN } as unknown as SlaClock;
    const contact = startTimer({ ticketId: 't', kind: 'first_contact', at: new Date('2026-12-31T09:00:00Z'), calendarId: 'cn-business', warnAtPercent: 80, standard: standardFor(DEFAULT_SERVICE_STANDARDS, 'first_contact', 'general')! }, BUSINESS_CALENDAR_CN);
    const earlier = startTimer({ ticketId: 't', kind: 'first_contact', at: new Date('2026-12-28T01:00:00Z'), calendarId: 'cn-business', warnAtPercent: 80, standard: standardFor(DEFAULT_SERVICE_STANDARDS, 'first_contact', 'general')! }, BUSINESS_CALENDAR_CN);
    const [acrossNewYear, inDecember] = await staffTimerViews(calendars, [contact, earlier], new Date('2026-12-31T09:00:00Z'));
    expect(acrossNewYear).toMatchObject({ dueAt: '2027-01-04T09:00:00.000Z', provisional: true });
    expect(inDecember!.provisional).toBeUndefined();
  });

  it('mark a year provisional in a calendar until its make-up workdays are loaded', () => {
    expect(isProvisionalYear(BUSINESS_CALENDAR_CN, 2026)).toBe(false);
    expect(isProvisionalYear(BUSINESS_CALENDAR_CN, 2027)).toBe(true);
    const announced = { ...BUSINESS_CALENDAR_CN, workdays: [...(BUSINESS_CALENDAR_CN.workdays ?? []), '2027-02-20'] };
    expect(isProvisionalYear(announced, 2027)).toBe(false);
  });
});

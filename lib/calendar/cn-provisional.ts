/**
 * Provisional statutory days off for the years whose arrangement the State Council has not announced
 * yet, from the national holiday law (全国年节及纪念日放假办法, as revised for 2025): New Year's Day
 * 1 day; Spring Festival 4 days (eve and lunar 1st-3rd); Qingming 1 day (its solar term); Labour Day
 * 1-2 May; Dragon Boat 1 day (lunar 5/5); Mid-Autumn 1 day (lunar 8/15); National Day 1-3 October.
 * A statutory day on a Saturday or Sunday gives a substitute day off on the first weekdays after its
 * holiday period, in order (as does a day two holidays share). No make-up workdays (调休) are
 * guessed: those come only with the announced arrangement, which replaces these days entirely.
 * The festival dates themselves come from the chinese-days package (cn-statutory.ts, generated).
 */
import { isoDateOf, parseIsoDate, weekdayOfDayNumber } from './civil-date.ts';
import { CN_FESTIVAL_DATES, CN_LAST_ANNOUNCED_YEAR } from './cn-statutory.ts';

type Festivals = (typeof CN_FESTIVAL_DATES)[number];

// Day numbers, not date strings or Date objects: this runs when a function's code is loaded.
const day = (date: string) => parseIsoDate(date)!;

/** The statutory holidays of a year, each its list of statutory days (day numbers), in calendar order. */
function periodsOf(festivals: Festivals): number[][] {
  const y = festivals.year;
  const spring = day(festivals.springFestival);
  const periods = [
    [day(`${y}-01-01`)],
    [day(festivals.springFestivalEve), spring, spring + 1, spring + 2],
    [day(festivals.qingming)],
    [day(`${y}-05-01`), day(`${y}-05-02`)],
    [day(festivals.dragonBoat)],
    [day(festivals.midAutumn)],
    [day(`${y}-10-01`), day(`${y}-10-02`), day(`${y}-10-03`)],
  ];
  return periods.sort((a, b) => a[0]! - b[0]!);
}

const isWeekend = (dayNumber: number) => {
  const weekday = weekdayOfDayNumber(dayNumber);
  return weekday === 0 || weekday === 6;
};

/** Every day off of a year by the law alone: the statutory days and their substitutes (weekdays only matter). */
export function provisionalDaysOff(festivals: Festivals): string[] {
  const off = new Set<number>();
  for (const period of periodsOf(festivals)) {
    // Days this period cannot give on their own date: on a weekend, or already off for another holiday.
    let owed = period.filter((date) => isWeekend(date) || off.has(date)).length;
    for (const date of period) off.add(date);
    for (let date = period[period.length - 1]! + 1; owed > 0; date += 1) {
      if (isWeekend(date) || off.has(date)) continue;
      off.add(date);
      owed -= 1;
    }
  }
  return [...off].sort((a, b) => a - b).map(isoDateOf);
}

/** The years with provisional days (after the announced data), and all their days off. */
export const CN_PROVISIONAL_YEARS: readonly number[] = CN_FESTIVAL_DATES.map((f) => f.year).filter((year) => year > CN_LAST_ANNOUNCED_YEAR);
export const CN_PROVISIONAL_HOLIDAYS: readonly string[] = CN_FESTIVAL_DATES.filter((f) => f.year > CN_LAST_ANNOUNCED_YEAR).flatMap(provisionalDaysOff);

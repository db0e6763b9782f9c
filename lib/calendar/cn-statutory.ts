/**
 * China's statutory holidays and make-up workdays (调休), local dates in Asia/Shanghai.
 * GENERATED — do not edit by hand. Source: npm package chinese-days@1.5.7 (dist/chinese-days.json),
 * years 2004-2026. Regenerate with: npx tsx scripts/snapshot-cn-holidays.ts
 *
 * By year, runs of consecutive days: `MMDD` one day, `MMDD+N` N days from it (under the year the
 * run starts in). The holidays keep every day of each holiday period, weekends included (only the
 * weekdays change anything, but whole periods are simpler to check against the official notices).
 */
import { dayNumberOf, isoDateOf } from './civil-date.ts';

const HOLIDAY_RUNS: Record<number, string> = {
  2004: '0101 0122+7 0501+7 1001+7',
  2005: '0101+3 0209+7 0501+7 1001+7',
  2006: '0101+3 0129+7 0501+7 1001+7',
  2007: '0101+3 0218+7 0501+7 1001+7 1230+3',
  2008: '0206+7 0404+3 0501+3 0607+3 0913+3 0929+7',
  2009: '0101+3 0125+7 0404+3 0501+3 0528+3 1001+8',
  2010: '0101+3 0213+7 0403+3 0501+3 0614+3 0922+3 1001+7',
  2011: '0101+3 0202+7 0403+3 0430+3 0604 0606 0910+3 1001+7',
  2012: '0101+3 0122+7 0402+3 0429+3 0622 0624 0930+8',
  2013: '0101+3 0209+7 0404+3 0429+3 0610+3 0919+3 1001+7',
  2014: '0101 0131+7 0405+3 0501+3 0602 0908 1001+7',
  2015: '0101+3 0218+7 0405+2 0501 0620 0622 0903+2 0927 1001+7',
  2016: '0101 0207+7 0404 0501+2 0609+3 0915+3 1001+7',
  2017: '0101+2 0127+7 0402+3 0501 0528+3 1001+8',
  2018: '0101 0215+7 0405+3 0429+3 0618 0924 1001+7 1230+3',
  2019: '0204+7 0405+3 0501+4 0607+3 0913+3 1001+7',
  2020: '0101 0124+10 0404+3 0501+5 0625+3 1001+8',
  2021: '0101+3 0211+7 0403+3 0501+5 0612+3 0919+3 1001+7',
  2022: '0101+3 0131+7 0403+3 0430+5 0603+3 0910+3 1001+7 1231+3',
  2023: '0121+7 0405 0429+5 0622+3 0929+8',
  2024: '0101 0210+8 0404+3 0501+5 0610 0915+3 1001+7',
  2025: '0101 0128+8 0404+3 0501+5 0531+3 1001+8',
  2026: '0101+3 0215+9 0404+3 0501+5 0619+3 0925+3 1001+7',
};

const MAKEUP_WORKDAY_RUNS: Record<number, string> = {
  2004: '0117+2 0508+2 1009+2',
  2005: '0205+2 0430 0508 1008+2',
  2006: '0128 0205 0429+2 0930 1008 1230+2',
  2007: '0217 0225 0428+2 0929+2 1229',
  2008: '0202+2 0504 0927+2',
  2009: '0104 0124 0201 0531 0927 1010',
  2010: '0220+2 0612+2 0919 0925+2 1009',
  2011: '0130 0212 0402 1008+2 1231',
  2012: '0121 0129 0331+2 0428 0929',
  2013: '0105+2 0216+2 0407 0427+2 0608+2 0922 0929 1012',
  2014: '0126 0208 0504 0928 1011',
  2015: '0104 0215 0228 0906 1010',
  2016: '0206 0214 0612 0918 1008+2',
  2017: '0122 0204 0401 0527 0930',
  2018: '0211 0224 0408 0428 0929+2 1229',
  2019: '0202+2 0428 0505 0929 1012',
  2020: '0119 0426 0509 0628 0927 1010',
  2021: '0207 0220 0425 0508 0918 0926 1009',
  2022: '0129+2 0402 0424 0507 1008+2',
  2023: '0128+2 0423 0506 0625 1007+2',
  2024: '0204 0218 0407 0428 0511 0914 0929 1012',
  2025: '0126 0208 0427 0928 1011',
  2026: '0104 0214 0228 0509 0920 1010',
};

function expandRuns(runsByYear: Record<number, string>): string[] {
  const dates: string[] = [];
  for (const [year, runs] of Object.entries(runsByYear)) {
    for (const run of runs.split(' ')) {
      const first = dayNumberOf(Number(year), Number(run.slice(0, 2)), Number(run.slice(2, 4)));
      const days = run.length > 4 ? Number(run.slice(5)) : 1;
      for (let day = 0; day < days; day += 1) dates.push(isoDateOf(first + day));
    }
  }
  return dates;
}

/** Days off for a statutory holiday, in date order. */
export const CN_HOLIDAYS: string[] = expandRuns(HOLIDAY_RUNS);

/** Weekend days that are working days to make up for a holiday (调休上班), in date order. */
export const CN_MAKEUP_WORKDAYS: string[] = expandRuns(MAKEUP_WORKDAY_RUNS);

/** The last year whose arrangement the State Council has announced (in the data above). */
export const CN_LAST_ANNOUNCED_YEAR = 2026;

/**
 * For the years after it: the dates the statutory holidays fall on (lunar calendar and the Qingming
 * solar term, from chinese-days), from which lib/calendar/cn-provisional.ts derives the days off.
 */
export const CN_FESTIVAL_DATES: Array<{ year: number; springFestivalEve: string; springFestival: string; qingming: string; dragonBoat: string; midAutumn: string }> = [
  { year: 2027, springFestivalEve: '2027-02-05', springFestival: '2027-02-06', qingming: '2027-04-05', dragonBoat: '2027-06-09', midAutumn: '2027-09-15' },
  { year: 2028, springFestivalEve: '2028-01-25', springFestival: '2028-01-26', qingming: '2028-04-04', dragonBoat: '2028-05-28', midAutumn: '2028-10-03' },
  { year: 2029, springFestivalEve: '2029-02-12', springFestival: '2029-02-13', qingming: '2029-04-04', dragonBoat: '2029-06-16', midAutumn: '2029-09-22' },
  { year: 2030, springFestivalEve: '2030-02-02', springFestival: '2030-02-03', qingming: '2030-04-05', dragonBoat: '2030-06-05', midAutumn: '2030-09-12' },
  { year: 2031, springFestivalEve: '2031-01-22', springFestival: '2031-01-23', qingming: '2031-04-05', dragonBoat: '2031-06-24', midAutumn: '2031-10-01' },
  { year: 2032, springFestivalEve: '2032-02-10', springFestival: '2032-02-11', qingming: '2032-04-04', dragonBoat: '2032-06-12', midAutumn: '2032-09-19' },
];

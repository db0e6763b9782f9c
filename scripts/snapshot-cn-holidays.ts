/**
 * Regenerates lib/calendar/cn-statutory.ts from the npm package `chinese-days` (its dist/chinese-days.json:
 * statutory holidays and make-up workdays, 2004 onward; and its lunar calendar and solar terms for the
 * holiday dates of the years after the announced data, from which lib/calendar/cn-provisional.ts
 * derives provisional days off). The calendar reads the snapshot, never the package, so it stays
 * dependency-free and a package update is a reviewed diff.
 *
 *   npx tsx scripts/snapshot-cn-holidays.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** How many years after the announced data get provisional days off. */
const PROVISIONAL_YEARS = 6;

interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

const require = createRequire(import.meta.url);
// CommonJS main: its named exports are read through require.
const { getSolarDateFromLunar, getSolarTermDate } = require('chinese-days') as {
  getSolarDateFromLunar(lunarDate: string): { date: string };
  getSolarTermDate(year: number, month: number, term: 'pure_brightness'): string;
};
const packageDir = dirname(require.resolve('chinese-days/package.json'));
const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
const data = JSON.parse(readFileSync(join(packageDir, 'dist', 'chinese-days.json'), 'utf8')) as ChineseDaysData;

const holidays = Object.keys(data.holidays).sort();
const workdays = Object.keys(data.workdays).sort();
const years = [...holidays, ...workdays].map((date) => date.slice(0, 4)).sort();
const lastAnnounced = Number(years[years.length - 1]);

const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
/** The lunar-calendar and solar-term dates of the statutory holidays of each year after the announced data. */
const festivals = Array.from({ length: PROVISIONAL_YEARS }, (_, i) => lastAnnounced + 1 + i).map((year) => {
  const newYear = getSolarDateFromLunar(`${year}-01-01`).date;
  return {
    year,
    springFestivalEve: dayBefore(newYear),
    springFestival: newYear,
    qingming: getSolarTermDate(year, 4, 'pure_brightness'),
    dragonBoat: getSolarDateFromLunar(`${year}-05-05`).date,
    midAutumn: getSolarDateFromLunar(`${year}-08-15`).date,
  };
});

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/**
 * One line per year: its runs of consecutive days as `MMDD` (one day) or `MMDD+N` (N days from it),
 * under the year the run starts in. A tenth of the bytes of the dates written out (about 11 KB of
 * every function that does working-time math), and still readable against the official notices.
 */
function formatRuns(dates: string[]): string {
  const runs: Array<{ start: string; days: number }> = [];
  for (const date of dates) {
    const last = runs[runs.length - 1];
    if (last && dayNumber(date) === dayNumber(last.start) + last.days) last.days += 1;
    else runs.push({ start: date, days: 1 });
  }
  const lines: string[] = [];
  for (const year of [...new Set(runs.map((run) => run.start.slice(0, 4)))]) {
    const ofYear = runs.filter((run) => run.start.startsWith(year));
    lines.push(`  ${year}: '${ofYear.map((run) => `${run.start.slice(5, 7)}${run.start.slice(8, 10)}${run.days > 1 ? `+${run.days}` : ''}`).join(' ')}',`);
  }
  return lines.join('\n');
}

const source = `/**
 * China's statutory holidays and make-up workdays (调休), local dates in Asia/Shanghai.
 * GENERATED — do not edit by hand. Source: npm package chinese-days@${version} (dist/chinese-days.json),
 * years ${years[0]}-${years[years.length - 1]}. Regenerate with: npx tsx scripts/snapshot-cn-holidays.ts
 *
 * By year, runs of consecutive days: \`MMDD\` one day, \`MMDD+N\` N days from it (under the year the
 * run starts in). The holidays keep every day of each holiday period, weekends included (only the
 * weekdays change anything, but whole periods are simpler to check against the official notices).
 */
import { dayNumberOf, isoDateOf } from './civil-date.ts';

const HOLIDAY_RUNS: Record<number, string> = {
${formatRuns(holidays)}
};

const MAKEUP_WORKDAY_RUNS: Record<number, string> = {
${formatRuns(workdays)}
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
export const CN_LAST_ANNOUNCED_YEAR = ${lastAnnounced};

/**
 * For the years after it: the dates the statutory holidays fall on (lunar calendar and the Qingming
 * solar term, from chinese-days), from which lib/calendar/cn-provisional.ts derives the days off.
 */
export const CN_FESTIVAL_DATES: Array<{ year: number; springFestivalEve: string; springFestival: string; qingming: string; dragonBoat: string; midAutumn: string }> = [
${festivals.map((f) => `  { ${Object.entries(f).map(([key, value]) => `${key}: ${typeof value === 'number' ? value : `'${value}'`}`).join(', ')} },`).join('\n')}
];
`;

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'lib', 'calendar', 'cn-statutory.ts');
writeFileSync(target, source);
console.log(`wrote ${target}: ${holidays.length} holidays, ${workdays.length} make-up workdays (chinese-days@${version})`);

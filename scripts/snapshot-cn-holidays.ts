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

/** One line per year (comment) followed by its dates, eight to a line. */
function formatDates(dates: string[]): string {
  const lines: string[] = [];
  for (const year of [...new Set(dates.map((date) => date.slice(0, 4)))]) {
    lines.push(`  // ${year}`);
    const ofYear = dates.filter((date) => date.startsWith(year));
    for (let i = 0; i < ofYear.length; i += 8) lines.push(`  ${ofYear.slice(i, i + 8).map((d) => `'${d}',`).join(' ')}`);
  }
  return lines.join('\n');
}

const source = `/**
 * China's statutory holidays and make-up workdays (调休), local dates in Asia/Shanghai.
 * GENERATED — do not edit by hand. Source: npm package chinese-days@${version} (dist/chinese-days.json),
 * years ${years[0]}-${years[years.length - 1]}. Regenerate with: npx tsx scripts/snapshot-cn-holidays.ts
 *
 * CN_HOLIDAYS keeps every day of each holiday period, weekends included (only the weekdays change
 * anything, but the full list is simpler to check against the official notices).
 */

/** Days off for a statutory holiday. */
export const CN_HOLIDAYS: string[] = [
${formatDates(holidays)}
];

/** Weekend days that are working days to make up for a holiday (调休上班). */
export const CN_MAKEUP_WORKDAYS: string[] = [
${formatDates(workdays)}
];

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

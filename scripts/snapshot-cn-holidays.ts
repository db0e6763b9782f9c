/**
 * Regenerates lib/calendar/cn-statutory.ts from the npm package `chinese-days` (its dist/chinese-days.json:
 * statutory holidays and make-up workdays, 2004 onward). The calendar reads the snapshot, never the
 * package, so it stays dependency-free and a package update is a reviewed diff.
 *
 *   npx tsx scripts/snapshot-cn-holidays.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('chinese-days/package.json'));
const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
const data = JSON.parse(readFileSync(join(packageDir, 'dist', 'chinese-days.json'), 'utf8')) as ChineseDaysData;

const holidays = Object.keys(data.holidays).sort();
const workdays = Object.keys(data.workdays).sort();
const years = [...holidays, ...workdays].map((date) => date.slice(0, 4)).sort();

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
`;

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'lib', 'calendar', 'cn-statutory.ts');
writeFileSync(target, source);
console.log(`wrote ${target}: ${holidays.length} holidays, ${workdays.length} make-up workdays (chinese-days@${version})`);

/**
 * Benchmark of the working-time calendar on the CN business calendar (not part of the test suite).
 *
 *   npx tsx bench/calendar.ts
 *
 * Prints a table and writes bench/results/calendar.json. "warm" reuses one calendar object, as the
 * service does (validated form and per-day UTC windows memoized); "cold" passes a fresh copy each
 * call, paying validation and the Intl time-zone work for every day touched.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUSINESS_CALENDAR_CN, addWorkingMinutes, workingMinutesBetween, type WorkCalendar } from '../lib/calendar/index.ts';

const RUNS = 7;
const MIN_RUN_MS = 200;

/** One start per week of 2026 at 10:17:23 CST, so the additions cross every holiday period. */
const STARTS = Array.from({ length: 52 }, (_, week) => new Date(Date.UTC(2026, 0, 1 + week * 7, 2, 17, 23)));
const YEAR_FROM = new Date('2025-12-31T16:00:00Z');
const YEAR_TO = new Date('2026-12-31T16:00:00Z');

let sink = 0; // consumed results, so no call can be optimized away

interface Case {
  name: string;
  call: (iteration: number) => void;
}

const freshCopy = (): WorkCalendar => ({ ...BUSINESS_CALENDAR_CN });
const cases: Case[] = [
  { name: 'addWorkingMinutes 10,000 min (warm)', call: (i) => void (sink += addWorkingMinutes(BUSINESS_CALENDAR_CN, STARTS[i % STARTS.length]!, 10_000).getTime()) },
  { name: 'workingMinutesBetween 1 year (warm)', call: () => void (sink += workingMinutesBetween(BUSINESS_CALENDAR_CN, YEAR_FROM, YEAR_TO)) },
  { name: 'addWorkingMinutes 10,000 min (cold)', call: (i) => void (sink += addWorkingMinutes(freshCopy(), STARTS[i % STARTS.length]!, 10_000).getTime()) },
  { name: 'workingMinutesBetween 1 year (cold)', call: () => void (sink += workingMinutesBetween(freshCopy(), YEAR_FROM, YEAR_TO)) },
];

/** Microseconds per call of one run: repeat until MIN_RUN_MS has passed. */
function timeRun(call: Case['call']): number {
  let iterations = 0;
  const started = performance.now();
  let elapsed = 0;
  do {
    for (let batch = 0; batch < 50; batch += 1) call(iterations++);
    elapsed = performance.now() - started;
  } while (elapsed < MIN_RUN_MS);
  return (elapsed * 1000) / iterations;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const results = cases.map(({ name, call }) => {
  timeRun(call); // warm-up: JIT, and for "warm" the memoized days
  const runsMicros = Array.from({ length: RUNS }, () => timeRun(call));
  const microsPerCall = median(runsMicros);
  return { name, microsPerCall, callsPerSecond: Math.round(1e6 / microsPerCall), runsMicros };
});

console.table(
  Object.fromEntries(
    results.map((r) => [r.name, { 'µs/call (median)': Number(r.microsPerCall.toFixed(2)), 'calls/s': r.callsPerSecond }]),
  ),
);

const output = join(dirname(fileURLToPath(import.meta.url)), 'results', 'calendar.json');
mkdirSync(dirname(output), { recursive: true });
writeFileSync(
  output,
  `${JSON.stringify({ generatedAt: new Date().toISOString(), node: process.version, runs: RUNS, minRunMs: MIN_RUN_MS, results }, null, 2)}\n`,
);
console.log(`wrote ${output} (checksum ${sink % 1000})`);

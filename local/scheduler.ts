/**
 * The local EventBridge: fires each manifest schedule on its rate with a Scheduled Event whose
 * `time` is the firing instant, and fires one on demand at a chosen "now" (demos and tests; the
 * handlers take "now" from the event's time, exactly as in AWS).
 */
import { now as clockNow } from '../lib/platform/clock.ts';
import { randomUUID } from 'node:crypto';
import { FUNCTION_NAMES, functionSpec, type FunctionName, type ScheduleTrigger } from '../lib/wiring.ts';
import { invoke } from './lambda-runtime.ts';

export function rateToMilliseconds(expression: string): number | undefined {
  const match = /^rate\((\d+) (minute|minutes|hour|hours|day|days)\)$/.exec(expression);
  if (!match) return undefined;
  const unit = match[2]!.startsWith('minute') ? 60_000 : match[2]!.startsWith('hour') ? 3_600_000 : 86_400_000;
  return Number(match[1]) * unit;
}

/** EventBridge cron (UTC): `cron(min hour day-of-month month day-of-week year)`, numbers, `*` and `?` only. */
/** Whether a `cron(...)` fires at the minute of `at`, read in `timezone` (as EventBridge Scheduler does). */
export function cronMatches(expression: string, at: Date, timezone = 'UTC'): boolean {
  const match = /^cron\((.+)\)$/.exec(expression);
  if (!match) return false;
  const [minute, hour, dayOfMonth, month, dayOfWeek] = match[1]!.trim().split(/\s+/);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: timezone, hourCycle: 'h23', minute: 'numeric', hour: 'numeric', day: 'numeric', month: 'numeric', weekday: 'short' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday!) + 1;
  const field = (spec: string | undefined, value: number) => spec === undefined || spec === '*' || spec === '?' || spec.split(',').map(Number).includes(value);
  return field(minute, Number(parts.minute)) && field(hour, Number(parts.hour)) && field(dayOfMonth, Number(parts.day)) && field(month, Number(parts.month)) && field(dayOfWeek, weekday);
}

export function scheduledEvent(schedule: ScheduleTrigger, now: Date) {
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': 'Scheduled Event',
    source: 'aws.events',
    account: '000000000000',
    time: now.toISOString(),
    region: 'local',
    resources: [`arn:aws:events:local:000000000000:rule/${schedule.name}`],
    detail: {},
  };
}

export function findSchedule(name: string): { functionName: FunctionName; schedule: ScheduleTrigger } | undefined {
  for (const functionName of FUNCTION_NAMES) {
    const schedule = (functionSpec(functionName).schedules ?? []).find((s) => s.name === name);
    if (schedule) return { functionName, schedule };
  }
  return undefined;
}

export function allSchedules(): Array<{ functionName: FunctionName; schedule: ScheduleTrigger }> {
  return FUNCTION_NAMES.flatMap((functionName) =>
    (functionSpec(functionName).schedules ?? []).map((schedule) => ({ functionName, schedule })),
  );
}

export function fireSchedule(name: string, now: Date, root: string): Promise<unknown> {
  const found = findSchedule(name);
  if (!found) throw new Error(`No schedule named ${name}`);
  return invoke(found.functionName, scheduledEvent(found.schedule, now), root);
}

/** Runs every schedule on its own rate (cron ones are checked each minute) until stopped. */
export function startScheduler(root: string, onError: (error: unknown) => void): { stop(): void } {
  const timers: NodeJS.Timeout[] = [];
  const cronSchedules = allSchedules().filter(({ schedule }) => schedule.expression.startsWith('cron('));
  for (const { schedule } of allSchedules()) {
    const every = rateToMilliseconds(schedule.expression);
    if (every) timers.push(setInterval(() => fireSchedule(schedule.name, clockNow(), root).catch(onError), every));
  }
  if (cronSchedules.length) {
    timers.push(
      setInterval(() => {
        const now = clockNow();
        for (const { schedule } of cronSchedules) if (cronMatches(schedule.expression, now, schedule.timezone)) fireSchedule(schedule.name, now, root).catch(onError);
      }, 60_000),
    );
  }
  return { stop: () => timers.forEach(clearInterval) };
}

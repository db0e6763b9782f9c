/**
 * What a periodic job last completed, so that a run after an outage catches up what it missed
 * instead of looking only at "today" (one item per job: `SWEEP#<job>` / `STATE`).
 */
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { sweepStateKey } from './keys.ts';

const DAY_MS = 86_400_000;
/** Never read more than a month of day buckets in one run, however long the outage. */
export const MAX_CATCH_UP_DAYS = 31;

export async function readSweepState(db: DynamoDBDocumentClient, tableName: string, job: string): Promise<Record<string, unknown> | undefined> {
  return (await db.send(new GetCommand({ TableName: tableName, Key: sweepStateKey(job) }))).Item;
}

export async function writeSweepState(db: DynamoDBDocumentClient, tableName: string, job: string, state: Record<string, unknown>): Promise<void> {
  await db.send(new PutCommand({ TableName: tableName, Item: { ...sweepStateKey(job), entity: 'SweepState', ...state } }));
}

/**
 * The day buckets (`bucketOf` a UTC day) from `lastRunAt` (or yesterday, whichever is earlier) to
 * `now`, at most MAX_CATCH_UP_DAYS back: a sweep reads these and nothing else.
 */
export function bucketsSince(lastRunAt: Date | undefined, now: Date, bucketOf: (iso: string) => string): string[] {
  const yesterday = new Date(now.getTime() - DAY_MS);
  const from = lastRunAt && lastRunAt < yesterday ? lastRunAt : yesterday;
  const start = Math.max(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()), now.getTime() - MAX_CATCH_UP_DAYS * DAY_MS);
  const buckets: string[] = [];
  for (let day = start; day <= now.getTime(); day += DAY_MS) buckets.push(bucketOf(new Date(day).toISOString()));
  const today = bucketOf(now.toISOString());
  return buckets.includes(today) ? buckets : [...buckets, today];
}

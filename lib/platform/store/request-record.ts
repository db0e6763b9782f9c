/**
 * Idempotent creation in one round trip: the record of a request made under an `Idempotency-Key` is
 * written in the same transaction as the change it makes, conditional on no live record for that key.
 * A replay's transaction fails on that condition; the caller then reads the record and answers the
 * stored response (same body) or refuses the key (another body). Unlike a record written before the
 * work (Powertools idempotency: two more calls per request), the work of a replay is done and thrown
 * away, which costs a replay a ticket number and nothing else.
 */
import { createHash } from 'node:crypto';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { IdempotencyConflictError } from '../errors.ts';
import { requestRecordKey } from './keys.ts';
import { TTL_ATTRIBUTE } from './table-definition.ts';
import { guard, type GuardedItem } from './transact.ts';

/** Another transaction on the same items was in progress (DynamoDB cancels ours with TransactionConflict). */
export function isTransactionConflict(error: unknown): boolean {
  return error instanceof TransactionCanceledException && (error.CancellationReasons ?? []).some((reason) => reason.Code === 'TransactionConflict');
}

/** The key is already taken by a live record: read it (`replayOf`) to answer. */
export class RequestReplayedError extends Error {
  override name = 'RequestReplayedError';
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** JSON with object keys sorted: the same body sent with its fields in another order is the same request. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export interface RequestRecordOptions {
  tableName: string;
  /** What kind of request (`intake.report-fault`): the same key under two scopes are two requests. */
  scope: string;
  key: string;
  request: unknown;
  now: Date;
  keepSeconds: number;
}

export function requestRecordPut(options: RequestRecordOptions, response: unknown): GuardedItem {
  const nowSeconds = Math.floor(options.now.getTime() / 1000);
  return guard(
    {
      Put: {
        TableName: options.tableName,
        Item: {
          ...requestRecordKey(options.scope, sha256(options.key)),
          entity: 'RequestRecord',
          requestHash: sha256(canonicalJson(options.request)),
          response,
          at: options.now.toISOString(),
          [TTL_ATTRIBUTE]: nowSeconds + options.keepSeconds,
        },
        // TTL deletes lazily: a record past its expiry no longer holds the key.
        ConditionExpression: 'attribute_not_exists(PK) OR #ttl < :now',
        ExpressionAttributeNames: { '#ttl': TTL_ATTRIBUTE },
        ExpressionAttributeValues: { ':now': nowSeconds },
      },
    },
    (cause) => new RequestReplayedError(`Request ${options.scope} replayed`, { cause }),
  );
}

/** The stored response of the request that holds the key, or IdempotencyConflictError when its body differed. */
export async function replayOf<R>(db: DynamoDBDocumentClient, options: RequestRecordOptions): Promise<R> {
  const { Item } = await db.send(new GetCommand({ TableName: options.tableName, Key: requestRecordKey(options.scope, sha256(options.key)), ConsistentRead: true }));
  if (!Item) throw new IdempotencyConflictError('in_progress');
  if (Item.requestHash !== sha256(canonicalJson(options.request))) throw new IdempotencyConflictError('reused');
  return Item.response as R;
}

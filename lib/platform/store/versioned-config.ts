/**
 * Configuration documents the manager edits without a deploy (service standards, calendars, the fee
 * schedule). Each is versioned: a write is conditional on the version it was read at, and the
 * previous version is kept as a history item. The contexts own their documents and defaults; this
 * module owns only the mechanics.
 */
import { GetCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { ConcurrentUpdateError } from '../errors.ts';
import { reportConsumedCapacity } from './client.ts';
import type { TransactItem } from './transact.ts';
import { configHistoryKey, configKey } from './keys.ts';

export interface Versioned<T> {
  value: T;
  version: number;
  updatedAt?: string;
  updatedBy?: string;
}

type Key = { PK: string; SK: string };

/** A stored `{ value }` document with the defaults under it (settings added later take their defaults); version 0 is the default. */
export async function getVersionedValue<T extends object>(db: DynamoDBDocumentClient, tableName: string, key: Key, defaults: T): Promise<Versioned<T>> {
  const result = await db.send(new GetCommand({ TableName: tableName, Key: key, ReturnConsumedCapacity: 'TOTAL' }));
  reportConsumedCapacity('GetItem', result.ConsumedCapacity);
  if (!result.Item) return { value: defaults, version: 0 };
  return { value: { ...defaults, ...(result.Item.value as T) }, version: result.Item.version as number, updatedAt: result.Item.updatedAt, updatedBy: result.Item.updatedBy };
}

export async function versionedPut(
  db: DynamoDBDocumentClient,
  tableName: string,
  key: Key,
  historyKey: Key,
  body: Record<string, unknown>,
  expectedVersion: number,
  by: string,
  at: Date,
  /** Written in the same transaction: the outbox events that announce the change. */
  withItems: TransactItem[] = [],
): Promise<void> {
  const item = { ...body, version: expectedVersion + 1, updatedAt: at.toISOString(), updatedBy: by };
  try {
    await db.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: tableName,
              Item: { ...key, entity: 'Config', ...item },
              ConditionExpression: expectedVersion === 0 ? 'attribute_not_exists(PK)' : '#version = :expected',
              ...(expectedVersion === 0 ? {} : { ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':expected': expectedVersion } }),
            },
          },
          { Put: { TableName: tableName, Item: { ...historyKey, entity: 'ConfigHistory', ...item } } },
          ...withItems,
        ],
      }),
    );
  } catch (error) {
    if (error instanceof TransactionCanceledException) {
      throw new ConcurrentUpdateError(`${key.SK} changed since version ${expectedVersion}`, { cause: error });
    }
    throw error;
  }
}

/**
 * A named document under `CONFIG` with its defaults: read it (version 0 is the defaults), or write the
 * next version conditionally on the one read (the previous kept as history); `put` answers the new version.
 */
export function versionedDocument<T extends object>(db: DynamoDBDocumentClient, tableName: string, name: string, defaults: T) {
  return {
    get: (): Promise<Versioned<T>> => getVersionedValue(db, tableName, configKey(name), defaults),
    put: async (value: T, expectedVersion: number, by: string, at: Date): Promise<number> => {
      await versionedPut(db, tableName, configKey(name), configHistoryKey(name, expectedVersion + 1), { value }, expectedVersion, by, at);
      return expectedVersion + 1;
    },
  };
}

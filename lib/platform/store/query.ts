/** The read helpers every repository shares: all pages of a Query, sharded lists merged, keys stripped. */
import { QueryCommand, type DynamoDBDocumentClient, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { reportConsumedCapacity } from './client.ts';
import { STATUS_SHARDS } from './keys.ts';

type Item = Record<string, unknown>;

const KEY_ATTRIBUTES = ['PK', 'SK', 'GSI1PK', 'GSI1SK', 'GSI2PK', 'GSI2SK', 'entity', 'ttl'];

/** The item without the table's key and bookkeeping attributes: what a domain object holds. */
export function withoutKeys<T>(item: Item): T {
  const copy = { ...item };
  for (const attribute of KEY_ATTRIBUTES) delete copy[attribute];
  return copy as T;
}

/**
 * Every page of a Query, with the read capacity they consumed (the SLA sweep reports it) and how many
 * items matched (with `Select: 'COUNT'` that count is all there is: no items come back).
 */
export async function queryPages(
  db: DynamoDBDocumentClient,
  input: Omit<QueryCommandInput, 'ExclusiveStartKey'>,
): Promise<{ items: Item[]; count: number; capacityUnits: number }> {
  const items: Item[] = [];
  let count = 0;
  let capacityUnits = 0;
  let startKey: Item | undefined;
  do {
    const page = await db.send(new QueryCommand({ ...input, ExclusiveStartKey: startKey, ReturnConsumedCapacity: 'TOTAL' }));
    reportConsumedCapacity('Query', page.ConsumedCapacity);
    capacityUnits += page.ConsumedCapacity?.CapacityUnits ?? 0;
    count += page.Count ?? 0;
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return { items, count, capacityUnits };
}

/** Every page of a Query (for partitions known to be small: a ticket, a quarter, a registry). */
export async function queryAll(db: DynamoDBDocumentClient, input: Omit<QueryCommandInput, 'ExclusiveStartKey'>): Promise<Item[]> {
  return (await queryPages(db, input)).items;
}

/**
 * A write-sharded list on GSI1: one Query per shard (after the cursor, in the wanted order), merged
 * by sort key. Returns up to `limit` items (all when absent) and whether more exist.
 */
export async function queryShards(
  db: DynamoDBDocumentClient,
  options: { tableName: string; indexName: string; partition: (shard: number) => string; limit?: number; cursor?: string; newestFirst?: boolean },
): Promise<{ items: Item[]; more: boolean }> {
  const newestFirst = options.newestFirst ?? false;
  const pages = await Promise.all(
    Array.from({ length: STATUS_SHARDS }, async (_, shard) => {
      const input = {
        TableName: options.tableName,
        IndexName: options.indexName,
        KeyConditionExpression: options.cursor ? `GSI1PK = :pk AND GSI1SK ${newestFirst ? '<' : '>'} :cursor` : 'GSI1PK = :pk',
        ExpressionAttributeValues: { ':pk': options.partition(shard), ...(options.cursor ? { ':cursor': options.cursor } : {}) },
        ScanIndexForward: !newestFirst,
      };
      if (options.limit === undefined) return queryAll(db, input);
      const page = await db.send(new QueryCommand({ ...input, Limit: options.limit + 1, ReturnConsumedCapacity: 'TOTAL' }));
      reportConsumedCapacity('Query', page.ConsumedCapacity);
      return page.Items ?? [];
    }),
  );
  const merged = pages.flat().sort((a, b) => (String(a.GSI1SK) < String(b.GSI1SK) ? -1 : 1) * (newestFirst ? -1 : 1));
  if (options.limit === undefined) return { items: merged, more: false };
  return { items: merged.slice(0, options.limit), more: merged.length > options.limit };
}

/**
 * How many items a write-sharded GSI1 list holds: a `Select: 'COUNT'` Query per shard, every page (a
 * page stops after 1 MB read, so a long list takes several). No item comes back, but DynamoDB bills
 * the reads of the items counted.
 */
export async function countShards(
  db: DynamoDBDocumentClient,
  options: { tableName: string; indexName: string; partition: (shard: number) => string },
): Promise<number> {
  const counts = await Promise.all(
    Array.from({ length: STATUS_SHARDS }, async (_, shard) => {
      const { count } = await queryPages(db, {
        TableName: options.tableName,
        IndexName: options.indexName,
        KeyConditionExpression: 'GSI1PK = :pk',
        ExpressionAttributeValues: { ':pk': options.partition(shard) },
        Select: 'COUNT',
      });
      return count;
    }),
  );
  return counts.reduce((sum, count) => sum + count, 0);
}

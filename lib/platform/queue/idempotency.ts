/**
 * Powertools idempotency records kept in the single table under their own partition
 * (keys.IDEMPOTENCY_PARTITION), expiring through the table's TTL attribute.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import { IDEMPOTENCY_PARTITION } from '../store/keys.ts';
import { TABLE_KEY, TTL_ATTRIBUTE } from '../store/table-definition.ts';

export function idempotencyStore(tableName: string): DynamoDBPersistenceLayer {
  return new DynamoDBPersistenceLayer({
    tableName,
    keyAttr: TABLE_KEY.partitionKey,
    sortKeyAttr: TABLE_KEY.sortKey,
    staticPkValue: IDEMPOTENCY_PARTITION,
    expiryAttr: TTL_ATTRIBUTE,
    awsSdkV3Client: new DynamoDBClient({}),
  });
}

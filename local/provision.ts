/**
 * Creates the table and the queues in the local stand-ins from the same definitions the CDK stack
 * uses (lib/platform/store/table-definition.ts, lib/wiring.ts). Idempotent: existing ones are kept.
 */
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceNotFoundException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { CreateQueueCommand, GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { TABLE_INDEXES, TABLE_KEY, TABLE_STREAM_VIEW, TTL_ATTRIBUTE } from '../lib/platform/store/table-definition.ts';
import { queues, type QueueName } from '../lib/wiring.ts';

/** Returns true when the table was created now (a fresh data directory). */
export async function provisionTable(dynamodb: DynamoDBClient, tableName: string): Promise<boolean> {
  try {
    const { Table } = await dynamodb.send(new DescribeTableCommand({ TableName: tableName }));
    // A data directory from before the outbox: its table gets the stream now.
    if (!Table?.StreamSpecification?.StreamEnabled) {
      await dynamodb.send(new UpdateTableCommand({ TableName: tableName, StreamSpecification: { StreamEnabled: true, StreamViewType: TABLE_STREAM_VIEW } }));
    }
    return false;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  const indexes = Object.values(TABLE_INDEXES);
  const attributes = new Set<string>([TABLE_KEY.partitionKey, TABLE_KEY.sortKey, ...indexes.flatMap((i) => [i.partitionKey, i.sortKey])]);
  await dynamodb.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [...attributes].map((name) => ({ AttributeName: name, AttributeType: 'S' })),
      KeySchema: [
        { AttributeName: TABLE_KEY.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE_KEY.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: indexes.map((index) => ({
        IndexName: index.name,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
      StreamSpecification: { StreamEnabled: true, StreamViewType: TABLE_STREAM_VIEW },
    }),
  );
  await dynamodb.send(
    new UpdateTimeToLiveCommand({ TableName: tableName, TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true } }),
  );
  return true;
}

export interface QueueUrls {
  queue: Record<QueueName, string>;
  dlq: Record<QueueName, string>;
}

export async function provisionQueues(sqs: SQSClient, prefix: string): Promise<QueueUrls> {
  const urls = { queue: {}, dlq: {} } as QueueUrls;
  for (const [name, spec] of Object.entries(queues) as Array<[QueueName, (typeof queues)[QueueName]]>) {
    const dlq = await sqs.send(
      new CreateQueueCommand({
        QueueName: `${prefix}${name}-dlq`,
        Attributes: { MessageRetentionPeriod: String(spec.dlqRetentionDays * 86400) },
      }),
    );
    const dlqArn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: dlq.QueueUrl, AttributeNames: ['QueueArn'] }))).Attributes?.QueueArn;
    const queue = await sqs.send(
      new CreateQueueCommand({
        QueueName: `${prefix}${name}`,
        Attributes: {
          VisibilityTimeout: String(spec.visibilityTimeoutSeconds),
          RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount: spec.maxReceiveCount }),
        },
      }),
    );
    urls.queue[name] = queue.QueueUrl!;
    urls.dlq[name] = dlq.QueueUrl!;
  }
  return urls;
}

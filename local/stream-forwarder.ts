/**
 * What EventBridge Pipes do in AWS, for the local runtime: read the table's stream (DynamoDB Local's,
 * through the real DynamoDB Streams client) and send every new item that names a queue to it
 * (lib/platform/store/outbox.ts). Positions are kept per shard (in `checkpointFile` when the data is on
 * disk), so a pause, or a restart, resumes after the last record forwarded: nothing is lost, and an
 * event sent twice is absorbed by the idempotent consumers.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  ExpiredIteratorException,
  GetRecordsCommand,
  GetShardIteratorCommand,
  TrimmedDataAccessException,
  type Shard,
} from '@aws-sdk/client-dynamodb-streams';
import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { QueueName } from '../lib/wiring.ts';
import { OUTBOX_EVENT_ATTRIBUTE } from './deliveries.ts';

export interface StreamForwarder {
  /** Stops forwarding (the stream keeps the records); `resume` picks up where it stopped. */
  pause(): void;
  resume(): void;
  readonly paused: boolean;
  /** Outbox events sent to their queues since start. */
  readonly forwarded: number;
  stop(): Promise<void>;
}

interface Options {
  dynamodb: DynamoDBClient;
  sqs: SQSClient;
  tableName: string;
  queueUrls: Record<QueueName, string>;
  checkpointFile?: string;
  pollMs?: number;
  onError: (error: unknown) => void;
}

export async function startStreamForwarder(options: Options): Promise<StreamForwarder> {
  const { dynamodb, sqs } = options;
  const endpoint = process.env.AWS_ENDPOINT_URL_DYNAMODB;
  const streams = new DynamoDBStreamsClient(endpoint ? { endpoint } : {});
  const table = await dynamodb.send(new DescribeTableCommand({ TableName: options.tableName }));
  const streamArn = table.Table?.LatestStreamArn;
  if (!streamArn) throw new Error(`Table ${options.tableName} has no stream`);

  /** Last sequence number forwarded, per shard; a shard in `closed` has been read to its end. */
  const positions: Record<string, string> = options.checkpointFile && existsSync(options.checkpointFile) ? (JSON.parse(readFileSync(options.checkpointFile, 'utf8')) as Record<string, string>) : {};
  const closed = new Set<string>();
  const iterators = new Map<string, string>();
  let paused = false;
  let stopped = false;
  let forwarded = 0;

  const save = () => {
    if (options.checkpointFile) writeFileSync(options.checkpointFile, JSON.stringify(positions));
  };

  async function shards(): Promise<Shard[]> {
    const all: Shard[] = [];
    let start: string | undefined;
    do {
      const page = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn, ...(start ? { ExclusiveStartShardId: start } : {}) }));
      all.push(...(page.StreamDescription?.Shards ?? []));
      start = page.StreamDescription?.LastEvaluatedShardId;
    } while (start);
    return all;
  }

  async function iteratorFor(shardId: string): Promise<string | undefined> {
    const after = positions[shardId];
    const result = await streams.send(
      new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shardId, ...(after ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: after } : { ShardIteratorType: 'TRIM_HORIZON' }) }),
    );
    return result.ShardIterator;
  }

  async function readShard(shardId: string): Promise<void> {
    let iterator = iterators.get(shardId) ?? (await iteratorFor(shardId));
    if (!iterator) return void closed.add(shardId);
    let page;
    try {
      page = await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 100 }));
    } catch (error) {
      if (!(error instanceof ExpiredIteratorException || error instanceof TrimmedDataAccessException)) throw error;
      iterators.delete(shardId);
      return;
    }
    for (const record of page.Records ?? []) {
      const image = record.dynamodb?.NewImage;
      // As the pipes' filter: any new item that names a queue (platform/store/outbox.ts).
      if (record.eventName === 'INSERT' && image?.queue?.S) {
        const queue = image.queue?.S as QueueName;
        await sqs.send(
          new SendMessageCommand({
            QueueUrl: options.queueUrls[queue],
            MessageBody: image.body?.S ?? '',
            // For the local delivery log only (local/deliveries.ts); consumers are not given it.
            MessageAttributes: { [OUTBOX_EVENT_ATTRIBUTE]: { DataType: 'String', StringValue: image.eventId?.S ?? '' } },
          }),
        );
        forwarded += 1;
      }
      positions[shardId] = record.dynamodb!.SequenceNumber!;
    }
    if (page.Records?.length) save();
    iterator = page.NextShardIterator;
    if (iterator) iterators.set(shardId, iterator);
    else {
      iterators.delete(shardId);
      closed.add(shardId);
    }
  }

  const loop = (async () => {
    while (!stopped) {
      if (!paused) {
        try {
          for (const shard of await shards()) {
            if (stopped || paused) break;
            if (!closed.has(shard.ShardId!)) await readShard(shard.ShardId!);
          }
        } catch (error) {
          options.onError(error);
        }
      }
      await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 100));
    }
  })();

  return {
    pause: () => void (paused = true),
    resume: () => void (paused = false),
    get paused() {
      return paused;
    },
    get forwarded() {
      return forwarded;
    },
    async stop() {
      stopped = true;
      await loop;
      streams.destroy();
    },
  };
}

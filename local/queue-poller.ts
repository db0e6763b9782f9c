/**
 * Polls a queue like a Lambda event source mapping: batches of up to batchSize, the SQS event
 * shape, ReportBatchItemFailures (succeeded records deleted, failed ones left for redelivery), and
 * redrive to the DLQ by the queue's own RedrivePolicy after maxReceiveCount receives.
 */
import {
  ChangeMessageVisibilityBatchCommand,
  DeleteMessageBatchCommand,
  ReceiveMessageCommand,
  type Message,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { SQSBatchResponse, SQSRecord } from 'aws-lambda';
import { functionSpec, queues, type FunctionName } from '../lib/wiring.ts';
import { OUTBOX_EVENT_ATTRIBUTE, type Delivery } from './deliveries.ts';
import { invoke } from './lambda-runtime.ts';

export interface PollerOptions {
  sqs: SQSClient;
  functionName: FunctionName;
  queueUrl: string;
  root: string;
  /**
   * Seconds before a failed message is visible again. In AWS it is the queue's visibility timeout;
   * locally a short delay keeps retries (and the way to the DLQ) observable in seconds.
   */
  retryDelaySeconds: number;
  onError?: (error: unknown) => void;
  /** Each hand-over of an outbox event's message to the consumer (local/deliveries.ts). */
  onDelivery?: (delivery: Delivery) => void;
}

function toRecord(message: Message, queueArn: string): SQSRecord {
  const attributes = message.Attributes ?? {};
  return {
    messageId: message.MessageId!,
    receiptHandle: message.ReceiptHandle!,
    body: message.Body ?? '',
    attributes: {
      ApproximateReceiveCount: attributes.ApproximateReceiveCount ?? '1',
      SentTimestamp: attributes.SentTimestamp ?? String(Date.now()),
      SenderId: attributes.SenderId ?? 'local',
      ApproximateFirstReceiveTimestamp: attributes.ApproximateFirstReceiveTimestamp ?? String(Date.now()),
    },
    messageAttributes: {}, // EventBridge Pipes send none; the outbox event id is for the delivery log only
    md5OfBody: message.MD5OfBody ?? '',
    eventSource: 'aws:sqs',
    eventSourceARN: queueArn,
    awsRegion: 'local',
  };
}

export function startPoller(options: PollerOptions): { stop(): Promise<void> } {
  const spec = functionSpec(options.functionName);
  const trigger = spec.queue!;
  const visibility = queues[trigger.queue].visibilityTimeoutSeconds;
  const queueArn = `arn:aws:sqs:local:000000000000:${trigger.queue}`;
  let running = true;

  const pollOnce = async () => {
    const received = await options.sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: options.queueUrl,
        MaxNumberOfMessages: Math.min(trigger.batchSize, 10),
        WaitTimeSeconds: 1,
        VisibilityTimeout: visibility,
        // local-aws-sqs answers system attributes only to the older AttributeNames parameter.
        AttributeNames: ['All'],
        MessageAttributeNames: [OUTBOX_EVENT_ATTRIBUTE],
      }),
    );
    const messages = received.Messages ?? [];
    if (messages.length === 0) return;
    const records = messages.map((message) => toRecord(message, queueArn));
    let failedIds: Set<string>;
    try {
      const response = (await invoke(options.functionName, { Records: records }, options.root)) as SQSBatchResponse | undefined;
      failedIds = new Set((response?.batchItemFailures ?? []).map((failure) => failure.itemIdentifier));
    } catch (error) {
      options.onError?.(error);
      failedIds = new Set(records.map((record) => record.messageId)); // a thrown handler fails the whole batch
    }
    for (const [i, record] of records.entries()) {
      const eventId = messages[i]!.MessageAttributes?.[OUTBOX_EVENT_ATTRIBUTE]?.StringValue;
      if (eventId) {
        options.onDelivery?.({
          eventId,
          queue: trigger.queue,
          consumer: options.functionName,
          messageId: record.messageId,
          receiveCount: Number(record.attributes.ApproximateReceiveCount),
          ok: !failedIds.has(record.messageId),
        });
      }
    }
    const succeeded = records.filter((record) => !failedIds.has(record.messageId));
    const failed = records.filter((record) => failedIds.has(record.messageId));
    if (succeeded.length) {
      await options.sqs.send(
        new DeleteMessageBatchCommand({
          QueueUrl: options.queueUrl,
          Entries: succeeded.map((record, i) => ({ Id: String(i), ReceiptHandle: record.receiptHandle })),
        }),
      );
    }
    if (failed.length) {
      await options.sqs.send(
        new ChangeMessageVisibilityBatchCommand({
          QueueUrl: options.queueUrl,
          Entries: failed.map((record, i) => ({ Id: String(i), ReceiptHandle: record.receiptHandle, VisibilityTimeout: options.retryDelaySeconds })),
        }),
      );
    }
  };

  const loop = (async () => {
    while (running) {
      try {
        await pollOnce();
      } catch (error) {
        options.onError?.(error);
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  })();

  return {
    stop: async () => {
      running = false;
      await loop;
    },
  };
}

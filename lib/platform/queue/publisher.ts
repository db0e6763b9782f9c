/** Sending to the manifest's queues, behind a small interface the use cases depend on. */
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { QueueName } from '../../wiring.ts';

export interface QueuePublisher {
  send(queue: QueueName, message: object): Promise<void>;
}

export class SqsQueuePublisher implements QueuePublisher {
  constructor(
    private readonly queueUrls: Partial<Record<QueueName, string>>,
    private readonly sqs: SQSClient = new SQSClient({}),
  ) {}

  async send(queue: QueueName, message: object): Promise<void> {
    const url = this.queueUrls[queue];
    if (!url) throw new Error(`No URL configured for queue ${queue}`);
    await this.sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: JSON.stringify(message) }));
  }
}

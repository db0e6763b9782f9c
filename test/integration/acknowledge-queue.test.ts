/**
 * The ticket.accepted queue step under failure, on the real local SQS: a redelivered message never
 * sends a second email, and a message that keeps failing is parked in the DLQ, not dropped.
 */
import { GetQueueAttributesCommand, ReceiveMessageCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { queues } from '../../lib/wiring.ts';
import { api, dynamo, emailsTo, eventually, faultReport, local, sqs } from '../support/local.ts';

const queueUrl = local.queues.queue['ticket-accepted']!;
const dlqUrl = local.queues.dlq['ticket-accepted']!;

async function timeline(ticketId: string) {
  const result = await dynamo.send(
    new QueryCommand({
      TableName: local.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :events)',
      ExpressionAttributeValues: { ':pk': `TICKET#${ticketId}`, ':events': 'EVENT#' },
    }),
  );
  return result.Items ?? [];
}

describe('acknowledgement step', () => {
  it('sends exactly one email and records one acknowledgement when the message is delivered three times', async () => {
    const report = faultReport();
    const created = await api('POST', '/v1/tickets', { body: report });
    await eventually(async () => (await emailsTo(report.customer.email)).length === 1);

    // Forced redelivery: the same message twice more, as SQS may do (at-least-once delivery).
    const body = JSON.stringify({ type: 'ticket.accepted', ticketId: created.body.id });
    await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: body }));
    await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: body }));

    // Both duplicates are consumed (the queue drains) ...
    await eventually(async () => {
      const attributes = await sqs.send(
        new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] }),
      );
      return attributes.Attributes?.ApproximateNumberOfMessages === '0' && attributes.Attributes?.ApproximateNumberOfMessagesNotVisible === '0';
    });
    await new Promise((r) => setTimeout(r, 1000));
    // ... and changed nothing: still one email, one acknowledged event.
    expect(await emailsTo(report.customer.email)).toHaveLength(1);
    const acknowledged = (await timeline(created.body.id)).filter((event) => event.type === 'acknowledged');
    expect(acknowledged).toHaveLength(1);
  });

  it(`parks a poison message in the DLQ after ${queues['ticket-accepted'].maxReceiveCount} receives`, async () => {
    const marker = `poison-${Date.now()}`;
    const sentAt = Date.now();
    // Valid JSON, wrong shape: validation fails on every receive.
    await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: JSON.stringify({ type: 'ticket.accepted', ticketId: marker }) }));
    // A well-formed message for a ticket that does not exist also fails every time.
    const ghost = JSON.stringify({ type: 'ticket.accepted', ticketId: '00000000-0000-4000-8000-00000000dead' });
    await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: ghost }));

    const parked = await eventually(
      async () => {
        const received = await sqs.send(new ReceiveMessageCommand({ QueueUrl: dlqUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1, VisibilityTimeout: 1, AttributeNames: ['All'] }));
        const bodies = (received.Messages ?? []).map((m) => m.Body);
        return bodies.includes(ghost) && bodies.some((b) => b?.includes(marker)) ? received.Messages : undefined;
      },
      40_000,
      500,
    );
    expect(parked.filter((m) => m.Body === ghost).length).toBeGreaterThanOrEqual(1);
    // Parked only after retries: locally a failed message is visible again after 2 s, so reaching the
    // DLQ this late means it was received (and failed) several times first.
    expect(Date.now() - sentAt).toBeGreaterThanOrEqual(3 * 2000);
  }, 60_000);
});

/**
 * The transactional outbox: an event is an item written in the same TransactWriteItems as the state
 * change it reports, so the change and its announcement happen together or not at all. The table's
 * stream carries it to its queue (EventBridge Pipes filtered on `entity = OutboxEvent` and the queue
 * name in AWS; local/stream-forwarder.ts locally); consumers are idempotent, so a redelivery is
 * harmless. Outbox items expire after a week (TTL): by then they were delivered long ago.
 */
import { randomUUID } from 'node:crypto';
import type { QueueName } from '../../wiring.ts';
import type { QueueMessages } from '../queue/messages.ts';
import { outboxKey } from './keys.ts';
import { TTL_ATTRIBUTE } from './table-definition.ts';
import type { TransactItem } from './transact.ts';

export const OUTBOX_ENTITY = 'OutboxEvent';
const KEEP_SECONDS = 7 * 86_400;

export interface OutboxEvent {
  queue: QueueName;
  /** The message body exactly as the consumer parses it (JSON). */
  body: string;
}

export function outboxPut<Q extends keyof QueueMessages>(tableName: string, queue: Q, message: QueueMessages[Q], now: Date): TransactItem {
  const eventId = randomUUID();
  return {
    Put: {
      TableName: tableName,
      Item: {
        ...outboxKey(eventId),
        entity: OUTBOX_ENTITY,
        eventId,
        queue,
        type: message.type,
        body: JSON.stringify(message),
        at: now.toISOString(),
        [TTL_ATTRIBUTE]: Math.floor(now.getTime() / 1000) + KEEP_SECONDS,
      },
      ConditionExpression: 'attribute_not_exists(PK)',
    },
  };
}

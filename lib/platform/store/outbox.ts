/**
 * The transactional outbox: an event is written in the same TransactWriteItems as the state change it
 * reports, so the change and its announcement happen together or not at all. Any new item that
 * carries `queue` and `body` is an outbox event: the table's stream carries it to that queue
 * (EventBridge Pipes filtered on the queue name in AWS; local/stream-forwarder.ts locally); consumers
 * are idempotent, so a redelivery is harmless. The event rides on the change's ticket timeline entry
 * where there is one (`eventPut`'s `announce`), which costs no item of its own; otherwise
 * it is an item of its own (`outboxPut`), expiring after a week (TTL): delivered long before.
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

/** The attributes that make an item an outbox event: its queue and the message as the consumer parses it. */
export function outboxEvent<Q extends keyof QueueMessages>(queue: Q, message: QueueMessages[Q]): OutboxEvent {
  return { queue, body: JSON.stringify(message) };
}

/** The routing attributes an item that carries an event has beside its own (readers leave them out). */
export const OUTBOX_ATTRIBUTES = ['queue', 'body'] as const;

/** An outbox event as an item of its own, for a change without a timeline entry to carry it. */
export function outboxPut<Q extends keyof QueueMessages>(tableName: string, queue: Q, message: QueueMessages[Q], now: Date): TransactItem {
  const eventId = randomUUID();
  return {
    Put: {
      TableName: tableName,
      Item: {
        ...outboxKey(eventId),
        entity: OUTBOX_ENTITY,
        eventId,
        type: message.type,
        ...outboxEvent(queue, message),
        at: now.toISOString(),
        [TTL_ATTRIBUTE]: Math.floor(now.getTime() / 1000) + KEEP_SECONDS,
      },
      ConditionExpression: 'attribute_not_exists(PK)',
    },
  };
}

/**
 * What became of each outbox event in the local runtime, to look at (`GET /__local/deliveries`): the
 * stream forwarder marks every message it sends with the outbox item's event id, and the queue
 * pollers record every hand-over of such a message to its consumer, with whether the consumer
 * reported it done. It only watches: no delivery waits for it or depends on it. The most recent
 * events are kept, in memory.
 */
import type { FunctionName, QueueName } from '../lib/wiring.ts';

/**
 * The SQS message attribute that carries the event id from the forwarder to the poller. Consumers
 * never see it (the poller hands them no message attributes, as EventBridge Pipes send none).
 */
export const OUTBOX_EVENT_ATTRIBUTE = 'OutboxEventId';

/** One hand-over of an outbox event's message to the consumer of its queue. */
export interface Delivery {
  eventId: string;
  queue: QueueName;
  consumer: FunctionName;
  /** The SQS message: a second message for the same event would be a second send. */
  messageId: string;
  /** SQS's ApproximateReceiveCount: above 1 when the message came back after a failure. */
  receiveCount: number;
  /** The consumer took it (not in its batch item failures, no exception). */
  ok: boolean;
}

export interface DeliveryLog {
  record(delivery: Delivery): void;
  /** Deliveries by event id: of the given events (an empty list for one never delivered), else of every event kept. */
  byEvent(eventIds?: string[]): Record<string, Delivery[]>;
}

export function deliveryLog(keepEvents = 10_000): DeliveryLog {
  const events = new Map<string, Delivery[]>();
  return {
    record(delivery) {
      const deliveries = events.get(delivery.eventId);
      if (deliveries) return void deliveries.push(delivery);
      events.set(delivery.eventId, [delivery]);
      if (events.size > keepEvents) events.delete(events.keys().next().value!);
    },
    byEvent(eventIds) {
      return Object.fromEntries(eventIds ? eventIds.map((id) => [id, events.get(id) ?? []]) : events);
    },
  };
}

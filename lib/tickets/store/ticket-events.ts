/** Timeline events (who did what when): an event may carry the outbox event it announces (platform/store/outbox.ts). */
import { randomUUID } from 'node:crypto';
import type { TicketEvent } from '../domain/ticket.ts';
import { ticketEventKey } from '../../platform/store/keys.ts';
import { OUTBOX_ATTRIBUTES, type OutboxEvent } from '../../platform/store/outbox.ts';
import { withoutKeys } from '../../platform/store/query.ts';
import { openEvent, sealEvent } from './customer-data.ts';

export function newEvent(ticketId: string, at: string, fields: Omit<TicketEvent, 'ticketId' | 'eventId' | 'at'>): TicketEvent {
  return { ticketId, eventId: randomUUID().slice(0, 8), at, ...fields };
}

/**
 * The event's item; facts it copies from the customer's contact data are sealed (customer-data.ts).
 * With `announce`, the item is also the outbox event of the change (no outbox item of its own).
 */
export function eventItem(event: TicketEvent, announce?: OutboxEvent) {
  return { ...ticketEventKey(event.ticketId, event.at, event.eventId), entity: 'TicketEvent', ...sealEvent(event), ...announce };
}

/** The event an item holds, opened, without the keys or the outbox event it may have carried. */
export function eventFromItem(item: Record<string, unknown>): TicketEvent {
  const event = withoutKeys<Record<string, unknown>>(item);
  for (const attribute of OUTBOX_ATTRIBUTES) delete event[attribute];
  return openEvent(event as unknown as TicketEvent);
}

/** The Put of an event's item, carrying the outbox event of its change when there is one (`announce`). */
export function eventPut(tableName: string, event: TicketEvent, announce?: OutboxEvent) {
  return { Put: { TableName: tableName, Item: eventItem(event, announce) } };
}


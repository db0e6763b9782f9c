/** Timeline events (who did what when) and the shared condition-failure check of transactions. */
import { randomUUID } from 'node:crypto';
import type { TicketEvent } from '../domain/ticket.ts';
import { ticketEventKey } from '../../platform/store/keys.ts';
import { sealEvent } from './customer-data.ts';

export function newEvent(ticketId: string, at: string, fields: Omit<TicketEvent, 'ticketId' | 'eventId' | 'at'>): TicketEvent {
  return { ticketId, eventId: randomUUID().slice(0, 8), at, ...fields };
}

/** The event's item; facts it copies from the customer's contact data are sealed (customer-data.ts). */
export function eventItem(event: TicketEvent) {
  return { ...ticketEventKey(event.ticketId, event.at, event.eventId), entity: 'TicketEvent', ...sealEvent(event) };
}

export function eventPut(tableName: string, event: TicketEvent) {
  return { Put: { TableName: tableName, Item: eventItem(event) } };
}


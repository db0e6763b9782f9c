/**
 * Every key format of the single table, built here and nowhere else.
 * Prefixes are upper-case entity names; values after `#` are ids, dates or ISO instants so that
 * lexical order is time order.
 */
import { createHash } from 'node:crypto';

/** Status lists are spread over this many partitions so that no status is a hot key. */
export const STATUS_SHARDS = 4;

export const ticketKey = (ticketId: string) => ({ PK: `TICKET#${ticketId}`, SK: 'TICKET' });

/** Timeline items live beside their ticket: one Query on PK reads the ticket and its whole history. */
export const ticketEventKey = (ticketId: string, at: string, eventId: string) => ({
  PK: `TICKET#${ticketId}`,
  SK: `EVENT#${at}#${eventId}`,
});
export const TICKET_EVENT_PREFIX = 'EVENT#';

/** One counter per local (Asia/Shanghai) day hands out the ticket number's sequence. */
export const ticketNumberCounterKey = (localDay: string) => ({ PK: `COUNTER#TICKETNO#${localDay}`, SK: 'COUNTER' });

/** Reserves a ticket number (unique) and finds a ticket by its number with one GetItem. */
export const ticketNumberKey = (ticketNumber: string) => ({ PK: `TICKETNO#${ticketNumber}`, SK: 'TICKETNO' });

export function statusShard(ticketId: string): number {
  return createHash('sha1').update(ticketId).digest()[0]! % STATUS_SHARDS;
}

export const statusIndexPartition = (status: string, shard: number) => `STATUS#${status}#${shard}`;

export const statusIndexKeys = (status: string, ticketId: string, createdAt: string) => ({
  GSI1PK: statusIndexPartition(status, statusShard(ticketId)),
  GSI1SK: `${createdAt}#${ticketId}`,
});

export const staffKey = (staffId: string) => ({ PK: `STAFF#${staffId}`, SK: 'PROFILE' });

/** Powertools idempotency records share the table under one partition prefix (see lib/queue/idempotency.ts). */
export const IDEMPOTENCY_PARTITION = 'IDEMPOTENCY';

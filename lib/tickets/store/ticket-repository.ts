/**
 * Tickets and their timeline in the single table. Every status change is a conditional write on the
 * expected status and version, in one transaction with its timeline event.
 */
import { randomUUID } from 'node:crypto';
import {
  BatchGetCommand,
  GetCommand,
  type BatchGetCommandOutput,
  TransactWriteCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { ConcurrentUpdateError, NotFoundError } from '../../platform/errors.ts';
import { OPEN_STATUSES, assertTransition, isOpen, type EmailUndeliverable, type Ticket, type TicketEvent, type TicketStatus } from '../domain/ticket.ts';
import { formatTicketNumber, localDayKey } from '../domain/ticket-number.ts';
import { reportConsumedCapacity } from '../../platform/store/client.ts';
import { countShards, queryAll, queryShards, withoutKeys } from '../../platform/store/query.ts';
import { eventFromItem, eventPut, newEvent } from './ticket-events.ts';
import { guard, isConditionFailure, transactWrite, type GuardedItem, type TransactItem } from '../../platform/store/transact.ts';
import { ensureKeysFor } from '../../platform/privacy/data-keys.ts';
import { dataKeys } from '../../platform/privacy/field-crypto.ts';
import { customerIndexes, openTicket, sealTicket } from './customer-data.ts';
import type { OutboxEvent } from '../../platform/store/outbox.ts';
import {
  customerIndexKey,
  customerIndexPartition,
  TICKET_EVENT_PREFIX,
  TIMER_PREFIX,
  statusIndexKeys,
  statusIndexPartition,
  ticketAckKey,
  ticketEmailProblemKey,
  ticketKey,
  ticketNumberCounterKey,
  ticketNumberKey,
  retentionBucket,
  retentionKey,
} from '../../platform/store/keys.ts';
import { TABLE_INDEXES } from '../../platform/store/table-definition.ts';

export type NewTicket = Omit<Ticket, 'id' | 'number' | 'status' | 'createdAt' | 'updatedAt' | 'version'>;

/** A change to a ticket: who, when, the event's data, what else its transaction writes, and the outbox event its timeline entry carries. */
export interface TicketChange {
  actor: string;
  at: Date;
  data?: Record<string, unknown>;
  withItems?: Array<TransactItem | GuardedItem>;
  announce?: OutboxEvent;
}

export interface TicketPage {
  items: Ticket[];
  /** Opaque cursor for the next page; absent on the last page. */
  cursor?: string;
}



const MARK_ADDRESS = 'ticket.emailProblem.address';

/** The customer index items of a ticket (one per blind index of its phone and email). */
export function customerIndexItems(tableName: string, ticket: Pick<Ticket, 'id' | 'createdAt' | 'customer'>): TransactItem[] {
  return customerIndexes(ticket.customer).map((index) => ({
    Put: { TableName: tableName, Item: { ...customerIndexKey(index, ticket.createdAt, ticket.id), entity: 'CustomerTicket', ticketId: ticket.id } },
  }));
}

/** The ticket's item: keys, and the customer's contact data sealed. */
export function ticketItem(ticket: Ticket) {
  return { ...ticketKey(ticket.id), ...statusIndexKeys(ticket.status, ticket.id, ticket.createdAt), entity: 'Ticket', ...sealTicket(ticket) };
}

/** A ticket read from the table, its customer data opened (the keys of the values loaded first). */
export async function ticketFromItem(item: Record<string, unknown>): Promise<Ticket> {
  await ensureKeysFor(item);
  return openTicket(withoutKeys<Ticket>(item));
}

export class TicketRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Hands out the next number of the ticket's local day: an atomic counter, no scan, no duplicates. */
  async nextTicketNumber(createdAt: Date): Promise<string> {
    const day = localDayKey(createdAt);
    const result = await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: ticketNumberCounterKey(day),
        UpdateExpression: 'ADD #seq :one SET entity = :entity',
        ExpressionAttributeNames: { '#seq': 'sequence' },
        ExpressionAttributeValues: { ':one': 1, ':entity': 'TicketNumberCounter' },
        ReturnValues: 'UPDATED_NEW',
        ReturnConsumedCapacity: 'TOTAL',
      }),
    );
    reportConsumedCapacity('UpdateItem', result.ConsumedCapacity);
    return formatTicketNumber(day, Number(result.Attributes?.sequence));
  }

  /**
   * Writes a new ticket, its number reservation and first timeline event, with `withItems` (its SLA
   * timers, the request record) in one transaction; the timeline event carries `announce` (the
   * ticket's outbox event). The number comes from `nextTicketNumber`, taken beforehand so that it can
   * run beside the caller's other reads.
   */
  async create(
    input: NewTicket,
    at: { now: Date; number: string },
    actor: string,
    withItems: (ticketId: string) => Array<TransactItem | GuardedItem> = () => [],
    announce?: (ticketId: string) => OutboxEvent,
  ): Promise<Ticket> {
    const createdAt = at.now.toISOString();
    const id = randomUUID();
    const ticket: Ticket = { ...input, id, number: at.number, status: 'received', createdAt, updatedAt: createdAt, version: 1 };
    const event = newEvent(ticket.id, createdAt, { type: 'received', actor, toStatus: 'received', data: { channel: ticket.channel, ...(ticket.rework ? { rework: ticket.rework } : {}) } });
    await transactWrite(this.db, [
      {
        Put: {
          TableName: this.tableName,
          Item: ticketItem(ticket),
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      ...customerIndexItems(this.tableName, ticket),
      {
        Put: {
          TableName: this.tableName,
          Item: { ...ticketNumberKey(ticket.number), entity: 'TicketNumber', ticketId: ticket.id },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      eventPut(this.tableName, event, announce?.(id)),
      ...withItems(id),
    ]);
    return ticket;
  }

  async get(ticketId: string): Promise<Ticket | undefined> {
    const result = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: ticketKey(ticketId), ReturnConsumedCapacity: 'TOTAL' }),
    );
    reportConsumedCapacity('GetItem', result.ConsumedCapacity);
    return result.Item ? ticketFromItem(result.Item) : undefined;
  }

  async require(ticketId: string): Promise<Ticket> {
    const ticket = await this.get(ticketId);
    if (!ticket) throw new NotFoundError(`Ticket ${ticketId} not found`);
    return ticket;
  }

  async findIdByNumber(ticketNumber: string): Promise<string | undefined> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: ticketNumberKey(ticketNumber) }));
    return result.Item?.ticketId as string | undefined;
  }

  /**
   * The ticket, its whole timeline (oldest first) and its SLA timers in one Query on the ticket's
   * partition. The timers' shape is the SLA context's: the caller says how to read them.
   */
  async getWithTimeline<Timer>(ticketId: string, toTimer: (item: Record<string, unknown>) => Timer): Promise<{ ticket: Ticket; events: TicketEvent[]; timers: Timer[] } | undefined> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': ticketKey(ticketId).PK },
    });
    const ticketItem = items.find((item) => item.SK === ticketKey(ticketId).SK);
    if (!ticketItem) return undefined;
    await ensureKeysFor(items);
    const events = items.filter((item) => String(item.SK).startsWith(TICKET_EVENT_PREFIX)).map(eventFromItem);
    const timers = items.filter((item) => String(item.SK).startsWith(TIMER_PREFIX)).map(toTimer);
    const ack = items.find((item) => item.SK === ticketAckKey(ticketId).SK);
    const emailProblem = items.find((item) => item.SK === ticketEmailProblemKey(ticketId).SK);
    const ticket = openTicket(withoutKeys<Ticket>(ticketItem));
    return {
      ticket: {
        ...ticket,
        ...(ack ? { acknowledgedAt: String(ack.acknowledgedAt) } : {}),
        ...(emailProblem ? { emailUndeliverable: openMark(withoutKeys<EmailUndeliverable>(emailProblem)) } : {}),
      },
      events,
      timers,
    };
  }

  /**
   * The mark that the customer's email is undeliverable, with its timeline event, for the transaction
   * that records the bounce. A marker beside the ticket like the acknowledgement's: the ticket's
   * version is not touched, so a background step never makes a staff action fail.
   */
  emailUndeliverableItems(ticketId: string, mark: EmailUndeliverable, data: Record<string, unknown>): TransactItem[] {
    const event = newEvent(ticketId, mark.at, { type: 'email_undeliverable', actor: 'system', data: { address: mark.address, problem: mark.problem, taskId: mark.taskId, ...data } });
    return [
      { Put: { TableName: this.tableName, Item: { ...ticketEmailProblemKey(ticketId), entity: 'TicketEmailProblem', ...mark, address: dataKeys.seal(mark.address, MARK_ADDRESS) } } },
      eventPut(this.tableName, event),
    ];
  }

  async emailUndeliverable(ticketId: string): Promise<EmailUndeliverable | undefined> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.tableName, Key: ticketEmailProblemKey(ticketId) }));
    if (!Item) return undefined;
    await ensureKeysFor(Item);
    return openMark(withoutKeys<EmailUndeliverable>(Item));
  }

  /** Clears the mark that `taskId` set; a later bounce's mark (another task) stays. */
  clearEmailUndeliverableItem(ticketId: string, taskId: string): TransactItem {
    return {
      Delete: {
        TableName: this.tableName,
        Key: ticketEmailProblemKey(ticketId),
        ConditionExpression: 'taskId = :taskId',
        ExpressionAttributeValues: { ':taskId': taskId },
      },
    };
  }

  /**
   * Tickets of one status, newest first (or oldest first), across the status shards: each shard is
   * queried after the cursor and the results are merged, so a page costs STATUS_SHARDS small queries.
   */
  async listByStatus(status: TicketStatus, options: { limit: number; cursor?: string; order: 'newest' | 'oldest' }): Promise<TicketPage> {
    const { items, more } = await queryShards(this.db, {
      tableName: this.tableName,
      indexName: TABLE_INDEXES.lists.name,
      partition: (shard) => statusIndexPartition(status, shard),
      limit: options.limit,
      newestFirst: options.order === 'newest',
      ...(options.cursor ? { cursor: options.cursor } : {}),
    });
    return {
      items: await Promise.all(items.map(ticketFromItem)),
      ...(more ? { cursor: String(items[items.length - 1]!.GSI1SK) } : {}),
    };
  }

  /**
   * How many tickets are open in each status (the operations dashboard's gauge): the status lists
   * counted, a `Select: 'COUNT'` Query per status and shard. Closed and cancelled ones are not
   * counted: those lists only grow.
   */
  async countOpenByStatus(): Promise<Partial<Record<TicketStatus, number>>> {
    const counts = await Promise.all(
      OPEN_STATUSES.map(async (status) => {
        const count = await countShards(this.db, { tableName: this.tableName, indexName: TABLE_INDEXES.lists.name, partition: (shard) => statusIndexPartition(status, shard) });
        return [status, count] as const;
      }),
    );
    return Object.fromEntries(counts);
  }

  /**
   * Moves a ticket to `to` if it is still in the status (and version) it was read with, and appends
   * the event, in one transaction. A lost race raises ConcurrentUpdateError.
   */
  async transition(
    ticket: Ticket,
    to: TicketStatus,
    change: TicketChange & { type?: string; set?: Partial<Ticket> },
  ): Promise<Ticket> {
    assertTransition(ticket.status, to);
    return this.save(ticket, { ...change, status: to });
  }

  /** Changes ticket facts (no status change), with the event that explains the change. */
  async update(
    ticket: Ticket,
    change: TicketChange & { type: string; set: Partial<Ticket> },
  ): Promise<Ticket> {
    return this.save(ticket, { ...change, status: ticket.status });
  }

  private async save(
    ticket: Ticket,
    change: TicketChange & { status: TicketStatus; type?: string; set?: Partial<Ticket> },
  ): Promise<Ticket> {
    const at = change.at.toISOString();
    const to = change.status;
    const updated: Ticket = { ...ticket, ...change.set, status: to, updatedAt: at, version: ticket.version + 1 };
    const event = newEvent(ticket.id, at, {
      type: change.type ?? 'status_changed',
      actor: change.actor,
      ...(to !== ticket.status ? { fromStatus: ticket.status, toStatus: to } : {}),
      ...(change.data ? { data: change.data } : {}),
    });
    await transactWrite(this.db, [
      guard(
        {
          Put: {
            TableName: this.tableName,
            Item: ticketItem(updated),
            ConditionExpression: '#status = :expected AND #version = :version',
            ExpressionAttributeNames: { '#status': 'status', '#version': 'version' },
            ExpressionAttributeValues: { ':expected': ticket.status, ':version': ticket.version },
          },
        },
        (cause) => new ConcurrentUpdateError(`Ticket ${ticket.id} changed concurrently`, { cause }),
      ),
      eventPut(this.tableName, event, change.announce),
      ...(isOpen(ticket.status) && !isOpen(to) ? [this.retentionMarkerPut(ticket.id, at)] : []),
      ...this.customerIndexChanges(ticket, updated),
      ...(change.withItems ?? []),
    ]);
    return updated;
  }

  /** The customer index follows a changed phone or email: the old entries go, the new ones come, in the change's transaction. */
  private customerIndexChanges(before: Ticket, after: Ticket): TransactItem[] {
    const was = customerIndexes(before.customer);
    const is = customerIndexes(after.customer);
    return [
      ...was.filter((index) => !is.includes(index)).map((index) => ({ Delete: { TableName: this.tableName, Key: customerIndexKey(index, before.createdAt, before.id) } })),
      ...customerIndexItems(this.tableName, after).filter((item) => !was.some((index) => (item.Put!.Item as { PK: string }).PK === customerIndexPartition(index))),
    ];
  }

  /**
   * The ids of a customer's tickets, newest first: a Query on the customer index of the phone and one
   * of the email (together), merged. The values are normalised here (E.164, lower case).
   */
  async ticketIdsOfCustomer(contact: { phone?: string; email?: string }): Promise<string[]> {
    const partitions = customerIndexes(contact).map(customerIndexPartition);
    const found = await Promise.all(
      partitions.map((pk) =>
        queryAll(this.db, { TableName: this.tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': pk }, ScanIndexForward: false }),
      ),
    );
    const entries = found.flat().sort((a, b) => String(b.SK).localeCompare(String(a.SK)));
    return [...new Set(entries.map((item) => String(item.ticketId)))];
  }

  /** Whole tickets by id, in the order asked (BatchGetItem, 100 keys a call); unknown ids are left out. */
  async getMany(ticketIds: string[]): Promise<Ticket[]> {
    const found = await this.projected<Record<string, unknown>>(ticketIds, undefined, {});
    const tickets = await Promise.all([...found.values()].map(ticketFromItem));
    const byId = new Map(tickets.map((ticket) => [ticket.id, ticket]));
    return ticketIds.map((id) => byId.get(id)).filter((ticket): ticket is Ticket => ticket !== undefined);
  }

  /**
   * A ticket that ended (closed or cancelled) is filed by the day it ended: the retention job erases its
   * customer's contact data when that day is the retention period ago (lib/privacy/usecases/retention.ts).
   */
  private retentionMarkerPut(ticketId: string, endedAt: string): TransactItem {
    return {
      Put: {
        TableName: this.tableName,
        Item: { ...retentionKey(ticketId), GSI2PK: retentionBucket(endedAt), GSI2SK: ticketId, entity: 'RetentionMarker', ticketId, endedAt },
      },
    };
  }

  /**
   * Records that the customer was acknowledged and the ticket routed to triage, as a marker item
   * beside the ticket: the ticket item itself (and its version, which staff actions are conditional
   * on) is not touched, so a background step never makes a staff action fail. Returns false when it
   * was already recorded (a redelivered message), so the caller does nothing twice.
   */
  async markAcknowledged(ticketId: string, at: Date, data: Record<string, unknown>): Promise<boolean> {
    const atIso = at.toISOString();
    const event = newEvent(ticketId, atIso, { type: 'acknowledged', actor: 'system', data });
    try {
      await this.db.send(
        new TransactWriteCommand({
          TransactItems: [
            { ConditionCheck: { TableName: this.tableName, Key: ticketKey(ticketId), ConditionExpression: 'attribute_exists(PK)' } },
            {
              Put: {
                TableName: this.tableName,
                Item: { ...ticketAckKey(ticketId), entity: 'TicketAcknowledgement', ticketId, acknowledgedAt: atIso, ...data },
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
            eventPut(this.tableName, event),
          ],
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  /** Number, status and urgency of many tickets (BatchGetItem, 100 keys a call, unprocessed keys retried). */
  async summaries(ticketIds: string[]): Promise<Map<string, Pick<Ticket, 'id' | 'number' | 'status' | 'urgency'>>> {
    return this.projected(ticketIds, 'id, #number, #status, urgency', { '#number': 'number', '#status': 'status' });
  }

  /** Who handled many tickets for customer service (first contact, recording, triage): the people the figures count for. */
  async handlers(ticketIds: string[]): Promise<Map<string, Pick<Ticket, 'id' | 'contactedBy' | 'createdBy' | 'triage'>>> {
    return this.projected(ticketIds, 'id, contactedBy, createdBy, triage', {});
  }

  private async projected<T>(ticketIds: string[], projection: string | undefined, names: Record<string, string>): Promise<Map<string, T>> {
    const found = new Map<string, T>();
    const unique = [...new Set(ticketIds)];
    for (let i = 0; i < unique.length; i += 100) {
      let keys: Array<Record<string, unknown>> | undefined = unique.slice(i, i + 100).map(ticketKey);
      for (let attempt = 0; keys?.length && attempt < 5; attempt += 1) {
        const result: BatchGetCommandOutput = await this.db.send(
          new BatchGetCommand({
            RequestItems: { [this.tableName]: { Keys: keys, ...(projection ? { ProjectionExpression: projection } : {}), ...(Object.keys(names).length ? { ExpressionAttributeNames: names } : {}) } },
            ReturnConsumedCapacity: 'TOTAL',
          }),
        );
        reportConsumedCapacity('BatchGetItem', result.ConsumedCapacity);
        for (const item of result.Responses?.[this.tableName] ?? []) found.set(item.id as string, item as T);
        keys = result.UnprocessedKeys?.[this.tableName]?.Keys;
        if (keys?.length) await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
      }
    }
    return found;
  }
}

function openMark(mark: EmailUndeliverable): EmailUndeliverable {
  return { ...mark, address: dataKeys.open(mark.address, MARK_ADDRESS) };
}

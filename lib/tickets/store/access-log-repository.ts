/**
 * The access log of customers' personal data: append-only. Entries are written with a condition that
 * they do not exist yet, expire through the table's TTL after the retention period, and no API
 * updates or deletes them; the only change ever made to one is erasure re-filing its customer
 * reference under the pseudonym (PIPL art. 47), done by the erasure use case, not through any route.
 */
import { randomUUID } from 'node:crypto';
import { PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { localDate } from '../../platform/local-date.ts';
import { reportConsumedCapacity } from '../../platform/store/client.ts';
import { queryPages, withoutKeys } from '../../platform/store/query.ts';
import { accessLogCustomerPartition, accessLogKey, accessLogStaffPartition } from '../../platform/store/keys.ts';
import { TABLE_INDEXES } from '../../platform/store/table-definition.ts';
import type { AccessKind, PersonalField } from '../domain/need-to-know.ts';
import type { StaffRole } from '../../wiring.ts';

export interface AccessLogEntry {
  entryId: string;
  at: string;
  staffId: string;
  roles: StaffRole[];
  kind: AccessKind;
  /** The route (or job) that read the data: the purpose. */
  purpose: string;
  /** The blind index of the customer's phone, when the read concerned one customer. */
  customerRef?: string;
  ticketIds: string[];
  fields: PersonalField[];
}

export type NewAccessLogEntry = Omit<AccessLogEntry, 'entryId' | 'at'>;

export const DEFAULT_ACCESS_LOG_RETENTION_DAYS = 3 * 365;

export interface AccessLogPage {
  items: AccessLogEntry[];
  cursor?: string;
}

export class AccessLogRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Appends one entry; it expires `retentionDays` later (the privacy settings' period). */
  async record(entry: NewAccessLogEntry, now: Date, retentionDays = DEFAULT_ACCESS_LOG_RETENTION_DAYS): Promise<AccessLogEntry> {
    const written: AccessLogEntry = { ...entry, entryId: randomUUID(), at: now.toISOString() };
    const result = await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...accessLogKey(localDate(now), written.at, written.entryId),
          GSI1PK: accessLogStaffPartition(written.staffId),
          GSI1SK: `${written.at}#${written.entryId}`,
          ...(written.customerRef ? { GSI2PK: accessLogCustomerPartition(written.customerRef), GSI2SK: `${written.at}#${written.entryId}` } : {}),
          entity: 'AccessLogEntry',
          ttl: Math.floor(now.getTime() / 1000) + retentionDays * 86_400,
          ...written,
        },
        ConditionExpression: 'attribute_not_exists(PK)',
        ReturnConsumedCapacity: 'TOTAL',
      }),
    );
    reportConsumedCapacity('PutItem', result.ConsumedCapacity);
    return written;
  }

  /** One Shanghai day's entries, newest first. */
  byDay(localDay: string, page: { limit: number; cursor?: string }): Promise<AccessLogPage> {
    return this.page({ KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': `ACCESSLOG#${localDay}` } }, page, 'SK');
  }

  byStaff(staffId: string, page: { limit: number; cursor?: string }): Promise<AccessLogPage> {
    return this.page({ IndexName: TABLE_INDEXES.lists.name, KeyConditionExpression: 'GSI1PK = :pk', ExpressionAttributeValues: { ':pk': accessLogStaffPartition(staffId) } }, page, 'GSI1SK');
  }

  byCustomer(customerRef: string, page: { limit: number; cursor?: string }): Promise<AccessLogPage> {
    return this.page({ IndexName: TABLE_INDEXES.dueAlarms.name, KeyConditionExpression: 'GSI2PK = :pk', ExpressionAttributeValues: { ':pk': accessLogCustomerPartition(customerRef) } }, page, 'GSI2SK');
  }

  /** Erasure: the customer's entries are re-filed under the pseudonym; who read what, when, stays. */
  async refileCustomer(customerRef: string, pseudonym: string): Promise<number> {
    const { items } = await queryPages(this.db, {
      TableName: this.tableName,
      IndexName: TABLE_INDEXES.dueAlarms.name,
      KeyConditionExpression: 'GSI2PK = :pk',
      ExpressionAttributeValues: { ':pk': accessLogCustomerPartition(customerRef) },
    });
    for (const item of items) {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { PK: item.PK, SK: item.SK },
          UpdateExpression: 'SET GSI2PK = :pk, customerRef = :ref',
          ExpressionAttributeValues: { ':pk': accessLogCustomerPartition(pseudonym), ':ref': pseudonym },
        }),
      );
    }
    return items.length;
  }

  private async page(
    input: { IndexName?: string; KeyConditionExpression: string; ExpressionAttributeValues: Record<string, unknown> },
    page: { limit: number; cursor?: string },
    sortAttribute: 'SK' | 'GSI1SK' | 'GSI2SK',
  ): Promise<AccessLogPage> {
    const condition = page.cursor ? `${input.KeyConditionExpression} AND ${sortAttribute} < :cursor` : input.KeyConditionExpression;
    const result = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        ...input,
        KeyConditionExpression: condition,
        ExpressionAttributeValues: { ...input.ExpressionAttributeValues, ...(page.cursor ? { ':cursor': page.cursor } : {}) },
        ScanIndexForward: false,
        Limit: page.limit,
      }),
    );
    const items = (result.Items ?? []).map((item) => withoutKeys<AccessLogEntry>(item));
    const last = items.at(-1);
    return { items, ...(result.LastEvaluatedKey && last ? { cursor: `${last.at}#${last.entryId}` } : {}) };
  }
}

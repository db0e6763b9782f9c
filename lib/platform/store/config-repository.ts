/**
 * Configuration the manager edits without a deploy: service standards and calendars. Each document
 * is versioned: a write is conditional on the version it was read at, and the previous version is
 * kept as a history item. Absent documents fall back to the built-in defaults.
 */
import { GetCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { BUILT_IN_CALENDARS, type CalendarRecord } from '../../sla/domain/calendars.ts';
import { ConcurrentUpdateError } from '../errors.ts';
import { DEFAULT_SERVICE_STANDARDS, type ServiceStandardsConfig } from '../../sla/domain/service-standards.ts';
import { DEFAULT_FEE_SCHEDULE, type FeeSchedule } from '../../settlement/domain/fees.ts';
import type { WorkCalendar } from '../../calendar/index.ts';
import { reportConsumedCapacity } from './client.ts';
import { CALENDAR_PREFIX, calendarHistoryKey, calendarKey, configHistoryKey, configKey } from './keys.ts';

export interface Versioned<T> {
  value: T;
  version: number;
  updatedAt?: string;
  updatedBy?: string;
}

const SERVICE_STANDARDS = 'service-standards';
const FEE_SCHEDULE = 'fee-schedule';

export class ConfigRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async getServiceStandards(): Promise<Versioned<ServiceStandardsConfig>> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: configKey(SERVICE_STANDARDS), ReturnConsumedCapacity: 'TOTAL' }));
    reportConsumedCapacity('GetItem', result.ConsumedCapacity);
    if (!result.Item) return { value: DEFAULT_SERVICE_STANDARDS, version: 0 };
    // Settings added after a document was saved take their defaults.
    return { value: { ...DEFAULT_SERVICE_STANDARDS, ...(result.Item.value as ServiceStandardsConfig) }, version: result.Item.version as number, updatedAt: result.Item.updatedAt, updatedBy: result.Item.updatedBy };
  }

  async putServiceStandards(value: ServiceStandardsConfig, expectedVersion: number, by: string, at: Date): Promise<number> {
    await this.versionedPut(configKey(SERVICE_STANDARDS), configHistoryKey(SERVICE_STANDARDS, expectedVersion + 1), { value }, expectedVersion, by, at);
    return expectedVersion + 1;
  }

  /** The fee schedule and settlement settings (FLOW-5); version 0 is the built-in default. */
  async getFeeSchedule(): Promise<Versioned<FeeSchedule>> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: configKey(FEE_SCHEDULE), ReturnConsumedCapacity: 'TOTAL' }));
    reportConsumedCapacity('GetItem', result.ConsumedCapacity);
    if (!result.Item) return { value: DEFAULT_FEE_SCHEDULE, version: 0 };
    return { value: { ...DEFAULT_FEE_SCHEDULE, ...(result.Item.value as FeeSchedule) }, version: result.Item.version as number, updatedAt: result.Item.updatedAt, updatedBy: result.Item.updatedBy };
  }

  /** The fee schedule as it was at `version` (a statement revision recomputes with the version it used). */
  async getFeeScheduleAt(version: number): Promise<FeeSchedule> {
    if (version === 0) return DEFAULT_FEE_SCHEDULE;
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: configHistoryKey(FEE_SCHEDULE, version) }));
    if (!result.Item) throw new Error(`Fee schedule version ${version} not found`);
    return { ...DEFAULT_FEE_SCHEDULE, ...(result.Item.value as FeeSchedule) };
  }

  async putFeeSchedule(value: FeeSchedule, expectedVersion: number, by: string, at: Date): Promise<number> {
    await this.versionedPut(configKey(FEE_SCHEDULE), configHistoryKey(FEE_SCHEDULE, expectedVersion + 1), { value }, expectedVersion, by, at);
    return expectedVersion + 1;
  }

  async getCalendar(calendarId: string): Promise<CalendarRecord | undefined> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: calendarKey(calendarId), ReturnConsumedCapacity: 'TOTAL' }));
    reportConsumedCapacity('GetItem', result.ConsumedCapacity);
    if (result.Item) return toCalendarRecord(result.Item);
    return BUILT_IN_CALENDARS[calendarId];
  }

  /** Stored calendars and the built-in ones not overridden, in one Query of the registry partition. */
  async listCalendars(): Promise<CalendarRecord[]> {
    const result = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
        ExpressionAttributeValues: { ':pk': calendarKey('x').PK, ':prefix': CALENDAR_PREFIX },
      }),
    );
    const stored = (result.Items ?? []).map(toCalendarRecord);
    const storedIds = new Set(stored.map((c) => c.id));
    return [...stored, ...Object.values(BUILT_IN_CALENDARS).filter((c) => !storedIds.has(c.id))].sort((a, b) => a.id.localeCompare(b.id));
  }

  async putCalendar(input: { id: string; name: string; calendar: WorkCalendar }, expectedVersion: number, by: string, at: Date): Promise<number> {
    await this.versionedPut(
      calendarKey(input.id),
      calendarHistoryKey(input.id, expectedVersion + 1),
      { id: input.id, name: input.name, calendar: input.calendar },
      expectedVersion,
      by,
      at,
    );
    return expectedVersion + 1;
  }

  private async versionedPut(
    key: { PK: string; SK: string },
    historyKey: { PK: string; SK: string },
    body: Record<string, unknown>,
    expectedVersion: number,
    by: string,
    at: Date,
  ): Promise<void> {
    const item = { ...body, version: expectedVersion + 1, updatedAt: at.toISOString(), updatedBy: by };
    try {
      await this.db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: { ...key, entity: 'Config', ...item },
                ConditionExpression: expectedVersion === 0 ? 'attribute_not_exists(PK)' : '#version = :expected',
                ...(expectedVersion === 0 ? {} : { ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':expected': expectedVersion } }),
              },
            },
            { Put: { TableName: this.tableName, Item: { ...historyKey, entity: 'ConfigHistory', ...item } } },
          ],
        }),
      );
    } catch (error) {
      if (error instanceof TransactionCanceledException) {
        throw new ConcurrentUpdateError(`${key.SK} changed since version ${expectedVersion}`, { cause: error });
      }
      throw error;
    }
  }
}

function toCalendarRecord(item: Record<string, unknown>): CalendarRecord {
  return {
    id: item.id as string,
    name: item.name as string,
    calendar: item.calendar as WorkCalendar,
    version: item.version as number,
    updatedAt: item.updatedAt as string,
    updatedBy: item.updatedBy as string,
  };
}

/**
 * The SLA's configuration the manager edits without a deploy: service standards and calendars
 * (versioned documents, lib/platform/store/versioned-config.ts). Absent documents fall back to the
 * built-in defaults.
 */
import { GetCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { BUILT_IN_CALENDARS, type CalendarRecord } from '../domain/calendars.ts';
import { DEFAULT_SERVICE_STANDARDS, type ServiceStandardsConfig } from '../domain/service-standards.ts';
import type { WorkCalendar } from '../../calendar/index.ts';
import { reportConsumedCapacity } from '../../platform/store/client.ts';
import { CALENDAR_PREFIX, calendarHistoryKey, calendarKey, configAlertKey, configHistoryKey, configKey } from '../../platform/store/keys.ts';
import { getVersionedValue, versionedPut, type Versioned } from '../../platform/store/versioned-config.ts';
import type { TransactItem } from '../../platform/store/transact.ts';

export type { Versioned };

export interface ConfigAlert {
  problem: string;
  detail: string;
  firstSeenAt: string;
  lastSeenAt: string;
  occurrences: number;
}

const SERVICE_STANDARDS = 'service-standards';

export class ConfigRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async getServiceStandards(): Promise<Versioned<ServiceStandardsConfig>> {
    return getVersionedValue(this.db, this.tableName, configKey(SERVICE_STANDARDS), DEFAULT_SERVICE_STANDARDS);
  }

  async putServiceStandards(value: ServiceStandardsConfig, expectedVersion: number, by: string, at: Date): Promise<number> {
    await versionedPut(this.db, this.tableName, configKey(SERVICE_STANDARDS), configHistoryKey(SERVICE_STANDARDS, expectedVersion + 1), { value }, expectedVersion, by, at);
    return expectedVersion + 1;
  }

  /**
   * Records that stored configuration could not be used (intake fell back to the built-in defaults):
   * one item per problem, with when it was first and last met and how often.
   */
  async recordConfigAlert(problem: string, detail: string, at: Date): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: configAlertKey(problem),
        UpdateExpression: 'SET entity = :entity, problem = :problem, detail = :detail, lastSeenAt = :at, firstSeenAt = if_not_exists(firstSeenAt, :at) ADD occurrences :one',
        ExpressionAttributeValues: { ':entity': 'ConfigAlert', ':problem': problem, ':detail': detail, ':at': at.toISOString(), ':one': 1 },
      }),
    );
  }

  /** Configuration problems met at run time, most recent first (a handful at most: one per problem). */
  async configAlerts(): Promise<ConfigAlert[]> {
    const result = await this.db.send(
      new QueryCommand({ TableName: this.tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': configAlertKey('x').PK } }),
    );
    return (result.Items ?? [])
      .map((item) => ({ problem: item.problem as string, detail: item.detail as string, firstSeenAt: item.firstSeenAt as string, lastSeenAt: item.lastSeenAt as string, occurrences: item.occurrences as number }))
      .sort((a, b) => b.lastSeenAt.localeCompare(a.lastSeenAt));
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

  /** `announce` builds the outbox events of the change (recompute the open timers), written with it. */
  async putCalendar(input: { id: string; name: string; calendar: WorkCalendar }, expectedVersion: number, by: string, at: Date, announce: (version: number) => TransactItem[] = () => []): Promise<number> {
    await versionedPut(
      this.db,
      this.tableName,
      calendarKey(input.id),
      calendarHistoryKey(input.id, expectedVersion + 1),
      { id: input.id, name: input.name, calendar: input.calendar },
      expectedVersion,
      by,
      at,
      announce(expectedVersion + 1),
    );
    return expectedVersion + 1;
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

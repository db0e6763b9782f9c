/**
 * SLA timer items. A running timer carries keys in the sparse due-alarm index (GSI2) for its next
 * alarm; open timers (running or paused) are listed per calendar (GSI1) so a calendar change can
 * recompute them. Every write is conditional on the version it was read at.
 */
import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { TransactWriteItem } from '@aws-sdk/client-dynamodb';
import { generationOf, isOpenTimer, nextAlarm, type SlaTimer } from '../domain/sla-timer.ts';
import { queryAll, queryPages, withoutKeys } from '../../platform/store/query.ts';
import {
  STATUS_SHARDS,
  TIMER_PREFIX,
  alarmBucket,
  alarmIndexKeys,
  openTimerIndexKeys,
  settledTimerIndexKeys,
  settledTimerPartition,
  openTimerPartition,
  pausedTimerIndexKeys,
  pausedTimerPartition,
  slaOutcomeBucket,
  slaOutcomeIndexKeys,
  ticketKey,
  timerKey,
} from '../../platform/store/keys.ts';
import { TABLE_INDEXES } from '../../platform/store/table-definition.ts';
import { localDate, quarterOf } from '../../platform/local-date.ts';

/** A document-client TransactWriteItems entry (plain JS values). */
import type { TransactItem } from '../../platform/store/transact.ts';
export type { TransactItem };
export type { TransactWriteItem };

/** A timer's name in index sort keys: its kind, with the generation after the first (`on_site#2`). */
const timerRef = (timer: SlaTimer) => (generationOf(timer) > 1 ? `${timer.kind}#${generationOf(timer)}` : timer.kind);

/** Keys on the SLA board (GSI2) of a timer without an alarm: paused, or breached / exempt / cancelled (by day). */
function boardIndexKeys(timer: SlaTimer): Record<string, string> {
  const ref = timerRef(timer);
  if (timer.state === 'paused') {
    const pause = timer.pauses[timer.pauses.length - 1];
    return pausedTimerIndexKeys(pause?.from ?? timer.startedAt, timer.ticketId, ref);
  }
  if (timer.state === 'breached') return slaOutcomeIndexKeys('breached', timer.breachedAt ?? timer.stoppedAt ?? timer.dueAt, timer.ticketId, ref);
  if (timer.state === 'exempt') return slaOutcomeIndexKeys('exempt', timer.exemption?.recordedAt ?? timer.stoppedAt ?? timer.dueAt, timer.ticketId, ref);
  if (timer.state === 'cancelled') return slaOutcomeIndexKeys('cancelled', timer.cancellation?.at ?? timer.stoppedAt ?? timer.dueAt, timer.ticketId, ref);
  return {};
}

export function timerItem(timer: SlaTimer, now: Date): Record<string, unknown> {
  const alarm = nextAlarm(timer);
  const ref = timerRef(timer);
  return {
    ...timerKey(timer.ticketId, timer.kind, generationOf(timer)),
    entity: 'SlaTimer',
    ...timer,
    ...(alarm ? { nextAlarmAt: alarm.at, nextAlarmLevel: alarm.level, ...alarmIndexKeys(alarm.at, now.toISOString(), timer.ticketId, ref) } : boardIndexKeys(timer)),
    ...(isOpenTimer(timer) ? openTimerIndexKeys(timer.calendarId, timer.ticketId, ref) : settledTimerIndexKeys(quarterOf(localDate(new Date(timer.dueAt))), timer.dueAt, timer.ticketId, ref)),
  };
}

export function toTimer(item: Record<string, unknown>): SlaTimer {
  const { nextAlarmAt: _at, nextAlarmLevel: _level, ...timer } = withoutKeys<Record<string, unknown>>(item);
  return timer as unknown as SlaTimer;
}

/** Put of a new timer (fails if one of that kind exists for the ticket). */
export function newTimerPut(tableName: string, timer: SlaTimer, now: Date): TransactItem {
  return { Put: { TableName: tableName, Item: timerItem(timer, now), ConditionExpression: 'attribute_not_exists(PK)' } };
}

/** Put of a changed timer, conditional on the version it was read at. */
export function changedTimerPut(tableName: string, timer: SlaTimer, readVersion: number, now: Date): TransactItem {
  return {
    Put: {
      TableName: tableName,
      Item: timerItem({ ...timer, version: readVersion + 1 }, now),
      ConditionExpression: '#version = :read',
      ExpressionAttributeNames: { '#version': 'version' },
      ExpressionAttributeValues: { ':read': readVersion },
    },
  };
}

export class SlaRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async timersOf(ticketId: string): Promise<SlaTimer[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': ticketKey(ticketId).PK, ':prefix': TIMER_PREFIX },
      ConsistentRead: true,
    });
    return items.map(toTimer);
  }

  /** Timers whose next alarm is at or before `now` in one day bucket (only those: a key condition). */
  async dueAlarms(bucket: string, now: Date): Promise<{ timers: SlaTimer[]; readCapacity: number; itemsRead: number }> {
    const { items, capacityUnits } = await queryPages(this.db, {
      TableName: this.tableName,
      IndexName: TABLE_INDEXES.dueAlarms.name,
      KeyConditionExpression: 'GSI2PK = :bucket AND GSI2SK <= :until',
      ExpressionAttributeValues: { ':bucket': bucket, ':until': `${now.toISOString()}#\uffff` },
    });
    return { timers: items.map(toTimer), readCapacity: capacityUnits, itemsRead: items.length };
  }

  /** Every timer in one partition of the due-alarm / SLA-board index (GSI2), oldest key first. */
  private async boardPartition(partition: string): Promise<SlaTimer[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      IndexName: TABLE_INDEXES.dueAlarms.name,
      KeyConditionExpression: 'GSI2PK = :pk',
      ExpressionAttributeValues: { ':pk': partition },
    });
    return items.map(toTimer);
  }

  /** Running timers whose next alarm (warning or deadline) falls on one UTC day. */
  alarmsOn(day: string): Promise<SlaTimer[]> {
    return this.boardPartition(alarmBucket(`${day}T00:00:00.000Z`));
  }

  /** Every paused timer (the shards of the sparse paused list). */
  async pausedTimers(): Promise<SlaTimer[]> {
    const shards = await Promise.all(Array.from({ length: STATUS_SHARDS }, (_, shard) => this.boardPartition(pausedTimerPartition(shard))));
    return shards.flat();
  }

  /** Timers breached, or exempted, on one UTC day. */
  outcomesOn(outcome: 'breached' | 'exempt' | 'cancelled', day: string): Promise<SlaTimer[]> {
    return this.boardPartition(slaOutcomeBucket(outcome, `${day}T00:00:00.000Z`));
  }

  /** Every settled timer (all generations) whose deadline falls in a quarter: the quarter's SLA figures. */
  async settledInQuarter(quarter: string): Promise<SlaTimer[]> {
    const shards = await Promise.all(
      Array.from({ length: STATUS_SHARDS }, (_, shard) =>
        queryAll(this.db, {
          TableName: this.tableName,
          IndexName: TABLE_INDEXES.lists.name,
          KeyConditionExpression: 'GSI1PK = :pk',
          ExpressionAttributeValues: { ':pk': settledTimerPartition(quarter, shard) },
        }),
      ),
    );
    return shards.flat().map(toTimer);
  }

  /** One page of the open timers that count working time in `calendarId`, in one shard. */
  async openTimersPage(calendarId: string, shard: number, startKey?: Record<string, unknown>) {
    const page = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: TABLE_INDEXES.lists.name,
        KeyConditionExpression: 'GSI1PK = :pk',
        ExpressionAttributeValues: { ':pk': openTimerPartition(calendarId, shard) },
        ExclusiveStartKey: startKey,
        Limit: 100,
      }),
    );
    return {
      keys: (page.Items ?? []).map((item) => ({ ticketId: item.ticketId as string, kind: item.kind as string, generation: (item.generation as number | undefined) ?? 1 })),
      next: page.LastEvaluatedKey,
    };
  }

  readonly shards = STATUS_SHARDS;
}

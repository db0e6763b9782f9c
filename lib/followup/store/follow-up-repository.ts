/**
 * Follow-ups, investigations and the quarterly quality facts. A follow-up's next action sits in the
 * sparse due index (GSI2, FOLLOWUP#<day>) until done; an open call task and an open investigation
 * are listed through GSI1 (sharded). Writes are conditional on the version read.
 */
import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { queryAll, queryShards, withoutKeys } from '../../platform/store/query.ts';
import { quarterOf, type FollowUp, type Investigation } from '../domain/follow-up.ts';
import { localDate } from '../../platform/local-date.ts';
import {
  callTaskIndexKeys,
  callTaskPartition,
  followUpDueIndexKeys,
  followUpKey,
  investigationKey,
  openInvestigationIndexKeys,
  openInvestigationsPartition,
  qualityKey,
  type QualityFactKind,
} from '../../platform/store/keys.ts';
import { TABLE_INDEXES } from '../../platform/store/table-definition.ts';
import type { TransactItem } from '../../platform/store/transact.ts';


function versioned(tableName: string, item: Record<string, unknown>, readVersion: number | undefined): TransactItem {
  return {
    Put: {
      TableName: tableName,
      Item: item,
      ...(readVersion === undefined
        ? { ConditionExpression: 'attribute_not_exists(PK)' }
        : { ConditionExpression: '#version = :read', ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':read': readVersion } }),
    },
  };
}

export class FollowUpRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    readonly tableName: string,
  ) {}

  /** A new follow-up (readVersion undefined) or a change to one read at readVersion. */
  followUpPut(followUp: FollowUp, readVersion: number | undefined, now: Date): TransactItem {
    const next = { ...followUp, version: (readVersion ?? 0) + 1 };
    return versioned(
      this.tableName,
      {
        ...followUpKey(next.ticketId),
        entity: 'FollowUp',
        ...next,
        ...(next.nextActionAt ? followUpDueIndexKeys(next.nextActionAt, now.toISOString(), next.ticketId) : {}),
        ...(next.state === 'call_task' ? callTaskIndexKeys(next.ticketId, next.callTaskOpenedAt!) : {}),
      },
      readVersion,
    );
  }

  async get(ticketId: string): Promise<FollowUp | undefined> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: followUpKey(ticketId), ConsistentRead: true }));
    return result.Item ? withoutKeys<FollowUp>(result.Item) : undefined;
  }

  /** Follow-ups whose next action is due by `now` in one day bucket. */
  async dueActions(bucket: string, now: Date): Promise<FollowUp[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      IndexName: TABLE_INDEXES.dueAlarms.name,
      KeyConditionExpression: 'GSI2PK = :bucket AND GSI2SK <= :until',
      ExpressionAttributeValues: { ':bucket': bucket, ':until': `${now.toISOString()}#\uffff` },
    });
    return items.map((item) => withoutKeys<FollowUp>(item));
  }

  /** Customer service's call tasks, oldest first, across the shards. */
  async callTasks(limit: number): Promise<FollowUp[]> {
    const { items } = await queryShards(this.db, { tableName: this.tableName, indexName: TABLE_INDEXES.lists.name, partition: callTaskPartition, limit });
    return items.map((item) => withoutKeys<FollowUp>(item));
  }

  investigationPut(investigation: Investigation, readVersion: number | undefined): TransactItem {
    const next = { ...investigation, version: (readVersion ?? 0) + 1 };
    return versioned(
      this.tableName,
      {
        ...investigationKey(next.investigationId),
        entity: 'Investigation',
        ...next,
        ...(next.status !== 'closed' ? openInvestigationIndexKeys(next.investigationId, next.openedAt) : {}),
      },
      readVersion,
    );
  }

  async investigation(investigationId: string): Promise<Investigation | undefined> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: investigationKey(investigationId), ConsistentRead: true }));
    return result.Item ? withoutKeys<Investigation>(result.Item) : undefined;
  }

  async openInvestigations(): Promise<Investigation[]> {
    const { items } = await queryShards(this.db, { tableName: this.tableName, indexName: TABLE_INDEXES.lists.name, partition: openInvestigationsPartition });
    return items.map((item) => withoutKeys<Investigation>(item));
  }

  /** A quality fact of a quarter (repair, satisfaction, investigation), written or overwritten. */
  qualityFactPut(quarter: string, kind: QualityFactKind, id: string, fact: Record<string, unknown>): TransactItem {
    return { Put: { TableName: this.tableName, Item: { ...qualityKey(quarter, kind, id), entity: 'QualityFact', kind, ...fact } } };
  }

  /**
   * The investigation as a fact of the quarter it was opened in (counts, closing, and for a complaint
   * the person it is against and whether it was upheld): rewritten with every change of the investigation.
   */
  investigationFactPut(investigation: Investigation): TransactItem {
    const { investigationId, source, openedAt, dueDate, closedAt, againstStaffId, upheld, ticketId } = investigation;
    return this.qualityFactPut(quarterOf(localDate(new Date(openedAt))), 'INVESTIGATION', investigationId, {
      investigationId,
      ticketId,
      source,
      openedAt,
      dueDate,
      ...(closedAt ? { closedAt } : {}),
      ...(againstStaffId ? { againstStaffId } : {}),
      ...(upheld !== undefined ? { upheld } : {}),
    });
  }

  /** Marks a repair of `quarter` as failed again within the warranty (STD-4a numerator): a confirmed rework. */
  repairFailedAgainUpdate(quarter: string, repairTicketId: string, reworkTicketId: string, at: string): TransactItem {
    return {
      Update: {
        TableName: this.tableName,
        Key: qualityKey(quarter, 'REPAIR', repairTicketId),
        UpdateExpression:
          'SET failedAgainAt = if_not_exists(failedAgainAt, :at), reworkTicketId = if_not_exists(reworkTicketId, :rework), entity = :entity, kind = :kind REMOVE withdrawnAt, withdrawnBy, withdrawnReason',
        ExpressionAttributeValues: { ':at': at, ':rework': reworkTicketId, ':entity': 'QualityFact', ':kind': 'REPAIR' },
      },
    };
  }

  /** The manager overrode a confirmed rework: the mark stays, withdrawn, with who and why (the timeline keeps both). */
  repairFailureWithdrawnUpdate(quarter: string, repairTicketId: string, at: string, by: string, reason: string): TransactItem {
    return {
      Update: {
        TableName: this.tableName,
        Key: qualityKey(quarter, 'REPAIR', repairTicketId),
        UpdateExpression: 'SET withdrawnAt = :at, withdrawnBy = :by, withdrawnReason = :reason',
        ExpressionAttributeValues: { ':at': at, ':by': by, ':reason': reason },
      },
    };
  }

  async qualityFacts(quarter: string): Promise<Array<Record<string, unknown>>> {
    return queryAll(this.db, { TableName: this.tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': qualityKey(quarter, 'REPAIR', '').PK } });
  }
}

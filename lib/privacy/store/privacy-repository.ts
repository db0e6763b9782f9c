/**
 * Customers' rights requests (one item each, listed by the month they were made on GSI1) and the
 * retention markers of ended tickets (GSI2, by the day they ended).
 */
import { GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { isConditionFailure } from '../../platform/store/transact.ts';
import { queryAll, withoutKeys } from '../../platform/store/query.ts';
import { privacyRequestKey, privacyRequestMonthPartition, retentionKey } from '../../platform/store/keys.ts';
import { TABLE_INDEXES } from '../../platform/store/table-definition.ts';
import { localDate } from '../../platform/local-date.ts';
import { RightsRequestDoneError, type RightsRequest } from '../domain/rights.ts';

export class PrivacyRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async create(request: RightsRequest): Promise<void> {
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...privacyRequestKey(request.requestId),
          GSI1PK: privacyRequestMonthPartition(localDate(new Date(request.createdAt)).slice(0, 7)),
          GSI1SK: `${request.createdAt}#${request.requestId}`,
          entity: 'RightsRequest',
          ...request,
        },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
  }

  async get(requestId: string): Promise<RightsRequest | undefined> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: privacyRequestKey(requestId) }));
    return result.Item ? withoutKeys<RightsRequest>(result.Item) : undefined;
  }

  /** Marks the request done, once: a second attempt (a retry, a second manager) is refused. */
  async complete(requestId: string, outcome: NonNullable<RightsRequest['outcome']>): Promise<void> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: privacyRequestKey(requestId),
          UpdateExpression: 'SET #status = :done, outcome = :outcome',
          ConditionExpression: '#status = :open',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':done': 'done', ':open': 'open', ':outcome': outcome },
        }),
      );
    } catch (error) {
      if (isConditionFailure(error)) throw new RightsRequestDoneError(`Rights request ${requestId} is done`, { cause: error });
      throw error;
    }
  }

  async inMonth(month: string): Promise<RightsRequest[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      IndexName: TABLE_INDEXES.lists.name,
      KeyConditionExpression: 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': privacyRequestMonthPartition(month) },
      ScanIndexForward: false,
    });
    return items.map((item) => withoutKeys<RightsRequest>(item));
  }

  /** The tickets that ended on a day (`RETENTION#<day>` bucket): the retention job's work list. */
  async endedOn(bucket: string): Promise<Array<{ ticketId: string; endedAt: string }>> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      IndexName: TABLE_INDEXES.dueAlarms.name,
      KeyConditionExpression: 'GSI2PK = :pk',
      ExpressionAttributeValues: { ':pk': bucket },
    });
    return items.map((item) => ({ ticketId: String(item.ticketId), endedAt: String(item.endedAt) }));
  }

  /** The marker leaves its bucket once the ticket's contact data is erased. */
  async retentionDone(ticketId: string, at: Date): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: retentionKey(ticketId),
        UpdateExpression: 'REMOVE GSI2PK, GSI2SK SET erasedAt = :at',
        ExpressionAttributeValues: { ':at': at.toISOString() },
      }),
    );
  }
}

/** Staff records (one small partition); the identity provider holds passwords, this holds the person. */
import { GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { StaffMember } from '../domain/staff.ts';
import { STAFF_PREFIX, staffKey } from './keys.ts';

function toMember(item: Record<string, unknown>): StaffMember {
  const { PK: _pk, SK: _sk, entity: _entity, ...member } = item;
  return member as unknown as StaffMember;
}

export class StaffRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async put(member: StaffMember): Promise<void> {
    await this.db.send(new PutCommand({ TableName: this.tableName, Item: { ...staffKey(member.id), entity: 'Staff', ...member } }));
  }

  async get(id: string): Promise<StaffMember | undefined> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: staffKey(id) }));
    return result.Item ? toMember(result.Item) : undefined;
  }

  async list(): Promise<StaffMember[]> {
    const members: StaffMember[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
          ExpressionAttributeValues: { ':pk': staffKey('x').PK, ':prefix': STAFF_PREFIX },
          ExclusiveStartKey: startKey,
        }),
      );
      members.push(...(page.Items ?? []).map(toMember));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return members;
  }
}

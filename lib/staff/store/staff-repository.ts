/** Staff records (one small partition); the identity provider holds passwords, this holds the person. */
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { queryAll, withoutKeys } from '../../platform/store/query.ts';
import type { StaffMember } from '../domain/staff.ts';
import { STAFF_PREFIX, staffKey } from '../../platform/store/keys.ts';

const toMember = (item: Record<string, unknown>) => withoutKeys<StaffMember>(item);

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
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': staffKey('x').PK, ':prefix': STAFF_PREFIX },
    });
    return items.map(toMember);
  }
}

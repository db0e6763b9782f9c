/** Staff records (one item each); the identity provider holds passwords, this holds the person. */
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { StaffMember } from '../domain/staff.ts';
import { staffKey } from './keys.ts';

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
    if (!result.Item) return undefined;
    const { PK: _pk, SK: _sk, entity: _entity, ...member } = result.Item;
    return member as StaffMember;
  }
}

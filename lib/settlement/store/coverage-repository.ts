/** Warranty and maintenance-contract coverage of a device, one item beside the device's repair record. */
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { withoutKeys } from '../../platform/store/query.ts';
import type { DeviceCoverage } from '../domain/coverage.ts';
import { deviceCoverageKey } from '../../platform/store/keys.ts';

export class CoverageRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(system: string, serial: string): Promise<DeviceCoverage | undefined> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: deviceCoverageKey(system, serial) }));
    if (!result.Item) return undefined;
    return withoutKeys<DeviceCoverage>(result.Item);
  }

  async put(coverage: DeviceCoverage): Promise<void> {
    await this.db.send(new PutCommand({ TableName: this.tableName, Item: { ...deviceCoverageKey(coverage.system, coverage.serial), entity: 'DeviceCoverage', ...coverage } }));
  }
}

/** The fee schedule and settlement settings (FLOW-5), versioned like every configuration document. */
import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { configHistoryKey, configKey } from '../../platform/store/keys.ts';
import { getVersionedValue, versionedPut, type Versioned } from '../../platform/store/versioned-config.ts';
import { DEFAULT_FEE_SCHEDULE, type FeeSchedule } from '../domain/fees.ts';

const FEE_SCHEDULE = 'fee-schedule';

export class FeeScheduleRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** The current schedule; version 0 is the built-in default. */
  async getFeeSchedule(): Promise<Versioned<FeeSchedule>> {
    return getVersionedValue(this.db, this.tableName, configKey(FEE_SCHEDULE), DEFAULT_FEE_SCHEDULE);
  }

  /** The fee schedule as it was at `version` (a statement revision recomputes with the version it used). */
  async getFeeScheduleAt(version: number): Promise<FeeSchedule> {
    if (version === 0) return DEFAULT_FEE_SCHEDULE;
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: configHistoryKey(FEE_SCHEDULE, version) }));
    if (!result.Item) throw new Error(`Fee schedule version ${version} not found`);
    return { ...DEFAULT_FEE_SCHEDULE, ...(result.Item.value as FeeSchedule) };
  }

  async putFeeSchedule(value: FeeSchedule, expectedVersion: number, by: string, at: Date): Promise<number> {
    await versionedPut(this.db, this.tableName, configKey(FEE_SCHEDULE), configHistoryKey(FEE_SCHEDULE, expectedVersion + 1), { value }, expectedVersion, by, at);
    return expectedVersion + 1;
  }
}

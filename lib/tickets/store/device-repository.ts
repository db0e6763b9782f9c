/**
 * Devices at customer sites, by serial or, without one, by site + system + location
 * (keys.ts deviceIdentityKey): when each was last repaired, on which ticket and by whom (STD-4b).
 */
import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { withoutKeys } from '../../platform/store/query.ts';
import type { Device } from '../domain/ticket.ts';
import { deviceIdentityKey } from '../../platform/store/keys.ts';
import type { TransactItem } from '../../platform/store/transact.ts';
import { dataKeys } from '../../platform/privacy/field-crypto.ts';
import { ensureKeysFor } from '../../platform/privacy/data-keys.ts';

const SITE_ADDRESS = 'device.siteAddress';

export interface DeviceRecord extends Device {
  siteAddress: string;
  lastRepairedAt: string;
  lastRepairTicketId: string;
  lastRepairTicketNumber: string;
  lastRepairTechnicianId?: string;
  /** Quarter (Asia/Shanghai) of the last repair: where its quality fact lives. */
  lastRepairQuarter?: string;
  repairs: number;
}

export class DeviceRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    readonly tableName: string,
  ) {}

  async find(device: Pick<Device, 'system' | 'serial' | 'location'>, siteAddress: string): Promise<DeviceRecord | undefined> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: deviceIdentityKey(device, siteAddress) }));
    if (!result.Item) return undefined;
    await ensureKeysFor(result.Item);
    const record = withoutKeys<DeviceRecord>(result.Item);
    return { ...record, siteAddress: dataKeys.open(record.siteAddress, SITE_ADDRESS) };
  }

  /** Records a completed repair of the device (created on its first repair). */
  repairedItem(device: Omit<DeviceRecord, 'repairs'>): TransactItem {
    return {
      Update: {
        TableName: this.tableName,
        Key: deviceIdentityKey(device, device.siteAddress),
        UpdateExpression:
          'SET entity = :entity, #system = :system, serial = :serial, model = :model, #location = :location, siteAddress = :site, lastRepairedAt = :at, lastRepairTicketId = :ticket, lastRepairTicketNumber = :number, lastRepairTechnicianId = :technician, lastRepairQuarter = :quarter ADD repairs :one',
        ExpressionAttributeNames: { '#system': 'system', '#location': 'location' },
        ExpressionAttributeValues: {
          ':entity': 'Device',
          ':system': device.system,
          ':serial': device.serial ?? null,
          ':model': device.model ?? null,
          ':location': device.location ?? null,
          ':site': dataKeys.seal(device.siteAddress, SITE_ADDRESS), // the key is a hash of it; the record keeps it sealed
          ':at': device.lastRepairedAt,
          ':ticket': device.lastRepairTicketId,
          ':number': device.lastRepairTicketNumber,
          ':technician': device.lastRepairTechnicianId ?? null,
          ':quarter': device.lastRepairQuarter ?? null,
          ':one': 1,
        },
      },
    };
  }
}

/** Devices at customer sites, by system and serial: when each was last repaired, on which ticket (STD-4b). */
import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { withoutKeys } from '../../platform/store/query.ts';
import type { Device } from '../domain/ticket.ts';
import { deviceKey } from '../../platform/store/keys.ts';
import type { TransactItem } from '../../platform/store/transact.ts';

export interface DeviceRecord extends Device {
  serial: string;
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

  async find(system: string, serial: string): Promise<DeviceRecord | undefined> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: deviceKey(system, serial) }));
    if (!result.Item) return undefined;
    return withoutKeys<DeviceRecord>(result.Item);
  }

  /** Records a completed repair of the device (created on its first repair). */
  repairedItem(device: Omit<DeviceRecord, 'repairs'>): TransactItem {
    return {
      Update: {
        TableName: this.tableName,
        Key: deviceKey(device.system, device.serial),
        UpdateExpression:
          'SET entity = :entity, #system = :system, serial = :serial, model = :model, #location = :location, siteAddress = :site, lastRepairedAt = :at, lastRepairTicketId = :ticket, lastRepairTicketNumber = :number, lastRepairTechnicianId = :technician, lastRepairQuarter = :quarter ADD repairs :one',
        ExpressionAttributeNames: { '#system': 'system', '#location': 'location' },
        ExpressionAttributeValues: {
          ':entity': 'Device',
          ':system': device.system,
          ':serial': device.serial,
          ':model': device.model ?? null,
          ':location': device.location ?? null,
          ':site': device.siteAddress,
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

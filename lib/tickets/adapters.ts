/** The tickets context's repositories, for a handler's composition (lib/composition.ts). */
import { createHash } from 'node:crypto';
import type { StoreAccess } from '../platform/store/client.ts';
import { AccessLogRepository } from './store/access-log-repository.ts';
import { PrivacySettingsRepository } from './store/privacy-settings-repository.ts';
import { DeviceRepository } from './store/device-repository.ts';
import { TicketRepository } from './store/ticket-repository.ts';
import type { Customer } from './domain/ticket.ts';

const customerRef = (customer: Pick<Customer, 'phone'>) => createHash('sha256').update(`phone:${customer.phone}`).digest('base64url').slice(0, 32);

export const ticketsAdapters = ({ db, tableName }: StoreAccess) => ({
  tickets: new TicketRepository(db, tableName),
  devices: new DeviceRepository(db, tableName),
  accessLog: new AccessLogRepository(db, tableName),
  privacySettings: new PrivacySettingsRepository(db, tableName),
  customerRef,
});

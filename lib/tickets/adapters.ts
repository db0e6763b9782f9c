/** The tickets context's repositories, for a handler's composition (lib/composition.ts). */
import type { StoreAccess } from '../platform/store/client.ts';
import { AccessLogRepository } from './store/access-log-repository.ts';
import { PrivacySettingsRepository } from './store/privacy-settings-repository.ts';
import { DeviceRepository } from './store/device-repository.ts';
import { TicketRepository } from './store/ticket-repository.ts';
import type { Customer } from './domain/ticket.ts';
import { customerIndexes } from './store/customer-data.ts';

/** A customer's reference in the access log: the blind index of their phone (the customer index's own key), never the number. */
const customerRef = (customer: Pick<Customer, 'phone'>) => customerIndexes({ phone: customer.phone })[0] ?? 'no-phone';

export const ticketsAdapters = ({ db, tableName }: StoreAccess) => ({
  tickets: new TicketRepository(db, tableName),
  devices: new DeviceRepository(db, tableName),
  accessLog: new AccessLogRepository(db, tableName),
  privacySettings: new PrivacySettingsRepository(db, tableName),
  customerRef,
});

/** The ticket store alone, for a function that reads no device, access log or privacy setting. */
export const ticketStoreAdapters = ({ db, tableName }: StoreAccess) => ({ tickets: new TicketRepository(db, tableName) });

/** The tickets context's repositories, for a handler's composition (lib/composition.ts). */
import type { StoreAccess } from '../platform/store/client.ts';
import { DeviceRepository } from './store/device-repository.ts';
import { TicketRepository } from './store/ticket-repository.ts';

export const ticketsAdapters = ({ db, tableName }: StoreAccess) => ({ tickets: new TicketRepository(db, tableName), devices: new DeviceRepository(db, tableName) });

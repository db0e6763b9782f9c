/** The staff context's repositories, for a handler's composition (lib/composition.ts). */
import type { StoreAccess } from '../platform/store/client.ts';
import { StaffRepository } from './store/staff-repository.ts';

export const staffAdapters = ({ db, tableName }: StoreAccess) => ({ staff: new StaffRepository(db, tableName) });

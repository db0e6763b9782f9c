/** The staff context's repositories, for a handler's composition (lib/composition.ts). */
import { cachedStaffStatus } from '../platform/auth/staff-user.ts';
import type { StoreAccess } from '../platform/store/client.ts';
import { StaffRepository } from './store/staff-repository.ts';

/** How long a container trusts a staff record it read for authorization: the most an off-boarding waits. */
export const STAFF_STATUS_CACHE_MS = 60_000;

export const staffAdapters = ({ db, tableName, now }: StoreAccess & { now: () => Date }) => {
  const staff = new StaffRepository(db, tableName);
  return {
    staff,
    /** What every staff API call checks (createApiHandler): the record's `active` and roles, cached per container. */
    staffStatus: cachedStaffStatus(
      async (id) => {
        const member = await staff.get(id);
        return member ? { active: member.active, roles: member.roles } : undefined;
      },
      now,
      STAFF_STATUS_CACHE_MS,
    ),
  };
};


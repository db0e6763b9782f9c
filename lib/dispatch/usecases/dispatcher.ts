/** Dispatch is the manager's or a repair-service lead's (a technician whose record says lead). */
import { isAllowed, type StaffUser } from '../../platform/auth/staff-user.ts';
import { ForbiddenError } from '../../platform/errors.ts';
import type { Dependencies } from '../../dependencies.ts';

export async function requireDispatcher(deps: Pick<Dependencies, 'staff'>, user: StaffUser): Promise<void> {
  if (user.roles.includes('manager')) return;
  const member = user.roles.includes('technician') ? await deps.staff.get(user.id) : undefined;
  if (!isAllowed(user, ['technician'], () => member?.technician?.lead === true)) {
    throw new ForbiddenError(`${user.id} is not a repair-service lead`);
  }
}

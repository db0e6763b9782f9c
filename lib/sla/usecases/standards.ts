/**
 * The manager saves the service standards. Beyond the schema, every reference must name something
 * that exists (the business calendar), so a saved document can always be used: staff configuration
 * must never stop a customer's report (intake still falls back to the defaults if it ever does).
 */
import type { StaffUser } from '../../platform/auth/staff-user.ts';
import { ConcurrentUpdateError, ValidationError } from '../../platform/errors.ts';
import type { ServiceStandardsConfig } from '../domain/service-standards.ts';
import type { Dependencies } from '../../dependencies.ts';

export async function saveServiceStandards(
  deps: Pick<Dependencies, 'settings' | 'now'>,
  input: { expectedVersion: number; config: ServiceStandardsConfig },
  user: StaffUser,
): Promise<number> {
  const current = await deps.settings.getServiceStandards();
  if (current.version !== input.expectedVersion) throw new ConcurrentUpdateError(`Service standards are at version ${current.version}`);
  if (!(await deps.settings.getCalendar(input.config.businessCalendarId))) {
    throw new ValidationError([{ path: 'config.businessCalendarId', key: 'unknown_calendar', params: { id: input.config.businessCalendarId } }]);
  }
  return deps.settings.putServiceStandards(input.config, input.expectedVersion, user.id, deps.now());
}

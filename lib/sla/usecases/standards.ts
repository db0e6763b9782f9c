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
  // Both reads in one round trip; a stale version still answers 409 before an unknown calendar's 400.
  const [current, businessCalendar] = await Promise.all([deps.settings.getServiceStandards(), deps.settings.getCalendar(input.config.businessCalendarId)]);
  if (current.version !== input.expectedVersion) throw new ConcurrentUpdateError(`Service standards are at version ${current.version}`);
  if (!businessCalendar) {
    throw new ValidationError([{ path: 'config.businessCalendarId', key: 'unknown_calendar', params: { id: input.config.businessCalendarId } }]);
  }
  return deps.settings.putServiceStandards(input.config, input.expectedVersion, user.id, deps.now());
}

/**
 * The manager saves a staff record (ORG-1, CONF-2). The sign-in follows it: deactivation disables
 * the user and signs them out everywhere, reactivation enables them, the groups become the record's
 * roles. The identity provider is told first and the record written after: if that fails, nothing
 * changed and the manager's retry repeats the same (repeatable) calls; once the record is written,
 * every staff API refuses or re-roles the person within the authorization cache window.
 */
import type { StaffMember } from '../domain/staff.ts';
import { identityChanges, type IdentityDirectory } from '../domain/identity.ts';
import type { StaffRepository } from '../store/staff-repository.ts';

export async function saveMember(deps: { staff: StaffRepository; identities: IdentityDirectory }, member: StaffMember): Promise<StaffMember> {
  const before = await deps.staff.get(member.id);
  await deps.identities.apply(member.id, identityChanges(before, member));
  await deps.staff.put(member);
  return member;
}

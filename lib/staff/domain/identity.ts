/**
 * What the sign-in (the identity provider) must be told when a staff record changes: the record is the
 * source of truth for whether someone may sign in and with which roles (CONF-2: access revoked on
 * leaving). Pure: the adapters (Cognito in AWS, the local issuer locally) carry the changes out.
 */
import type { StaffRole } from '../../wiring.ts';
import type { StaffMember } from './staff.ts';

export interface IdentityChanges {
  /** Deactivated: disabled and signed out everywhere (refresh tokens revoked). */
  disable: boolean;
  /** Reactivated. */
  enable: boolean;
  addGroups: StaffRole[];
  removeGroups: StaffRole[];
}

/** The port a staff-record change goes through; every call may be repeated with the same effect. */
export interface IdentityDirectory {
  apply(staffId: string, changes: IdentityChanges): Promise<void>;
}

/** From the record as it was (none: a new member) to the record as it will be. */
export function identityChanges(before: Pick<StaffMember, 'active' | 'roles'> | undefined, after: Pick<StaffMember, 'active' | 'roles'>): IdentityChanges {
  const had = new Set(before?.roles ?? []);
  const has = new Set(after.roles);
  return {
    disable: !after.active && (before === undefined || before.active),
    enable: after.active && before !== undefined && !before.active,
    addGroups: [...has].filter((role) => !had.has(role)),
    removeGroups: [...had].filter((role) => !has.has(role)),
  };
}

export const hasIdentityChanges = (changes: IdentityChanges) =>
  changes.disable || changes.enable || changes.addGroups.length > 0 || changes.removeGroups.length > 0;

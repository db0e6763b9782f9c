/**
 * The signed-in staff member, read from the JWT claims API Gateway's authorizer verified (Cognito in
 * AWS, the local issuer locally). Roles are the Cognito groups.
 */
import type { StaffRole } from '../../wiring.ts';
import { STAFF_ROLES } from '../../wiring.ts';

export interface StaffUser {
  id: string;
  name?: string;
  email?: string;
  roles: StaffRole[];
}

export const GROUPS_CLAIM = 'cognito:groups';

/** HTTP API passes array claims as `[a b]` strings; accept both that and real arrays. */
function parseGroups(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value !== 'string') return [];
  return value
    .replace(/^\[|\]$/g, '')
    .split(/[\s,]+/)
    .filter(Boolean);
}

export function staffUserFromClaims(claims: Record<string, unknown> | undefined): StaffUser | undefined {
  const id = claims?.sub;
  if (typeof id !== 'string' || id === '') return undefined;
  const roles = parseGroups(claims?.[GROUPS_CLAIM]).filter((group): group is StaffRole =>
    (STAFF_ROLES as readonly string[]).includes(group),
  );
  return {
    id,
    roles,
    ...(typeof claims?.name === 'string' ? { name: claims.name } : {}),
    ...(typeof claims?.email === 'string' ? { email: claims.email } : {}),
  };
}

/**
 * Role check that also sees the resource: `owns` lets a rule say "a technician, but only for their
 * own job". Managers pass every role check.
 */
export function isAllowed(user: StaffUser, roles: readonly StaffRole[], owns?: (user: StaffUser) => boolean): boolean {
  if (user.roles.includes('manager')) return true;
  if (!user.roles.some((role) => roles.includes(role))) return false;
  return owns ? owns(user) : true;
}

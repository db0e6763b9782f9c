/**
 * The signed-in staff member, read from the JWT claims API Gateway's authorizer verified (Cognito in
 * AWS, the local issuer locally). The token's groups are only a hint: the API authorizes with the
 * roles of the staff record (`StaffStatusLookup`, checked on every staff call).
 */
import type { StaffRole } from '../../wiring.ts';
import { STAFF_ROLES } from '../../wiring.ts';

export interface StaffUser {
  id: string;
  name?: string;
  email?: string;
  roles: StaffRole[];
  /** When the token was issued (seconds since the epoch, `iat`), when the token says. */
  issuedAt?: number;
}

/** What the authorization reads of a staff record on every staff call. */
export interface StaffStatus {
  active: boolean;
  roles: StaffRole[];
}

/**
 * Reads the caller's staff record; `undefined` when there is none. `issuedAt` is the token's: a
 * cached answer read before the token was issued is not used (a fresh sign-in sees the record as it is).
 */
export type StaffStatusLookup = (staffId: string, issuedAt?: number) => Promise<StaffStatus | undefined>;

export const GROUPS_CLAIM = 'cognito:groups';

const isStaffRole = (group: unknown): group is StaffRole => typeof group === 'string' && (STAFF_ROLES as readonly string[]).includes(group);

/**
 * The known roles among the groups claim: a real array of strings, or HTTP API's `[a b]` rendering of
 * one (split on spaces only: group names cannot hold spaces, but they can hold commas, and a group
 * named `finance,manager` must grant nothing). Anything that is not exactly a role name is ignored.
 */
export function parseGroups(value: unknown): StaffRole[] {
  const groups = Array.isArray(value) ? value : typeof value === 'string' ? value.replace(/^\[(.*)\]$/s, '$1').split(' ') : [];
  return [...new Set(groups.filter(isStaffRole))];
}

export function staffUserFromClaims(claims: Record<string, unknown> | undefined): StaffUser | undefined {
  const id = claims?.sub;
  if (typeof id !== 'string' || id === '') return undefined;
  const issuedAt = Number(claims?.iat);
  return {
    id,
    roles: parseGroups(claims?.[GROUPS_CLAIM]),
    ...(Number.isFinite(issuedAt) && issuedAt > 0 ? { issuedAt } : {}),
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

/**
 * A per-container cache in front of `read`: an answer is reused for at most `maxAgeMs` on `now`
 * (the system clock), and never for a token issued after it was read. A deactivation or a change of
 * roles therefore reaches every container within that window without a read per request.
 */
export function cachedStaffStatus(read: (staffId: string) => Promise<StaffStatus | undefined>, now: () => Date, maxAgeMs = 60_000): StaffStatusLookup {
  const cache = new Map<string, { status: StaffStatus | undefined; readAt: number }>();
  return async (staffId, issuedAt) => {
    const at = now().getTime();
    const cached = cache.get(staffId);
    // `iat` has whole seconds: an answer read in the second the token was issued may predate it.
    const readAfterToken = issuedAt === undefined || (cached !== undefined && cached.readAt >= (issuedAt + 1) * 1000);
    if (cached && at - cached.readAt < maxAgeMs && at >= cached.readAt && readAfterToken) return cached.status;
    const status = await read(staffId);
    cache.set(staffId, { status, readAt: at });
    return status;
  };
}

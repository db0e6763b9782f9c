/**
 * Who a staff token stands for (CONF-2): only exact role names count among the groups, the staff
 * record decides (cached at most a minute per container, never across a newer sign-in), the sign-in
 * follows the record, and the directory and stock are need-to-know.
 */
import { describe, expect, it } from 'vitest';
import { cachedStaffStatus, parseGroups, staffUserFromClaims, type StaffStatus } from '../../lib/platform/auth/staff-user.ts';
import { directoryEntry, identityChanges, mayViewStockAt, type StaffMember } from '../../lib/staff/index.ts';

describe('the groups claim', () => {
  it('grants nothing for a group whose name only contains role names', () => {
    expect(parseGroups(['finance,manager'])).toEqual([]);
    expect(parseGroups('[finance,manager]')).toEqual([]);
    expect(staffUserFromClaims({ sub: 'u1', 'cognito:groups': '[finance,manager]' })?.roles).toEqual([]);
    expect(staffUserFromClaims({ sub: 'u1', 'cognito:groups': ['finance,manager'] })?.roles).toEqual([]);
  });

  it('takes a real array or the HTTP API `[a b]` form, exact names only', () => {
    expect(parseGroups(['technician', 'Manager', ' manager', 42, 'finance'])).toEqual(['technician', 'finance']);
    expect(parseGroups('[customer_service finance admins]')).toEqual(['customer_service', 'finance']);
    expect(parseGroups('technician')).toEqual(['technician']);
    expect(parseGroups('[manager\tfinance]')).toEqual([]);
    expect(parseGroups(undefined)).toEqual([]);
    expect(parseGroups({ 0: 'manager' })).toEqual([]);
  });

  it('keeps the token issue time for the record cache', () => {
    expect(staffUserFromClaims({ sub: 'u1', iat: 1_800_000_000 })?.issuedAt).toBe(1_800_000_000);
    expect(staffUserFromClaims({ sub: 'u1', iat: '1800000000' })?.issuedAt).toBe(1_800_000_000);
    expect(staffUserFromClaims({ sub: 'u1' })?.issuedAt).toBeUndefined();
  });
});

describe('the staff record cache', () => {
  const start = Date.parse('2026-11-10T02:00:00Z');
  function setup() {
    let at = start;
    let record: StaffStatus | undefined = { active: true, roles: ['technician'] };
    let reads = 0;
    const lookup = cachedStaffStatus(async () => (reads++, record), () => new Date(at), 60_000);
    return { lookup, reads: () => reads, move: (ms: number) => (at += ms), set: (next: StaffStatus | undefined) => (record = next) };
  }
  const tokenIssuedAt = Math.floor(start / 1000) - 10;

  it('reads once per minute per member, then sees a deactivation', async () => {
    const t = setup();
    expect(await t.lookup('u1', tokenIssuedAt)).toEqual({ active: true, roles: ['technician'] });
    t.set({ active: false, roles: ['technician'] });
    t.move(59_000);
    expect((await t.lookup('u1', tokenIssuedAt))?.active).toBe(true);
    expect(t.reads()).toBe(1);
    t.move(1_000);
    expect((await t.lookup('u1', tokenIssuedAt))?.active).toBe(false);
    expect(t.reads()).toBe(2);
  });

  it('reads again for a token issued after the cached answer, and when the clock went back', async () => {
    const t = setup();
    await t.lookup('u1', tokenIssuedAt);
    t.set({ active: true, roles: ['tech_support'] });
    t.move(5_000);
    expect((await t.lookup('u1', Math.floor((start + 5_000) / 1000)))?.roles).toEqual(['tech_support']);
    expect(t.reads()).toBe(2);
    t.move(-30_000);
    await t.lookup('u1', tokenIssuedAt);
    expect(t.reads()).toBe(3);
  });

  it('caches a missing record like any other answer, per member', async () => {
    const t = setup();
    t.set(undefined);
    expect(await t.lookup('gone', tokenIssuedAt)).toBeUndefined();
    expect(await t.lookup('gone', tokenIssuedAt)).toBeUndefined();
    await t.lookup('other', tokenIssuedAt);
    expect(t.reads()).toBe(2);
  });
});

describe('the sign-in follows the staff record', () => {
  const member = (active: boolean, roles: StaffMember['roles']) => ({ active, roles });

  it('disables a deactivated member once, enables a reactivated one', () => {
    expect(identityChanges(member(true, ['technician']), member(false, ['technician']))).toEqual({ disable: true, enable: false, addGroups: [], removeGroups: [] });
    expect(identityChanges(member(false, ['technician']), member(false, ['technician']))).toEqual({ disable: false, enable: false, addGroups: [], removeGroups: [] });
    expect(identityChanges(member(false, ['technician']), member(true, ['technician']))).toEqual({ disable: false, enable: true, addGroups: [], removeGroups: [] });
  });

  it('moves the groups to the roles; a new member gets all of theirs', () => {
    expect(identityChanges(member(true, ['technician', 'tech_support']), member(true, ['tech_support', 'manager']))).toEqual({ disable: false, enable: false, addGroups: ['manager'], removeGroups: ['technician'] });
    expect(identityChanges(undefined, member(true, ['finance']))).toEqual({ disable: false, enable: false, addGroups: ['finance'], removeGroups: [] });
    expect(identityChanges(undefined, member(false, ['finance'])).disable).toBe(true);
  });
});

describe('need-to-know', () => {
  const chen: StaffMember = {
    id: 'staff-tech-chen',
    name: '陈师傅',
    email: 'chen@elv-demo.cn',
    phone: '13800000000',
    roles: ['technician'],
    active: true,
    technician: { skills: ['cctv'], skillLevel: 'senior', stockLocation: 'van-staff-tech-chen', lead: false },
  };

  it('shows contact details in the directory to the manager only', () => {
    expect(directoryEntry(chen, ['manager'])).toEqual(chen);
    for (const roles of [['technician'], ['customer_service'], ['tech_support'], ['finance']] as const) {
      const entry = directoryEntry(chen, roles);
      expect(entry).not.toHaveProperty('email');
      expect(entry).not.toHaveProperty('phone');
      expect(entry).toMatchObject({ id: chen.id, name: chen.name, roles: chen.roles, technician: chen.technician });
    }
  });

  it('shows a technician their own van only; the store and the manager every location', () => {
    expect(mayViewStockAt({ id: 'staff-tech-chen', roles: ['technician'] }, 'van-staff-tech-chen')).toBe(true);
    expect(mayViewStockAt({ id: 'staff-tech-chen', roles: ['technician'] }, 'van-staff-tech-liu')).toBe(false);
    expect(mayViewStockAt({ id: 'staff-tech-chen', roles: ['technician'] }, 'warehouse')).toBe(false);
    expect(mayViewStockAt({ id: 'staff-ts-zhao', roles: ['tech_support'] }, 'van-staff-tech-liu')).toBe(true);
    expect(mayViewStockAt({ id: 'staff-manager-wang', roles: ['manager'] }, 'warehouse')).toBe(true);
    expect(mayViewStockAt({ id: 'staff-cs-li', roles: ['customer_service'] }, 'warehouse')).toBe(false);
  });
});

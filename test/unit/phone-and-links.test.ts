import { describe, expect, it } from 'vitest';
import { checkLinkToken, signLinkToken } from '../../lib/platform/auth/signed-link.ts';
import { staffUserFromClaims, isAllowed } from '../../lib/platform/auth/staff-user.ts';
import { normalisePhone } from '../../lib/tickets/domain/phone.ts';

describe('phone normalisation', () => {
  it.each([
    ['13812345678', '+8613812345678'],
    ['138 1234 5678', '+8613812345678'],
    ['138-1234-5678', '+8613812345678'],
    ['+86 138 1234 5678', '+8613812345678'],
    ['008613812345678', '+8613812345678'],
    ['8613812345678', '+8613812345678'],
    ['+44 20 7946 0958', '+442079460958'],
    ['+862161234567', '+862161234567'],
  ])('%s -> %s', (raw, expected) => expect(normalisePhone(raw)).toBe(expected));

  it.each(['12812345678', '1381234567', 'abc', '', '+0123456789', '021-61234567'])('refuses %s', (raw) =>
    expect(normalisePhone(raw)).toBeUndefined(),
  );
});

describe('signed links', () => {
  const secret = 'x'.repeat(40);
  const now = new Date('2026-11-27T00:00:00Z');

  it('accepts its own token and refuses another subject, purpose or secret', () => {
    const token = signLinkToken(secret, 'status', 'ticket-1');
    expect(checkLinkToken([secret], 'status', 'ticket-1', token, now)).toBe('valid');
    expect(checkLinkToken([secret], 'status', 'ticket-2', token, now)).toBe('invalid');
    expect(checkLinkToken([secret], 'survey', 'ticket-1', token, now)).toBe('invalid');
    expect(checkLinkToken(['y'.repeat(40)], 'status', 'ticket-1', token, now)).toBe('invalid');
    expect(checkLinkToken([secret], 'status', 'ticket-1', undefined, now)).toBe('invalid');
    expect(checkLinkToken([secret], 'status', 'ticket-1', `${token.slice(0, -1)}A`, now)).toBe('invalid');
  });

  it('expires a token with an expiry, and a changed expiry breaks the signature', () => {
    const token = signLinkToken(secret, 'survey', 'ticket-1', new Date('2026-11-28T00:00:00Z'));
    expect(checkLinkToken([secret], 'survey', 'ticket-1', token, now)).toBe('valid');
    expect(checkLinkToken([secret], 'survey', 'ticket-1', token, new Date('2026-11-29T00:00:00Z'))).toBe('expired');
    const [, signature] = token.split('.');
    expect(checkLinkToken([secret], 'survey', 'ticket-1', `9999999999.${signature}`, now)).toBe('invalid');
  });
});

describe('staff claims', () => {
  it('reads groups from API Gateway string form and from arrays, ignoring unknown groups', () => {
    expect(staffUserFromClaims({ sub: 'u1', 'cognito:groups': '[customer_service finance admins]' })?.roles).toEqual(['customer_service', 'finance']);
    expect(staffUserFromClaims({ sub: 'u1', 'cognito:groups': ['technician'] })?.roles).toEqual(['technician']);
    expect(staffUserFromClaims({ 'cognito:groups': ['technician'] })).toBeUndefined();
  });

  it('lets a resource rule narrow a role, and managers through', () => {
    const technician = { id: 't1', roles: ['technician' as const] };
    const ownJob = (user: { id: string }) => user.id === 't1';
    const othersJob = (user: { id: string }) => user.id === 't2';
    expect(isAllowed(technician, ['technician'], ownJob)).toBe(true);
    expect(isAllowed(technician, ['technician'], othersJob)).toBe(false);
    expect(isAllowed(technician, ['customer_service'])).toBe(false);
    expect(isAllowed({ id: 'm', roles: ['manager'] }, ['customer_service'])).toBe(true);
  });
});

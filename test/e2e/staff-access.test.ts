/**
 * Off-boarding and need-to-know through the local stack (CONF-2). Every staff call checks the staff
 * record, cached at most a minute per container: after the manager deactivates someone, their token
 * answers 401 once the local clock has moved past the window (forward only: other files' timers are
 * unaffected), the local issuer refuses them a new token, reactivation lets them back in, and a
 * change of roles changes what an existing token may do. Technicians see their own van's stock only,
 * the staff directory shows contact details to the manager only, and only repair leads and the
 * manager see dispatch candidates.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { api, faultReport, onSiteAssessment, serverNow, setServerClock, staffToken } from '../support/local.ts';

const unique = Date.now().toString(36);
const PERSON = `tech-leaver-${unique}`;
const CACHE_WINDOW_MS = 60_000;

let manager: string, support: string, cs: string;

const profile = (overrides: Record<string, unknown> = {}) => ({
  name: `离职测试${unique}`,
  email: `${PERSON}@elv-demo.cn`,
  phone: '13900001111',
  roles: ['technician'],
  active: true,
  technician: { skills: ['cctv'], skillLevel: 'junior', stockLocation: `van-${PERSON}`, lead: false },
  ...overrides,
});

async function saveMember(overrides: Record<string, unknown> = {}) {
  const saved = await api('PUT', `/v1/staff/members/${PERSON}`, { token: manager, body: profile(overrides) });
  expect(saved.status).toBe(200);
}

const signIn = (staffId: string) => api<{ token?: string; staff: { roles: string[] } }>('POST', '/__local/token', { body: { staffId } });

/** Past every container's cached record: the local clock only ever moves forward here. */
async function pastTheCacheWindow() {
  await setServerClock(new Date((await serverNow()).getTime() + CACHE_WINDOW_MS + 1_000));
}

/** A technician's own day of visits (technicians only). */
const ownJobs = (token: string, headers: Record<string, string> = {}) => api('GET', '/v1/staff/jobs?date=2026-11-20', { token, headers });

beforeAll(async () => {
  [manager, support, cs] = await Promise.all([staffToken('manager'), staffToken('tech_support'), staffToken('customer_service')]);
  await saveMember();
});

describe('off-boarding (CONF-2: access revoked on leaving)', () => {
  it('a deactivated member is refused within the cache window, gets no new token, and is let back in on reactivation', async () => {
    const { token } = (await signIn(PERSON)).body;
    expect((await ownJobs(token!)).status).toBe(200);

    await saveMember({ active: false });
    // Within the window a container may still hold the record it read: either answer is right.
    expect([200, 401]).toContain((await ownJobs(token!)).status);

    await pastTheCacheWindow();
    const refused = await ownJobs(token!);
    expect(refused.status).toBe(401);
    expect(refused.body.error).toEqual({ code: 'account_deactivated', message: '账号已停用，请联系经理' });
    const english = await ownJobs(token!, { 'accept-language': 'en' });
    expect(english.body.error.message).toBe('This account is deactivated; ask your manager');
    // Every staff API refuses, not only the one that was called first.
    expect((await api('GET', '/v1/staff/parts', { token })).status).toBe(401);
    expect((await api('GET', '/v1/staff/people/me', { token })).status).toBe(401);

    const again = await signIn(PERSON);
    expect(again.status).toBe(403);
    expect(again.body.token).toBeUndefined();

    await saveMember({ active: true });
    const fresh = (await signIn(PERSON)).body.token!;
    // A token issued after the change is checked against the record as it is now, without waiting.
    expect((await ownJobs(fresh)).status).toBe(200);
    await pastTheCacheWindow();
    expect((await ownJobs(token!)).status).toBe(200);
  });

  it("a change of roles changes what an existing token may do, once the window has passed", async () => {
    const { token } = (await signIn(PERSON)).body;
    expect((await ownJobs(token!)).status).toBe(200);
    expect((await api('GET', '/v1/staff/mail-tasks', { token })).status).toBe(403);

    await saveMember({ roles: ['customer_service'], technician: undefined });
    await pastTheCacheWindow();
    // The token still says "technician"; the record says customer service.
    expect((await ownJobs(token!)).status).toBe(403);
    expect((await api('GET', '/v1/staff/mail-tasks', { token })).status).toBe(200);

    const reissued = await signIn(PERSON);
    expect(reissued.body.staff.roles).toEqual(['customer_service']);
    await saveMember();
  });

  it('the local issuer signs tokens for staff records only', async () => {
    expect((await signIn(`nobody-${unique}`)).status).toBe(404);
  });
});

describe('need-to-know on staff data', () => {
  it("shows a technician their own van's stock only; the store and the manager see every location", async () => {
    const { token } = (await signIn(PERSON)).body;
    expect((await api('GET', `/v1/staff/stock/van-${PERSON}`, { token })).status).toBe(200);
    const other = await api('GET', '/v1/staff/stock/van-staff-tech-chen', { token });
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe('forbidden');
    expect((await api('GET', '/v1/staff/stock/warehouse', { token })).status).toBe(403);
    expect((await api('GET', '/v1/staff/stock/van-staff-tech-chen', { token: support })).status).toBe(200);
    expect((await api('GET', `/v1/staff/stock/van-${PERSON}`, { token: manager })).status).toBe(200);
    expect((await api('GET', '/v1/staff/stock/warehouse', { token: manager })).status).toBe(200);
  });

  it('lists the staff directory without emails and phones for everyone but the manager', async () => {
    const { token } = (await signIn(PERSON)).body;
    for (const viewer of [token!, cs, support]) {
      const { status, body } = await api('GET', '/v1/staff/members', { token: viewer });
      expect(status).toBe(200);
      const me = body.items.find((m: { id: string }) => m.id === PERSON);
      expect(me).toMatchObject({ id: PERSON, name: `离职测试${unique}`, roles: ['technician'] });
      for (const member of body.items) {
        expect(member).not.toHaveProperty('email');
        expect(member).not.toHaveProperty('phone');
      }
    }
    const full = (await api('GET', '/v1/staff/members', { token: manager })).body.items.find((m: { id: string }) => m.id === PERSON);
    expect(full).toMatchObject({ email: `${PERSON}@elv-demo.cn`, phone: '13900001111' });
  });

  it('shows dispatch candidates to repair leads and the manager only', async () => {
    const created = (await api('POST', '/v1/tickets', { body: faultReport() })).body;
    expect((await api('POST', `/v1/staff/tickets/${created.id}/contact`, { token: cs, body: { note: '已联系客户' } })).status).toBe(200);
    expect((await api('POST', `/v1/staff/tickets/${created.id}/triage`, { token: cs, body: { classification: 'complex', notes: '需上门' } })).status).toBe(200);
    expect((await api('POST', `/v1/staff/tickets/${created.id}/assessment`, { token: support, body: onSiteAssessment() })).status).toBe(200);
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date((await serverNow()).getTime() + 86_400_000));
    const path = `/v1/staff/tickets/${created.id}/candidates?date=${day}`;

    const { token } = (await signIn(PERSON)).body;
    const lead = (await signIn('staff-tech-chen')).body.token!;
    expect((await api('GET', path, { token })).status).toBe(403);
    expect((await api('GET', path, { token: cs })).status).toBe(403);
    expect((await api('GET', path, { token: support })).status).toBe(403);
    const byLead = await api('GET', path, { token: lead });
    expect(byLead.status).toBe(200);
    expect(byLead.body.candidates.length).toBeGreaterThan(0);
    expect((await api('GET', path, { token: manager })).status).toBe(200);
  });
});

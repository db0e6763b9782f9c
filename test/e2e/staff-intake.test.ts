/** Staff intake and lists through the local gateway with JWTs from the local issuer. */
import { describe, expect, it } from 'vitest';
import { api, emailsTo, eventually, faultReport, staffToken } from '../support/local.ts';

describe('staff routes: authentication and roles', () => {
  it('refuses a missing or forged token with 401', async () => {
    const missing = await api('GET', '/v1/staff/tickets?status=received', { headers: { 'accept-language': 'en' } });
    expect(missing.status).toBe(401);
    expect(missing.body).toEqual({ error: { code: 'unauthorized', message: 'Sign-in required' } });
    const token = await staffToken('customer_service');
    const forged = `${token.split('.').slice(0, 2).join('.')}.${'A'.repeat(86)}`;
    expect((await api('GET', '/v1/staff/tickets?status=received', { token: forged })).status).toBe(401);
  });

  it('refuses a role that may not record reports with 403', async () => {
    const response = await api('POST', '/v1/staff/tickets', { token: await staffToken('technician'), body: { ...faultReport(), channel: 'phone' } });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('forbidden');
    const finance = await api('POST', '/v1/staff/tickets', { token: await staffToken('finance'), body: { ...faultReport(), channel: 'phone' } });
    expect(finance.status).toBe(403);
  });
});

describe('POST /v1/staff/tickets', () => {
  it('records a phone report with its channel and the staff member, and acknowledges the customer', async () => {
    const token = await staffToken('customer_service');
    const report: Record<string, any> = { ...faultReport({ urgency: 'urgent' }), channel: 'phone' };
    const created = await api('POST', '/v1/staff/tickets', { token, body: report });
    expect(created.status).toBe(201);

    const detail = await api('GET', `/v1/staff/tickets/${created.body.id}`, { token });
    expect(detail.status).toBe(200);
    expect(detail.body.ticket).toMatchObject({ channel: 'phone', createdBy: 'staff-cs-li', urgency: 'urgent', customer: { phone: '+8613812345678' } });
    expect(detail.body.events[0]).toMatchObject({ type: 'received', actor: 'staff-cs-li', toStatus: 'received' });
    await eventually(async () => (await emailsTo(report.customer.email)).length === 1);
  });

  it('requires a channel the staff form offers', async () => {
    const token = await staffToken('customer_service');
    const response = await api('POST', '/v1/staff/tickets', { token, body: { ...faultReport(), channel: 'api' } });
    expect(response.status).toBe(400);
    expect(response.body.error.fields[0].path).toBe('channel');
  });
});

describe('GET /v1/staff/tickets', () => {
  it('pages through one status newest first without repeats, and oldest first on request', async () => {
    const token = await staffToken('customer_service');
    const mine = new Set<string>();
    for (let i = 0; i < 7; i += 1) mine.add((await api('POST', '/v1/tickets', { body: faultReport() })).body.id);

    const seen: Array<{ id: string; createdAt: string }> = [];
    let cursor: string | undefined;
    do {
      const page = await api('GET', `/v1/staff/tickets?status=received&limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, { token });
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.body.items);
      cursor = page.body.cursor;
    } while (cursor && seen.length < 2000);

    const ids = seen.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of mine) expect(ids).toContain(id);
    const times = seen.map((t) => t.createdAt);
    expect([...times].sort().reverse()).toEqual(times);

    const oldest = await api('GET', '/v1/staff/tickets?status=received&limit=5&order=oldest', { token });
    const oldestTimes = oldest.body.items.map((t: { createdAt: string }) => t.createdAt);
    expect([...oldestTimes].sort()).toEqual(oldestTimes);
  });

  it('refuses an unknown status and a tampered cursor with field errors', async () => {
    const token = await staffToken('customer_service');
    const status = await api('GET', '/v1/staff/tickets?status=lost', { token });
    expect(status.status).toBe(400);
    expect(status.body.error.fields[0].path).toBe('status');
    const cursor = await api('GET', '/v1/staff/tickets?status=received&cursor=zzz', { token });
    expect(cursor.status).toBe(400);
    expect(cursor.body.error.fields).toEqual([{ path: 'cursor', message: '分页游标无效' }]);
  });

  it('answers 404 for an unknown ticket', async () => {
    const token = await staffToken('customer_service');
    expect((await api('GET', '/v1/staff/tickets/00000000-0000-4000-8000-000000000000', { token })).status).toBe(404);
  });
});

/** The need-to-know policy, masking, scrubbing and pseudonyms: pure rules, no storage. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { maskEmail, maskPhone, personalDataGrant, personalDataView, type Ticket, type TicketStatus } from '../../lib/tickets/index.ts';
import { exportRows, pseudonymFor, retentionDueAt, scrub } from '../../lib/privacy/index.ts';

const NOW = new Date('2026-12-01T02:00:00Z');
const ticket = (status: TicketStatus, completedAt?: string) =>
  ({
    id: 't1',
    status,
    ...(completedAt ? { completedAt } : {}),
    customer: { name: '张伟', phone: '+8613812345678', email: 'zw@example.cn', organisation: '星河湾物业' },
    site: { address: '上海市浦东新区星河路 88 号', name: '星河湾小区', contactName: '王保安', contactPhone: '+8613700001111' },
  }) as Pick<Ticket, 'id' | 'status' | 'completedAt' | 'customer' | 'site'>;

describe('the need-to-know policy', () => {
  it('gives technical support contact data only while assessing', () => {
    expect(Object.keys(personalDataGrant({ id: 'ts', roles: ['tech_support'] }, ticket('in_assessment'), { shape: 'detail', now: NOW }))).toHaveLength(7);
    for (const status of ['received', 'triaged', 'awaiting_dispatch', 'completed'] as const) {
      expect(personalDataGrant({ id: 'ts', roles: ['tech_support'] }, ticket(status), { shape: 'detail', now: NOW })).toEqual({});
    }
  });

  it('gives a technician their own job from scheduling until the window after completion closes', () => {
    const tech = { id: 'tech', roles: ['technician'] as const };
    expect(personalDataGrant(tech, ticket('awaiting_dispatch'), { shape: 'detail', now: NOW, ownJob: true })).toEqual({});
    expect(personalDataGrant(tech, ticket('scheduled'), { shape: 'detail', now: NOW, ownJob: false })).toEqual({});
    expect(personalDataGrant(tech, ticket('scheduled'), { shape: 'detail', now: NOW, ownJob: true })['customer.phone']).toBe('full');
    expect(personalDataGrant(tech, ticket('scheduled'), { shape: 'detail', now: NOW, ownJob: true })['customer.email']).toBeUndefined();
    const sixDaysAgo = new Date(NOW.getTime() - 6 * 86_400_000).toISOString();
    const eightDaysAgo = new Date(NOW.getTime() - 8 * 86_400_000).toISOString();
    expect(personalDataGrant(tech, ticket('completed', sixDaysAgo), { shape: 'detail', now: NOW, ownJob: true })['site.address']).toBe('full');
    expect(personalDataGrant(tech, ticket('completed', eightDaysAgo), { shape: 'detail', now: NOW, ownJob: true })).toEqual({});
    expect(personalDataGrant(tech, ticket('completed', eightDaysAgo), { shape: 'detail', now: NOW, ownJob: true, technicianDays: 10 })['site.address']).toBe('full');
  });

  it('takes the most any role allows, and caps lists to masked phones without email', () => {
    const both = personalDataGrant({ id: 'x', roles: ['finance', 'customer_service'] }, ticket('closed'), { shape: 'detail', now: NOW });
    expect(both['customer.phone']).toBe('full');
    const list = personalDataView(ticket('received'), { id: 'm', roles: ['manager'] }, { shape: 'list', now: NOW });
    expect(list.view.customer).toEqual({ name: '张伟', organisation: '星河湾物业', phone: '138****5678' });
    expect(list.view.site.contactPhone).toBe('137****1111');
    expect(list.fields).not.toContain('customer.email');
  });

  it("withholds the bounced address of a ticket's email mark from a role that may not see the email", () => {
    const marked = { ...ticket('scheduled'), emailUndeliverable: { address: 'zw@example.cn', problem: 'bounce' as const, at: '2026-11-30T02:00:00Z', taskId: 'task-1' } };
    const tech = personalDataView(marked, { id: 'tech', roles: ['technician'] }, { shape: 'detail', now: NOW, ownJob: true }).view;
    expect(tech.emailUndeliverable).toEqual({ problem: 'bounce', at: '2026-11-30T02:00:00Z', taskId: 'task-1' });
    const cs = personalDataView(marked, { id: 'cs', roles: ['customer_service'] }, { shape: 'detail', now: NOW }).view;
    expect(cs.emailUndeliverable?.address).toBe('zw@example.cn');
    const list = personalDataView(marked, { id: 'm', roles: ['manager'] }, { shape: 'list', now: NOW }).view;
    expect(list.emailUndeliverable?.address).toBeUndefined();
  });

  it('masks phones keeping 3 + 4 digits and emails keeping the first letter and domain', () => {
    expect(maskPhone('+8613812345678')).toBe('138****5678');
    expect(maskPhone('+85291234567')).toBe('852****4567');
    expect(maskPhone('+1234')).toBe('****');
    expect(maskEmail('zhang.wei@example.cn')).toBe('z***@example.cn');
    fc.assert(
      fc.property(fc.stringMatching(/^1[3-9]\d{9}$/), (national) => {
        const masked = maskPhone(`+86${national}`);
        return masked.length === 11 && masked.startsWith(national.slice(0, 3)) && masked.endsWith(national.slice(-4)) && masked.slice(3, 7) === '****';
      }),
    );
  });
});

describe('erasure rules', () => {
  it('replaces the person inside longer text and nested records, longest value first', () => {
    const record = { notes: '联系张伟 13812345678，地址上海市浦东新区星河路 88 号', nested: [{ who: '张伟' }], count: 3 };
    const out = scrub(record, ['张伟', '13812345678', '+8613812345678', '上海市浦东新区星河路 88 号'], 'P');
    expect(out).toEqual({ notes: '联系P P，地址P', nested: [{ who: 'P' }], count: 3 });
  });

  it('never matches on a value too short to mean the person', () => {
    expect(scrub({ a: '王' }, ['王', ''], 'P')).toEqual({ a: '王' });
  });

  it('names one pseudonym per request and a due day a retention period after the end', () => {
    expect(pseudonymFor('0f3a9c2e-1111-2222-3333-444455556666')).toBe('已删除客户-0F3A9C2E');
    expect(retentionDueAt('2026-01-01T00:00:00.000Z', 30)).toBe('2026-01-31T00:00:00.000Z');
  });

  it('writes every leaf of an export as a row with its path', () => {
    const rows = exportRows({ generatedAt: 'x', subject: {}, tickets: [{ number: 'N1', ticket: { customer: { name: '张伟' } }, timeline: [{ type: 'received' }] }] });
    expect(rows).toEqual([
      ['N1', 'number', 'N1'],
      ['N1', 'ticket.customer.name', '张伟'],
      ['N1', 'timeline[0].type', 'received'],
    ]);
  });
});

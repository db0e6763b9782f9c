/**
 * The SLA board (GET /v1/staff/sla/board) through the real local stack: a timer is on the board in
 * the list of its state (coming due, at risk, paused, breached, exempt) as it moves, read only from
 * the sparse GSI2 partitions of those states.
 */
import { describe, expect, it } from 'vitest';
import { api, faultReport, fireSchedule, serverNow, staffToken } from '../support/local.ts';

const MINUTE = 60_000;
type Entry = { ticketId: string; ticketNumber?: string; kind: string; state: string; remainingMinutes?: number; pauses: Array<{ reason: string }>; exemption?: { reason: string } };
type Board = Record<'atRisk' | 'upcoming' | 'paused' | 'breached' | 'exempt', Entry[]> & { now: string; days: number };

async function board(): Promise<Board> {
  const response = await api<Board>('GET', '/v1/staff/sla/board', { token: await staffToken('manager') });
  expect(response.status).toBe(200);
  return response.body;
}

function where(b: Board, ticketId: string, kind: string): string[] {
  return (['atRisk', 'upcoming', 'paused', 'breached', 'exempt'] as const).filter((list) => b[list].some((e) => e.ticketId === ticketId && e.kind === kind));
}

async function urgentTicket() {
  const created = await api('POST', '/v1/tickets', { body: faultReport({ urgency: 'urgent' }) });
  expect(created.status).toBe(201);
  return created.body as { id: string; number: string };
}

describe('the SLA board', () => {
  it('lists a running timer as coming due, with its ticket number and remaining time', async () => {
    const ticket = await urgentTicket();
    const b = await board();
    expect(where(b, ticket.id, 'first_contact')).toEqual(['upcoming']);
    const entry = b.upcoming.find((e) => e.ticketId === ticket.id && e.kind === 'first_contact')!;
    expect(entry).toMatchObject({ ticketNumber: ticket.number, state: 'running' });
    expect(entry.remainingMinutes).toBeGreaterThan(50);
  });

  it('moves a timer to paused, back when resumed, and to exempt with its reason', async () => {
    const ticket = await urgentTicket();
    const cs = await staffToken('customer_service');
    await api('POST', `/v1/staff/tickets/${ticket.id}/timers/first_contact/pause`, {
      token: cs,
      body: { category: 'customer_asked_delay', reason: '客户要求下午再联系', customerToldAt: (await serverNow()).toISOString(), customerToldVia: 'phone' },
    });
    let b = await board();
    expect(where(b, ticket.id, 'first_contact')).toEqual(['paused']);
    expect(b.paused.find((e) => e.ticketId === ticket.id)!.pauses.at(-1)!.reason).toBe('客户要求下午再联系');

    await api('POST', `/v1/staff/tickets/${ticket.id}/timers/first_contact/resume`, { token: cs });
    expect(where(await board(), ticket.id, 'first_contact')).toEqual(['upcoming']);

    await api('POST', `/v1/staff/tickets/${ticket.id}/timers/on_site/exemption`, { token: cs, body: { reason: '园区封闭，已告知客户', customerToldAt: (await serverNow()).toISOString(), customerToldVia: 'wechat' } });
    b = await board();
    expect(where(b, ticket.id, 'on_site')).toEqual(['exempt']);
    expect(b.exempt.find((e) => e.ticketId === ticket.id)!.exemption!.reason).toBe('园区封闭，已告知客户');
  });

  it('shows a warned timer as at risk and a breached one as breached (the breach watch moves them)', async () => {
    const ticket = await urgentTicket();
    const view = (await api('GET', `/v1/staff/tickets/${ticket.id}`, { token: await staffToken('customer_service') })).body;
    const startedAt = new Date(view.timers.find((t: { kind: string }) => t.kind === 'first_contact').startedAt).getTime();
    await fireSchedule('sla-sweep', new Date(startedAt + 50 * MINUTE));
    expect(where(await board(), ticket.id, 'first_contact')).toEqual(['atRisk']);
    await fireSchedule('sla-sweep', new Date(startedAt + 61 * MINUTE));
    const b = await board();
    expect(where(b, ticket.id, 'first_contact')).toEqual(['breached']);
    expect(b.breached.find((e) => e.ticketId === ticket.id)).toMatchObject({ state: 'breached', ticketNumber: ticket.number });
  });

  it('is for staff who watch timers: a technician is refused, days is bounded', async () => {
    const technician = (await api('POST', '/__local/token', { body: { staffId: 'staff-tech-liu' } })).body.token as string;
    expect((await api('GET', '/v1/staff/sla/board', { token: technician })).status).toBe(403);
    const bad = await api('GET', '/v1/staff/sla/board?days=99', { token: await staffToken('manager'), headers: { 'accept-language': 'en' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual([{ path: 'days', message: 'Must be at most 31' }]);
  });
});

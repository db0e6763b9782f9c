/**
 * SLA timers through the real local stack, with the breach watch fired at a chosen "now" (the local
 * schedule trigger, the same handler EventBridge invokes).
 */
import { describe, expect, it } from 'vitest';
import { addWorkingMinutes, BUSINESS_CALENDAR_CN } from '../../lib/calendar/index.ts';
import { api, emailsTo, eventually, faultReport, fireSchedule, serverNow, staffToken } from '../support/local.ts';

const MINUTE = 60_000;

async function createTicket(overrides: Record<string, unknown> = {}) {
  const created = await api('POST', '/v1/tickets', { body: faultReport(overrides) });
  expect(created.status).toBe(201);
  return created.body as { id: string; number: string; statusUrl: string };
}

async function staffView(ticketId: string) {
  return (await api('GET', `/v1/staff/tickets/${ticketId}`, { token: await staffToken('customer_service') })).body;
}

function timer(view: any, kind: string) {
  return view.timers.find((t: { kind: string }) => t.kind === kind);
}

async function subjectsFor(address: string, ticketNumber: string) {
  return (await emailsTo(address)).map((e) => e.subject).filter((s) => s.includes(ticketNumber));
}

describe('timers started at intake', () => {
  it('an urgent ticket runs first contact (60 min) and on site (240 min) round the clock', async () => {
    const ticket = await createTicket({ urgency: 'urgent' });
    const view = await staffView(ticket.id);
    const contact = timer(view, 'first_contact');
    expect(contact).toMatchObject({ standardId: 'STD-1a', clock: 'always', state: 'running', allowedMinutes: 60 });
    expect(new Date(contact.dueAt).getTime() - new Date(contact.startedAt).getTime()).toBe(60 * MINUTE);
    expect(contact.remainingMinutes).toBeGreaterThanOrEqual(58);
    expect(timer(view, 'on_site')).toMatchObject({ standardId: 'STD-1b', allowedMinutes: 240 });
  });

  it('a general ticket runs first contact for one working day on the business calendar', async () => {
    const ticket = await createTicket();
    const contact = timer(await staffView(ticket.id), 'first_contact');
    expect(contact).toMatchObject({ standardId: 'STD-1c', clock: 'business', calendarId: 'cn-business' });
    expect(contact.dueAt).toBe(addWorkingMinutes(BUSINESS_CALENDAR_CN, new Date(contact.startedAt), 480).toISOString());
  });

  it('the public view shows the promised times, without internal detail', async () => {
    const ticket = await createTicket({ urgency: 'urgent' });
    const url = new URL(ticket.statusUrl);
    const view = (await api('GET', url.pathname + url.search)).body;
    expect(view.promises.map((p: { kind: string }) => p.kind).sort()).toEqual(['first_contact', 'on_site']);
    expect(view.promises[0]).toEqual({ kind: expect.any(String), label: expect.any(String), state: 'pending', stateLabel: '进行中', dueAt: expect.any(String) });
    expect(JSON.stringify(view)).not.toMatch(/STD-|warnAt|responsibleGroup|pauses/);
  });
});

describe('recording the first contact', () => {
  it('stops the contact timer as met and triages the ticket; a second time is refused with the current status', async () => {
    const ticket = await createTicket({ urgency: 'urgent' });
    const token = await staffToken('customer_service');
    const contact = await api('POST', `/v1/staff/tickets/${ticket.id}/contact`, { token, body: { note: '已电话联系，约定明早上门' } });
    expect(contact.status).toBe(200);
    expect(contact.body.ticket.status).toBe('triaged');
    const view = await staffView(ticket.id);
    expect(timer(view, 'first_contact')).toMatchObject({ state: 'met' });
    expect(timer(view, 'on_site')).toMatchObject({ state: 'running' });
    expect(view.events.map((e: { type: string }) => e.type)).toContain('first_contact');
    const url = new URL(ticket.statusUrl);
    const publicView = (await api('GET', url.pathname + url.search)).body;
    const milestones = publicView.milestones.map((m: { type: string; label: string }) => [m.type, m.label]);
    expect(milestones[0]).toEqual(['received', '报修已受理']);
    expect(milestones).toContainEqual(['triaged', '客服已联系']);
    expect(milestones.every(([type]: [string]) => ['received', 'acknowledged', 'triaged'].includes(type))).toBe(true); // no internal events
    expect(publicView.promises.find((p: { kind: string }) => p.kind === 'first_contact')).toMatchObject({ state: 'kept', stateLabel: '已按时完成' });

    const again = await api('POST', `/v1/staff/tickets/${ticket.id}/contact`, { token, body: { note: 'again' }, headers: { 'accept-language': 'en' } });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'invalid_transition', currentStatus: 'triaged' });
  });
});

describe('breach watch', () => {
  it('warns the responsible group at 80 % and emails the manager once at the breach, however often it runs', async () => {
    const ticket = await createTicket({ urgency: 'urgent' });
    const startedAt = new Date(timer(await staffView(ticket.id), 'first_contact').startedAt).getTime();

    await fireSchedule('sla-sweep', new Date(startedAt + 47 * MINUTE));
    expect(await subjectsFor('cs-team@elv-demo.cn', ticket.number)).toEqual([]);

    await fireSchedule('sla-sweep', new Date(startedAt + 49 * MINUTE));
    await fireSchedule('sla-sweep', new Date(startedAt + 50 * MINUTE));
    const warnings = await subjectsFor('cs-team@elv-demo.cn', ticket.number);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('SLA 预警');

    // Two overlapping sweeps after the deadline, then another one.
    await Promise.all([fireSchedule('sla-sweep', new Date(startedAt + 61 * MINUTE)), fireSchedule('sla-sweep', new Date(startedAt + 61 * MINUTE))]);
    await fireSchedule('sla-sweep', new Date(startedAt + 65 * MINUTE));
    const breaches = await subjectsFor('manager@elv-demo.cn', ticket.number);
    expect(breaches.filter((s) => s.includes('首次联系客户'))).toHaveLength(1);
    expect(breaches[0]).toContain('SLA 超时');

    const view = await staffView(ticket.id);
    expect(timer(view, 'first_contact')).toMatchObject({ state: 'breached', breachedAt: timer(view, 'first_contact').dueAt });
    expect(view.events.filter((e: { type: string }) => e.type === 'sla_breached')).toHaveLength(1);
  });

  it('a paused timer does not breach, and resuming moves its deadline by the paused time', async () => {
    const ticket = await createTicket({ urgency: 'urgent' });
    const token = await staffToken('customer_service');
    const paused = await api('POST', `/v1/staff/tickets/${ticket.id}/timers/first_contact/pause`, {
      token,
      body: { category: 'customer_asked_delay', reason: '客户要求下午再联系', customerToldAt: (await serverNow()).toISOString(), customerToldVia: 'phone' },
    });
    expect(paused.status).toBe(200);
    expect(paused.body.timer.state).toBe('paused');
    const before = timer(await staffView(ticket.id), 'first_contact');

    await fireSchedule('sla-sweep', new Date(new Date(before.dueAt).getTime() + 30 * MINUTE));
    expect((await subjectsFor('manager@elv-demo.cn', ticket.number)).filter((s) => s.includes('首次联系客户'))).toEqual([]);
    expect(timer(await staffView(ticket.id), 'first_contact').state).toBe('paused');

    await new Promise((r) => setTimeout(r, 1100));
    const resumed = await api('POST', `/v1/staff/tickets/${ticket.id}/timers/first_contact/resume`, { token });
    expect(resumed.body.timer.state).toBe('running');
    expect(new Date(resumed.body.timer.dueAt).getTime()).toBeGreaterThan(new Date(before.dueAt).getTime() + 1000);

    const twice = await api('POST', `/v1/staff/tickets/${ticket.id}/timers/first_contact/resume`, { token });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('timer_state');
  });

  it('an exemption before the deadline stops the breach; one whose customer was told after the deadline is refused', async () => {
    const ticket = await createTicket({ urgency: 'urgent' });
    const token = await staffToken('customer_service');
    const onSite = timer(await staffView(ticket.id), 'on_site');

    const late = await api('POST', `/v1/staff/tickets/${ticket.id}/timers/on_site/exemption`, {
      token,
      body: { reason: '客户园区封闭', customerToldAt: new Date(new Date(onSite.dueAt).getTime() + MINUTE).toISOString(), customerToldVia: 'phone' },
      headers: { 'accept-language': 'en' },
    });
    expect(late.status).toBe(422);
    expect(late.body.error).toMatchObject({ code: 'exemption_too_late', dueAt: onSite.dueAt });

    const exempt = await api('POST', `/v1/staff/tickets/${ticket.id}/timers/on_site/exemption`, {
      token,
      body: { reason: '客户园区封闭，已电话告知', customerToldAt: (await serverNow()).toISOString(), customerToldVia: 'phone' },
    });
    expect(exempt.status).toBe(200);
    expect(exempt.body.timer).toMatchObject({ state: 'exempt', exemption: { reason: '客户园区封闭，已电话告知' } });

    await fireSchedule('sla-sweep', new Date(new Date(onSite.dueAt).getTime() + MINUTE));
    expect((await subjectsFor('manager@elv-demo.cn', ticket.number)).filter((s) => s.includes('到达现场'))).toEqual([]);
  });
});

describe('configuration without a deploy', () => {
  it('a changed standard applies to tickets opened afterwards', async () => {
    const manager = await staffToken('manager');
    const current = (await api('GET', '/v1/staff/sla/standards', { token: manager })).body;
    const changed = structuredClone(current.value);
    changed.standards.find((s: { id: string }) => s.id === 'STD-1b').minutes = 180;
    const put = await api('PUT', '/v1/staff/sla/standards', { token: manager, body: { expectedVersion: current.version, config: changed } });
    expect(put.status).toBe(200);
    try {
      // Intake reads the standards through a 5-second cache: within seconds, new tickets get the new promise.
      const minutes = await eventually(async () => {
        const ticket = await createTicket({ urgency: 'urgent' });
        const allowed = timer(await staffView(ticket.id), 'on_site').allowedMinutes as number;
        return allowed === 180 ? allowed : undefined;
      }, 15_000, 1000);
      expect(minutes).toBe(180);
      const stale = await api('PUT', '/v1/staff/sla/standards', { token: manager, body: { expectedVersion: current.version, config: changed } });
      expect(stale.status).toBe(409);
    } finally {
      await api('PUT', '/v1/staff/sla/standards', { token: manager, body: { expectedVersion: put.body.version, config: current.value } });
    }
  });

  it('only the manager may change standards or calendars', async () => {
    const cs = await staffToken('customer_service');
    const current = (await api('GET', '/v1/staff/sla/standards', { token: cs })).body;
    expect((await api('PUT', '/v1/staff/sla/standards', { token: cs, body: { expectedVersion: current.version, config: current.value } })).status).toBe(403);
  });

  it('refuses an invalid calendar naming the bad field', async () => {
    const manager = await staffToken('manager');
    const response = await api('PUT', '/v1/staff/calendars/site-harbour', {
      token: manager,
      headers: { 'accept-language': 'en' },
      body: {
        expectedVersion: 0,
        name: 'Harbour Tower',
        calendar: { timezone: 'Asia/Shanghai', week: { mon: [['18:00', '09:00']], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } },
      },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.fields[0].path).toBe('calendar.week.mon[0]');
  });

  it('adding a holiday to the business calendar recomputes the deadlines of open timers', async () => {
    const manager = await staffToken('manager');
    const ticket = await createTicket();
    const before = timer(await staffView(ticket.id), 'first_contact');
    expect((await api('GET', '/v1/staff/calendars', { token: manager })).body.items).toContainEqual(expect.objectContaining({ id: 'cn-business', name: expect.any(String) }));
    const calendar = (await api('GET', '/v1/staff/calendars/cn-business', { token: manager })).body;
    const dueDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(before.dueAt));
    const withHoliday = { ...calendar.calendar, holidays: [...calendar.calendar.holidays, dueDay] };

    const saved = await api('PUT', '/v1/staff/calendars/cn-business', { token: manager, body: { expectedVersion: calendar.version, name: calendar.name, calendar: withHoliday } });
    expect(saved.status).toBe(200);
    try {
      const expected = addWorkingMinutes(withHoliday, new Date(before.startedAt), 480).toISOString();
      expect(expected).not.toBe(before.dueAt);
      const after = await eventually(async () => {
        const current = timer(await staffView(ticket.id), 'first_contact');
        return current.dueAt === expected ? current : undefined;
      });
      expect(after.state).toBe('running');
    } finally {
      await api('PUT', '/v1/staff/calendars/cn-business', { token: manager, body: { expectedVersion: saved.body.version, name: calendar.name, calendar: calendar.calendar } });
    }
  });
});

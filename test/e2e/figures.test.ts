/**
 * Figures that cannot be gamed, through the real local stack: a missed agreed deadline stays breached
 * and the next one is a new timer generation that alerts again; a cancelled visit's promise counts
 * neither way; pauses and exemptions need the customer told before the deadline; times staff enter
 * are bounded; triage happens once and only the manager corrects it; the customer sees a broken
 * promise as late; staff configuration never stops a report. Every expectation is computed from the
 * system's clock (serverNow), never this machine's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, dynamo, emailsTo, faultReport, fireSchedule, local, serverNow, staffToken } from '../support/local.ts';
import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
let cs: string, manager: string, support: string;

beforeAll(async () => {
  [cs, manager, support] = await Promise.all([staffToken('customer_service'), staffToken('manager'), staffToken('tech_support')]);
});

async function report(overrides: Record<string, unknown> = {}) {
  const body = faultReport(overrides);
  const created = await api('POST', '/v1/tickets', { body });
  expect(created.status).toBe(201);
  return { ...(created.body as { id: string; number: string; statusUrl: string }), report: body };
}

const view = async (id: string) => (await api('GET', `/v1/staff/tickets/${id}`, { token: cs })).body;
const timersOf = async (id: string, kind: string) => ((await view(id)).timers as Array<Record<string, any>>).filter((t) => t.kind === kind).sort((a, b) => (a.generation ?? 1) - (b.generation ?? 1));
const publicPromise = async (statusUrl: string, kind: string) => {
  const url = new URL(statusUrl);
  return ((await api('GET', url.pathname + url.search)).body.promises as Array<Record<string, any>>).find((p) => p.kind === kind);
};
const breachMails = async (number: string, what: string) => (await emailsTo('manager@elv-demo.cn')).filter((e) => e.subject.includes(number) && e.subject.includes('超时') && e.subject.includes(what));

/** Contacted, triaged complex and assessed for a visit: waiting for a technician and a time. */
async function awaitingDispatch() {
  const ticket = await report();
  expect((await api('POST', `/v1/staff/tickets/${ticket.id}/contact`, { token: cs, body: { note: '已联系' } })).status).toBe(200);
  expect((await api('POST', `/v1/staff/tickets/${ticket.id}/triage`, { token: cs, body: { classification: 'complex', notes: '需上门' } })).status).toBe(200);
  const assessed = await api('POST', `/v1/staff/tickets/${ticket.id}/assessment`, {
    token: support,
    body: { diagnosis: '录像机硬盘故障', repairPlan: '更换硬盘', technicalMeasures: '断电更换', toolsNeeded: ['螺丝刀'], partsNeeded: [], skillRequired: 'cctv', complexity: 'complex', estimatedMinutes: 60, onSite: true, requiresWorkAtHeight: false, requiresElectrician: false },
  });
  expect(assessed.status, JSON.stringify(assessed.body)).toBe(200);
  return ticket;
}

async function schedule(ticketId: string, agreedInMs: number) {
  const now = await serverNow();
  const window = { from: new Date(now.getTime() + 30 * MINUTE).toISOString(), to: new Date(now.getTime() + 90 * MINUTE).toISOString() };
  const scheduled = await api('POST', `/v1/staff/tickets/${ticketId}/schedule`, {
    token: manager,
    body: { technicianId: 'staff-tech-chen', window, agreedCompletionBy: new Date(now.getTime() + agreedInMs).toISOString() },
  });
  expect(scheduled.status, JSON.stringify(scheduled.body)).toBe(201);
  return scheduled.body.job.jobId as string;
}

const cancel = async (jobId: string) => expect((await api('POST', `/v1/staff/jobs/${jobId}/cancel`, { token: manager, body: { reason: '客户临时改期' } })).status).toBe(200);

describe('agreed deadlines keep their history', () => {
  it('a missed deadline stays breached; the next is a new generation that alerts again; the customer sees it late', async () => {
    const ticket = await awaitingDispatch();
    const firstJob = await schedule(ticket.id, 2 * HOUR);
    const [first] = await timersOf(ticket.id, 'agreed_completion');
    expect(first).toMatchObject({ state: 'running' });

    await fireSchedule('sla-sweep', new Date(new Date(first!.dueAt).getTime() + MINUTE));
    expect(await breachMails(ticket.number, '约定完成')).toHaveLength(1);
    await cancel(firstJob); // too late to call the promise off: the breach stands
    expect((await timersOf(ticket.id, 'agreed_completion')).map((t) => t.state)).toEqual(['breached']);

    await schedule(ticket.id, 3 * HOUR);
    const [stillBreached, second] = await timersOf(ticket.id, 'agreed_completion');
    expect(stillBreached).toMatchObject({ state: 'breached', dueAt: first!.dueAt, breachedAt: first!.dueAt });
    expect(second).toMatchObject({ state: 'running', generation: 2 });
    expect(await publicPromise(ticket.statusUrl, 'agreed_completion')).toEqual({
      kind: 'agreed_completion',
      label: '约定完成时间',
      state: 'late',
      stateLabel: '已超时',
      newExpectedAt: second!.dueAt,
    });

    await fireSchedule('sla-sweep', new Date(new Date(second!.dueAt).getTime() + MINUTE));
    expect(await breachMails(ticket.number, '约定完成')).toHaveLength(2); // each generation alerts once
    await fireSchedule('sla-sweep', new Date(new Date(second!.dueAt).getTime() + 2 * MINUTE));
    expect(await breachMails(ticket.number, '约定完成')).toHaveLength(2);
    expect((await timersOf(ticket.id, 'agreed_completion')).map((t) => t.state)).toEqual(['breached', 'breached']);

    const board = (await api('GET', '/v1/staff/sla/board?days=7', { token: manager })).body;
    const onBoard = board.breached.filter((e: { ticketId: string; kind: string }) => e.ticketId === ticket.id && e.kind === 'agreed_completion');
    expect(onBoard.map((e: { generation?: number }) => e.generation ?? 1).sort()).toEqual([1, 2]);
  });

  it('a visit cancelled before its deadline cancels the promise, counted neither way', async () => {
    const ticket = await awaitingDispatch();
    const job = await schedule(ticket.id, 5 * HOUR);
    await cancel(job);
    const [timer] = await timersOf(ticket.id, 'agreed_completion');
    expect(timer).toMatchObject({ state: 'cancelled', cancellation: { reason: 'visit cancelled: 客户临时改期', by: 'staff-manager-wang' } });
    expect(timer!.exemption).toBeUndefined();
    await fireSchedule('sla-sweep', new Date(new Date(timer!.dueAt).getTime() + MINUTE));
    expect(await breachMails(ticket.number, '约定完成')).toEqual([]);
    expect(await publicPromise(ticket.statusUrl, 'agreed_completion')).toBeUndefined();
  });
});

describe('pauses and exemptions', () => {
  it('a pause needs a category and when and how the customer was told; the customer sees why the clock stands', async () => {
    const ticket = await report({ urgency: 'urgent' });
    const pause = (body: Record<string, unknown>) => api('POST', `/v1/staff/tickets/${ticket.id}/timers/first_contact/pause`, { token: cs, body });
    const bare = await pause({ reason: '客户要求下午再联系' });
    expect(bare.status).toBe(400);
    expect(bare.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['category', 'customerToldAt', 'customerToldVia']);

    const now = await serverNow();
    const beforeTicket = await pause({ category: 'customer_asked_delay', reason: '客户要求下午再联系', customerToldAt: new Date(now.getTime() - 2 * 86_400_000).toISOString(), customerToldVia: 'phone' });
    expect(beforeTicket.status).toBe(400);
    expect(beforeTicket.body.error.fields).toEqual([{ path: 'customerToldAt', message: expect.stringContaining('不能早于上一步骤的时间') }]);

    const paused = await pause({ category: 'waiting_site_access', reason: '园区下午才开放', customerToldAt: now.toISOString(), customerToldVia: 'wechat' });
    expect(paused.status).toBe(200);
    expect(paused.body.timer.pauses.at(-1)).toMatchObject({ category: 'waiting_site_access', customerToldVia: 'wechat', customerToldAt: now.toISOString() });
    expect(await publicPromise(ticket.statusUrl, 'first_contact')).toEqual({
      kind: 'first_contact',
      label: '客服联系您',
      state: 'pending',
      stateLabel: '进行中',
      note: '等待现场进场许可，计时暂停',
    });
    const timeline = (await view(ticket.id)).events.filter((e: { type: string }) => e.type === 'sla_paused');
    expect(timeline).toHaveLength(1);
    expect(timeline[0].data).toMatchObject({ category: 'waiting_site_access', customerToldVia: 'wechat' });
  });
});

describe('times staff enter', () => {
  it('first contact cannot be dated before the ticket existed, nor in the future', async () => {
    const ticket = await report();
    const created = new Date((await view(ticket.id)).ticket.createdAt as string);
    const contact = (contactedAt: Date) => api('POST', `/v1/staff/tickets/${ticket.id}/contact`, { token: cs, body: { note: '已联系', contactedAt: contactedAt.toISOString() } });

    const early = await contact(new Date(created.getTime() - 5 * 86_400_000));
    expect(early.status).toBe(400);
    expect(early.body.error.fields).toEqual([{ path: 'contactedAt', message: expect.stringContaining('不能早于工单创建时间') }]);
    const future = await contact(new Date((await serverNow()).getTime() + 10 * MINUTE));
    expect(future.status).toBe(400);
    expect(future.body.error.fields).toEqual([{ path: 'contactedAt', message: '时间不能晚于当前时间' }]);
    expect((await view(ticket.id)).ticket.status).toBe('received');

    const inTime = await contact(created); // the earliest honest time: the report itself
    expect(inTime.status).toBe(200);
    const [stopped] = await timersOf(ticket.id, 'first_contact');
    expect(stopped, JSON.stringify(stopped)).toMatchObject({ state: 'met', stoppedAt: created.toISOString() });
  });
});

describe('triage', () => {
  it('happens once (409 with the current status, no second hand-off email); the manager corrects it, on the timeline', async () => {
    const ticket = await report();
    await api('POST', `/v1/staff/tickets/${ticket.id}/contact`, { token: cs, body: { note: '已联系' } });
    expect((await api('POST', `/v1/staff/tickets/${ticket.id}/triage`, { token: cs, body: { classification: 'complex', notes: '需评估' } })).status).toBe(200);
    const again = await api('POST', `/v1/staff/tickets/${ticket.id}/triage`, { token: cs, body: { classification: 'simple', notes: 'x', solution: '重启', guidance: '电话' } });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'invalid_transition', currentStatus: 'in_assessment' });
    const handoffs = async () => (await emailsTo('support-team@elv-demo.cn')).filter((e) => e.subject.includes(ticket.number));
    await new Promise((r) => setTimeout(r, 1500)); // the hand-off queue step has run by now
    expect(await handoffs()).toHaveLength(1);

    const correction = { classification: 'simple', reason: '技术支持确认可远程处理', notes: '重启录像机即可', solution: '远程重启', guidance: '电话指导客户' };
    expect((await api('POST', `/v1/staff/tickets/${ticket.id}/re-triage`, { token: cs, body: correction })).status).toBe(403);
    const corrected = await api('POST', `/v1/staff/tickets/${ticket.id}/re-triage`, { token: manager, body: correction });
    expect(corrected.status).toBe(200);
    expect(corrected.body.ticket.status).toBe('remote_resolution');
    const retriaged = (await view(ticket.id)).events.filter((e: { type: string }) => e.type === 'retriaged');
    expect(retriaged).toHaveLength(1);
    expect(retriaged[0]).toMatchObject({ actor: 'staff-manager-wang', data: { from: 'complex', to: 'simple', reason: '技术支持确认可远程处理' } });
    expect((await api('POST', `/v1/staff/tickets/${ticket.id}/re-triage`, { token: manager, body: correction })).status).toBe(409);
  });
});

describe('staff configuration never stops a report', () => {
  const standardsKey = { PK: 'CONFIG', SK: 'service-standards' };
  let saved: Record<string, unknown> | undefined;
  let touched = false;
  afterAll(async () => {
    // Put the document back as it was (or remove it when there was none: the defaults, version 0).
    if (saved) await dynamo.send(new PutCommand({ TableName: local.tableName, Item: saved }));
    else if (touched) await dynamo.send(new DeleteCommand({ TableName: local.tableName, Key: standardsKey }));
    await new Promise((r) => setTimeout(r, 5500)); // past intake's configuration cache
  });

  it('refuses standards naming a calendar that does not exist; a stored one that is unusable falls back and alerts the manager', async () => {
    const current = (await api('GET', '/v1/staff/sla/standards', { token: manager })).body;
    const refused = await api('PUT', '/v1/staff/sla/standards', { token: manager, body: { expectedVersion: current.version, config: { ...current.value, businessCalendarId: 'no-such-calendar' } } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toEqual([{ path: 'config.businessCalendarId', message: '没有编号为 no-such-calendar 的日历' }]);

    // A document that became unusable anyway (written before this check existed, or by hand).
    saved = (await dynamo.send(new GetCommand({ TableName: local.tableName, Key: standardsKey }))).Item;
    touched = true;
    await dynamo.send(new PutCommand({ TableName: local.tableName, Item: { ...standardsKey, entity: 'Config', version: (current.version as number) + 1, value: { ...current.value, businessCalendarId: 'gone-calendar' } } }));
    await new Promise((r) => setTimeout(r, 5500)); // past intake's configuration cache

    const ticket = await report({ urgency: 'general' });
    const [contact] = await timersOf(ticket.id, 'first_contact');
    expect(contact).toMatchObject({ state: 'running', standardId: 'STD-1c', calendarId: 'cn-business', allowedMinutes: 480 });
    const board = (await api('GET', '/v1/staff/sla/board', { token: manager })).body;
    expect(board.configAlerts).toContainEqual(expect.objectContaining({ problem: 'intake-standards', detail: expect.stringContaining('gone-calendar'), occurrences: expect.any(Number) }));
  });
});

/**
 * Figures that cannot be gamed, through the real local stack: a missed agreed deadline stays breached
 * and the next one is a new timer generation that alerts again; a cancelled visit's promise counts
 * neither way; pauses and exemptions need the customer told before the deadline; times staff enter
 * are bounded; triage happens once and only the manager corrects it; the customer sees a broken
 * promise as late; staff configuration never stops a report. Every expectation is computed from the
 * system's clock (serverNow), never this machine's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, dynamo, emailsTo, faultReport, fireSchedule, local, serverNow, setServerClock, staffToken } from '../support/local.ts';
import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';

const MINUTE = 60_000;
/** The quality quarter of an instant, in Shanghai. */
const shanghaiQuarter = (at: Date) => {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(at).split('-').map(Number) as [number, number];
  return `${year}-Q${Math.ceil(month / 3)}`;
};
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
    const agreedFigures = async () => {
      const figures = (await api('GET', `/v1/staff/quality?quarter=${shanghaiQuarter(await serverNow())}`, { token: manager })).body;
      return figures.sla.kinds.find((k: { kind: string }) => k.kind === 'agreed_completion') ?? { met: 0, breached: 0, exempt: 0, cancelled: 0, laterGenerations: 0 };
    };
    const before = await agreedFigures();
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
    // The quarter's SLA figures count both generations' breaches, the second as a later generation.
    expect(await agreedFigures()).toMatchObject({ breached: before.breached + 2, laterGenerations: before.laterGenerations + 1 });
  });

  it('a visit cancelled before its deadline cancels the promise, counted neither way', async () => {
    const ticket = await awaitingDispatch();
    const job = await schedule(ticket.id, 5 * HOUR);
    await cancel(job);
    const [timer] = await timersOf(ticket.id, 'agreed_completion');
    expect(timer).toMatchObject({ state: 'cancelled', cancellation: { cause: 'visit_cancelled', reason: '客户临时改期', by: 'staff-manager-wang' } });
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

describe('repeat failures are judged and counted from facts', () => {
  const DAY = 86_400_000;
  const qualityOf = async (quarter: string) => (await api('GET', `/v1/staff/quality?quarter=${quarter}`, { token: manager })).body;
  const judge = (id: string, token: string, decision: 'confirmed' | 'rejected', reason: string) => api('POST', `/v1/staff/tickets/${id}/rework-judgement`, { token, body: { decision, reason } });

  it('a remote fix records the device without a serial; its failure at the same place is suspected, confirmed, counted, overridden', async () => {
    const place = { site: { address: `上海市徐汇区漕溪北路 ${Date.now() % 100000} 号`, name: '漕溪小区' }, device: { system: 'access_control', model: 'DS-K1T', location: '东门' } };
    const first = await report(place);
    await api('POST', `/v1/staff/tickets/${first.id}/contact`, { token: cs, body: { note: '已联系' } });
    await api('POST', `/v1/staff/tickets/${first.id}/triage`, { token: cs, body: { classification: 'simple', notes: '门禁死机', solution: '断电重启', guidance: '电话指导' } });
    expect((await api('POST', `/v1/staff/tickets/${first.id}/remote-resolution/confirm`, { token: cs, body: { customerConfirmation: '已恢复' } })).status).toBe(200);
    const quarter = shanghaiQuarter(await serverNow());
    const before = (await qualityOf(quarter)).repeatFailure.perTechnician.find((t: { technicianId: string }) => t.technicianId === 'staff-cs-li');

    // Same place, same system, location typed differently: the same device.
    const again = await report({ site: { ...place.site, address: ` ${place.site.address.replace(' ', '')}` }, device: { ...place.device, location: '东 门' } });
    const suspected = (await view(again.id)).ticket;
    expect(suspected.rework).toMatchObject({ ofTicketId: first.id, judgement: 'suspected', repairQuarter: quarter });
    expect(suspected.freeOfCharge).toBeUndefined();
    expect((await qualityOf(quarter)).repeatFailure.perTechnician.find((t: { technicianId: string }) => t.technicianId === 'staff-cs-li')).toEqual(before);

    expect((await judge(again.id, cs, 'confirmed', 'x')).status).toBe(403); // customer service does not judge
    const confirmed = await judge(again.id, support, 'confirmed', '重启未解决根本问题，原处理不当');
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.ticket).toMatchObject({ freeOfCharge: true, rework: { judgement: 'confirmed' } });
    const counted = (await qualityOf(quarter)).repeatFailure.perTechnician.find((t: { technicianId: string }) => t.technicianId === 'staff-cs-li');
    expect(counted).toMatchObject({ repairs: before.repairs, failedAgain: before.failedAgain + 1 });

    const second = await judge(again.id, support, 'rejected', '改主意');
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('rework_already_judged');
    const overridden = await judge(again.id, manager, 'rejected', '现场核实为雷击损坏，与原处理无关');
    expect(overridden.status).toBe(200);
    expect(overridden.body.ticket.freeOfCharge).toBe(false);
    expect(overridden.body.ticket.rework.decisions.map((d: { decision: string; override: boolean }) => [d.decision, d.override])).toEqual([
      ['confirmed', false],
      ['rejected', true],
    ]);
    expect((await qualityOf(quarter)).repeatFailure.perTechnician.find((t: { technicianId: string }) => t.technicianId === 'staff-cs-li')).toMatchObject({ failedAgain: before.failedAgain });
    const judgedEvents = (await view(again.id)).events.filter((e: { type: string }) => e.type === 'rework_judged');
    expect(judgedEvents.map((e: { actor: string; data: { decision: string } }) => [e.actor, e.data.decision])).toEqual([
      ['staff-ts-zhao', 'confirmed'],
      ['staff-manager-wang', 'rejected'],
    ]);
  });

  it('the 90-day warranty: a failure on the 90th day is suspected rework, one a minute later is a new fault', async () => {
    const now = await serverNow();
    const device = (serial: string, repairedAt: Date) => ({
      PK: `DEVICE#cctv#${serial}`,
      SK: 'DEVICE',
      entity: 'Device',
      system: 'cctv',
      serial,
      siteAddress: '上海市浦东新区星河路 88 号',
      lastRepairedAt: repairedAt.toISOString(),
      lastRepairTicketId: '00000000-0000-4000-8000-000000000090',
      lastRepairTicketNumber: '20260801-0001',
      lastRepairQuarter: '2026-Q3',
      repairs: 1,
    });
    const inside = `SN-W90-${Date.now()}`;
    const outside = `SN-W91-${Date.now()}`;
    // Both reports reach intake within seconds of "now": a minute of margin on each side of the boundary.
    await dynamo.send(new PutCommand({ TableName: local.tableName, Item: device(inside, new Date(now.getTime() - 90 * DAY + MINUTE)) }));
    await dynamo.send(new PutCommand({ TableName: local.tableName, Item: device(outside, new Date(now.getTime() - 90 * DAY - MINUTE)) }));
    const a = await report({ device: { system: 'cctv', model: 'X', serial: inside, location: 'B1' } });
    const b = await report({ device: { system: 'cctv', model: 'X', serial: outside, location: 'B1' } });
    expect((await view(a.id)).ticket.rework).toMatchObject({ ofTicketNumber: '20260801-0001', judgement: 'suspected' });
    expect((await view(b.id)).ticket.rework).toBeUndefined();
  });

  it('crossing the repeat-failure target emails the manager once per quarter and level', async () => {
    // A remote fix that fails again at the same place, confirmed: one repeat failure for who fixed it.
    const place = { site: { address: `上海市静安区共和新路 ${Date.now() % 100000} 号` }, device: { system: 'intercom', model: 'DS-KH', location: '3 号楼大堂' } };
    const first = await report(place);
    await api('POST', `/v1/staff/tickets/${first.id}/contact`, { token: cs, body: { note: '已联系' } });
    await api('POST', `/v1/staff/tickets/${first.id}/triage`, { token: cs, body: { classification: 'simple', notes: '对讲无声', solution: '调高音量', guidance: '电话指导' } });
    await api('POST', `/v1/staff/tickets/${first.id}/remote-resolution/confirm`, { token: cs, body: { customerConfirmation: '已恢复' } });
    const again = await report(place);
    expect((await judge(again.id, support, 'confirmed', '音量设置未保存，原处理不彻底')).status).toBe(200);

    const now = await serverNow();
    const quarter = shanghaiQuarter(now);
    const figures = await qualityOf(quarter);
    expect(figures.repeatFailure.target).toBe(0.02);
    const byCs = figures.repeatFailure.perTechnician.find((t: { technicianId: string }) => t.technicianId === 'staff-cs-li');
    expect(byCs.failedAgain).toBeGreaterThanOrEqual(1);
    expect(byCs.met).toBe(byCs.failedAgain / byCs.repairs <= 0.02);
    const crossed = [figures.repeatFailure.met ? [] : ['overall'], figures.repeatFailure.perTechnician.filter((t: { met: boolean }) => !t.met)].flat();
    expect(crossed.length).toBeGreaterThan(0);
    const alerts = async () => (await emailsTo('manager@elv-demo.cn')).filter((e) => e.subject.startsWith(`【返修率超标】${quarter.slice(0, 4)} 年第 ${quarter.slice(-1)} 季度`));
    const sweep = await fireSchedule('followup-sweep', new Date(now.getTime() + MINUTE));
    await fireSchedule('followup-sweep', new Date(now.getTime() + 2 * MINUTE));
    expect((sweep as { result: { qualityAlerts: number } }).result.qualityAlerts).toBe(crossed.length);
    expect(await alerts()).toHaveLength(crossed.length);
  });
});

describe('STD-1c, punctuality and STD-2a', () => {
  const SAFETY = ['insulated_tools', 'multimeter_calibrated', 'ladder_or_platform', 'ppe_helmet_gloves', 'cable_tester', 'spare_parts_checked'];
  let chen: string;
  beforeAll(async () => {
    chen = (await api('POST', '/__local/token', { body: { staffId: 'staff-tech-chen' } })).body.token;
  });

  it('a general fault has its visit time agreed within one working day: scheduling meets it; a remote fix cancels it', async () => {
    const visited = await awaitingDispatch();
    const [agreement] = await timersOf(visited.id, 'visit_agreement');
    expect(agreement).toMatchObject({ state: 'running', standardId: 'STD-1c', clock: 'business', allowedMinutes: 480 });
    await schedule(visited.id, 5 * HOUR);
    expect((await timersOf(visited.id, 'visit_agreement'))[0]).toMatchObject({ state: 'met' });
    expect(await publicPromise(visited.statusUrl, 'visit_agreement')).toMatchObject({ state: 'kept', label: '与您约定上门时间' });

    const remote = await report();
    await api('POST', `/v1/staff/tickets/${remote.id}/contact`, { token: cs, body: { note: '已联系' } });
    await api('POST', `/v1/staff/tickets/${remote.id}/triage`, { token: cs, body: { classification: 'simple', notes: '路由器死机', solution: '重启', guidance: '电话指导' } });
    const [cancelled] = await timersOf(remote.id, 'visit_agreement');
    expect(cancelled).toMatchObject({ state: 'cancelled', cancellation: { cause: 'no_visit_needed' } });
    await fireSchedule('sla-sweep', new Date(new Date(cancelled!.dueAt).getTime() + MINUTE));
    expect(await breachMails(remote.number, '约定上门时间')).toEqual([]);
  });

  it('check-in records how late the technician arrived after the agreed window; lateness counts per technician; a simple repair runs 120 minutes from arrival', async () => {
    const ticket = await report();
    await api('POST', `/v1/staff/tickets/${ticket.id}/contact`, { token: cs, body: { note: '已联系' } });
    await api('POST', `/v1/staff/tickets/${ticket.id}/triage`, { token: cs, body: { classification: 'complex', notes: '需上门' } });
    await api('POST', `/v1/staff/tickets/${ticket.id}/assessment`, {
      token: support,
      body: { diagnosis: '电源松动', repairPlan: '紧固电源', technicalMeasures: '断电', toolsNeeded: ['螺丝刀'], partsNeeded: [], skillRequired: 'cctv', complexity: 'simple', estimatedMinutes: 30, onSite: true, requiresWorkAtHeight: false, requiresElectrician: false },
    });
    const now = await serverNow();
    const window = { from: new Date(now.getTime() + 30 * MINUTE).toISOString(), to: new Date(now.getTime() + 90 * MINUTE).toISOString() };
    const job = (await api('POST', `/v1/staff/tickets/${ticket.id}/schedule`, { token: manager, body: { technicianId: 'staff-tech-chen', window } })).body.job;
    const quarter = shanghaiQuarter(now);
    const lateBefore = ((await api('GET', `/v1/staff/quality?quarter=${quarter}`, { token: manager })).body.punctuality.perTechnician.find((t: { technicianId: string }) => t.technicianId === 'staff-tech-chen') ?? { late: 0, lateMinutes: 0 }) as { late: number; lateMinutes: number };

    // The technician arrives 25 minutes after the window closed (the system's clock moves there).
    await setServerClock(new Date(new Date(window.to).getTime() + 25 * MINUTE));
    await api('POST', `/v1/staff/jobs/${job.jobId}/safety-check`, { token: chen, body: { items: SAFETY.map((item) => ({ item, ok: true })) } });
    const checkedIn = await api('POST', `/v1/staff/jobs/${job.jobId}/check-in`, { token: chen, body: {} });
    expect(checkedIn.status).toBe(200);
    expect(checkedIn.body.job.checkIn.punctuality).toEqual({ insideWindow: false, lateMinutes: 25 });
    const figures = (await api('GET', `/v1/staff/quality?quarter=${quarter}`, { token: manager })).body;
    expect(figures.punctuality.perTechnician.find((t: { technicianId: string }) => t.technicianId === 'staff-tech-chen')).toMatchObject({ late: lateBefore.late + 1, lateMinutes: lateBefore.lateMinutes + 25 });

    const [repair] = await timersOf(ticket.id, 'simple_repair');
    expect(repair).toMatchObject({ state: 'running', standardId: 'STD-2a', allowedMinutes: 120, startedAt: checkedIn.body.job.checkIn.at });
    expect(new Date(repair!.dueAt).getTime() - new Date(repair!.startedAt).getTime()).toBe(120 * MINUTE);
    await fireSchedule('sla-sweep', new Date(new Date(repair!.dueAt).getTime() - MINUTE));
    expect(await breachMails(ticket.number, '简单故障修复')).toEqual([]);
    await fireSchedule('sla-sweep', new Date(new Date(repair!.dueAt).getTime() + MINUTE));
    expect(await breachMails(ticket.number, '简单故障修复')).toHaveLength(1);
  });
});

describe('holidays beyond the announced data', () => {
  it("in November the breach watch reminds the manager, once, that next year's arrangement is not loaded", async () => {
    const now = await serverNow();
    const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now).split('-').map(Number) as [number, number];
    expect(month).toBeGreaterThanOrEqual(11); // the test clock starts in November (global-setup)
    const reminders = async () => (await emailsTo('manager@elv-demo.cn')).filter((e) => e.subject === `【请更新日历】${year + 1} 年节假日安排尚未载入`);
    const first = (await fireSchedule('sla-sweep', new Date(now.getTime() + MINUTE))) as { result: { calendarReminder?: number } };
    await fireSchedule('sla-sweep', new Date(now.getTime() + 2 * MINUTE));
    expect(first.result.calendarReminder).toBe(year + 1);
    expect(await reminders()).toHaveLength(1);
    expect((await reminders())[0]!.body.text).toContain('暂定假日');
  });
});

/**
 * People through the local stack (ORG-2, TRAIN-1, SAFE-2, SAFE-3): certificate records and their
 * expiry reminders (30 and 7 days, once each under overlapping runs), safety training derived from the
 * latest passed safety exam, the tool register with inspections, and dispatch refusing a technician
 * whose safety exam has lapsed or whose tool is overdue, with the reason.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { api, emailsTo, eventually, faultReport, fireSchedule, onSiteAssessment, serverNow, staffToken, visitWindow } from '../support/local.ts';

const unique = Date.now().toString(36);
const DAY = 86_400_000;
const TECH = `tech-e2e-${unique}`;
const TECH_EMAIL = `${TECH}@elv-demo.cn`;
const MANAGER_EMAIL = 'manager@elv-demo.cn';

let cs: string, support: string, manager: string, chen: string;
let startedAt: Date;
let today: string;

const localDay = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(at);
const dayPlus = (days: number) => localDay(new Date(startedAt.getTime() + days * DAY));

/** A visit window `daysAhead` days after the suite's start, 09:00-11:00 in Shanghai. */
const visit = (daysAhead = 1) => visitWindow(startedAt, daysAhead);

/** A ticket waiting for dispatch whose assessment lists these registered tool kinds. */
async function awaitingDispatch(toolKinds: string[]) {
  const created = (await api('POST', '/v1/tickets', { body: faultReport() })).body;
  expect((await api('POST', `/v1/staff/tickets/${created.id}/contact`, { token: cs, body: { note: '已联系客户' } })).status).toBe(200);
  expect((await api('POST', `/v1/staff/tickets/${created.id}/triage`, { token: cs, body: { classification: 'complex', notes: '需上门' } })).status).toBe(200);
  const assessed = await api('POST', `/v1/staff/tickets/${created.id}/assessment`, { token: support, body: { ...onSiteAssessment(), toolKinds } });
  expect(assessed.body.ticket?.status).toBe('awaiting_dispatch');
  return created.id as string;
}

async function candidate(ticketId: string, technicianId: string, day: string) {
  const candidates = (await api('GET', `/v1/staff/tickets/${ticketId}/candidates?date=${day}`, { token: manager })).body.candidates as Array<{ technicianId: string; eligible: boolean; reasons: unknown[] }>;
  return candidates.find((c) => c.technicianId === technicianId)!;
}

async function safetySession(date: string, results: Array<{ staffId: string; attended: boolean; score?: number }>) {
  const created = await api('POST', '/v1/staff/training/sessions', {
    token: manager,
    body: { groups: ['repair_service'], topic: 'safety', title: '带电作业安全', date, trainer: '王经理', method: 'classroom', passMark: 60 },
  });
  expect(created.status).toBe(201);
  const recorded = await api('PUT', `/v1/staff/training/sessions/${created.body.session.sessionId}/results`, { token: manager, body: { results } });
  expect(recorded.status).toBe(200);
  return recorded.body.session;
}

beforeAll(async () => {
  startedAt = await serverNow();
  today = localDay(startedAt);
  [cs, support, manager, chen] = await Promise.all([
    staffToken('customer_service'),
    staffToken('tech_support'),
    staffToken('manager'),
    api('POST', '/__local/token', { body: { staffId: 'staff-tech-chen' } }).then((r) => r.body.token as string),
  ]);
  const member = await api('PUT', `/v1/staff/members/${TECH}`, {
    token: manager,
    body: { name: `测试技术员${unique}`, email: TECH_EMAIL, roles: ['technician'], active: true, technician: { skills: ['cctv'], skillLevel: 'junior', stockLocation: `van-${TECH}`, lead: false } },
  });
  expect(member.status).toBe(200);
});

describe('certificates as records', () => {
  it('are recorded with number, issuer, validity and scan reference; invalid ones are refused field by field', async () => {
    const bad = await api('POST', `/v1/staff/people/${TECH}/certificates`, {
      token: manager,
      headers: { 'accept-language': 'en' },
      body: { type: 'other', number: 'X-1', issuer: '消防局', validFrom: '2026-05-01', validUntil: '2026-04-01' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['name', 'validUntil']);
    const saved = await api('POST', `/v1/staff/people/${TECH}/certificates`, {
      token: manager,
      body: { type: 'electrician', number: `T-${unique}`, issuer: '上海市应急管理局', validFrom: '2023-01-01', validUntil: dayPlus(20), scanRef: 'scans/electrician.pdf' },
    });
    expect(saved.status).toBe(201);
    expect(saved.body.certificate).toMatchObject({ staffId: TECH, type: 'electrician', scanRef: 'scans/electrician.pdf', updatedBy: 'staff-manager-wang' });
    expect((await api('POST', `/v1/staff/people/${TECH}/certificates`, { token: support, body: saved.body.certificate })).status).toBe(403);
    const page = (await api('GET', `/v1/staff/people/${TECH}`, { token: manager })).body;
    expect(page.certificates).toEqual([expect.objectContaining({ number: `T-${unique}`, expired: false, daysLeft: 20 })]);
    // A correction keeps the record (same id), not a second one beside it.
    const { certId, staffId: _staffId, updatedAt: _updatedAt, updatedBy: _updatedBy, ...fields } = saved.body.certificate;
    const corrected = await api('PUT', `/v1/staff/people/${TECH}/certificates/${certId}`, { token: manager, body: { ...fields, scanRef: 'scans/electrician-2.pdf' } });
    expect(corrected.status).toBe(200);
    expect(corrected.body.certificate).toMatchObject({ certId, scanRef: 'scans/electrician-2.pdf' });
    expect((await api('GET', `/v1/staff/people/${TECH}`, { token: manager })).body.certificates).toEqual([expect.objectContaining({ certId, scanRef: 'scans/electrician-2.pdf' })]);
  });

  it('remind the person and the manager 30 days and 7 days before expiry, once each under overlapping runs', async () => {
    const subject = (e: { subject: string }) => e.subject.includes(`T-${unique}`);
    // Two runs at once, then a later run the same day: one email.
    const morning = new Date(startedAt.getTime() + DAY);
    await Promise.all([fireSchedule('people-sweep', morning), fireSchedule('people-sweep', morning)]);
    await fireSchedule('people-sweep', new Date(morning.getTime() + 3600_000));
    const first = await eventually(async () => {
      const found = (await emailsTo(TECH_EMAIL)).filter(subject);
      return found.length > 0 && found;
    });
    expect(first).toHaveLength(1);
    expect(first[0]!.destination.to.sort()).toEqual([MANAGER_EMAIL, TECH_EMAIL].sort());
    expect(first[0]!.body.text).toContain('不足 30 天');
    // 15 days later (5 days left): the 7-day reminder, once; the 30-day one is not sent again.
    const later = new Date(startedAt.getTime() + 15 * DAY);
    await Promise.all([fireSchedule('people-sweep', later), fireSchedule('people-sweep', later), fireSchedule('people-sweep', new Date(later.getTime() + DAY))]);
    const both = await eventually(async () => {
      const found = (await emailsTo(TECH_EMAIL)).filter(subject);
      return found.length >= 2 && found;
    });
    expect(both).toHaveLength(2);
    expect(both.filter((e) => e.body.text?.includes('不足 7 天'))).toHaveLength(1);
    // After expiry nothing more.
    await fireSchedule('people-sweep', new Date(startedAt.getTime() + 25 * DAY));
    expect((await emailsTo(TECH_EMAIL)).filter(subject)).toHaveLength(2);
  });
});

describe('training and exams (TRAIN-1, SAFE-2)', () => {
  it('plans sessions per group, records attendance and scores; a score needs an exam and attendance', async () => {
    const planned = await api('POST', '/v1/staff/training/sessions', {
      token: manager,
      body: { groups: ['customer_service'], topic: 'service_etiquette', title: '服务礼仪', date: dayPlus(30), trainer: '外聘讲师', method: 'online' },
    });
    expect(planned.status).toBe(201);
    const future = await api('PUT', `/v1/staff/training/sessions/${planned.body.session.sessionId}/results`, { token: manager, body: { results: [{ staffId: 'staff-cs-li', attended: true }] } });
    expect(future.status).toBe(400);
    expect(future.body.error.fields[0].path).toBe('results');
    const wrongTopic = await api('POST', '/v1/staff/training/sessions', { token: manager, body: { groups: ['customer_service'], topic: 'cooking', title: 'x', date: today, trainer: 'x', method: 'online' } });
    expect(wrongTopic.body.error.fields[0].path).toBe('topic');
    const held = await api('POST', '/v1/staff/training/sessions', {
      token: manager,
      body: { groups: ['customer_service'], topic: 'communication', title: '投诉沟通', date: today, trainer: '王经理', method: 'classroom' },
    });
    const scored = await api('PUT', `/v1/staff/training/sessions/${held.body.session.sessionId}/results`, {
      token: manager,
      body: { results: [{ staffId: 'staff-cs-li', attended: true, score: 90 }, { staffId: 'nobody-here', attended: true }] },
    });
    expect(scored.status).toBe(400);
    expect(scored.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['results.0.score', 'results.1.staffId']);
    const plan = (await api('GET', `/v1/staff/training?year=${today.slice(0, 4)}`, { token: manager })).body.sessions as Array<{ sessionId: string }>;
    expect(plan.map((s) => s.sessionId)).toEqual(expect.arrayContaining([planned.body.session.sessionId, held.body.session.sessionId]));
  });

  it('derives safety-training validity from the latest passed safety exam; dispatch refuses a lapsed one with the reason', async () => {
    const ticketId = await awaitingDispatch([]);
    const window = visit(1);
    expect(await candidate(ticketId, TECH, localDay(new Date(window.from)))).toMatchObject({ eligible: false, reasons: [{ code: 'safety_training_missing' }] });

    // Passed long ago (valid 12 months), then failed a retake: lapsed.
    await safetySession('2025-01-10', [{ staffId: TECH, attended: true, score: 88 }]);
    await safetySession('2026-01-20', [{ staffId: TECH, attended: true, score: 40 }]);
    const me = (await api('GET', `/v1/staff/people/${TECH}`, { token: manager })).body;
    expect(me.safetyTraining).toEqual({ validUntil: '2026-01-09', valid: false });
    expect(me.training.map((r: { passed: boolean }) => r.passed)).toEqual([false, true]);
    const refused = await api('POST', `/v1/staff/tickets/${ticketId}/schedule`, { token: manager, body: { technicianId: TECH, window }, headers: { 'accept-language': 'en' } });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ code: 'technician_not_eligible', reasons: [{ code: 'safety_training_expired', validUntil: '2026-01-09' }] });
    expect(refused.body.error.message).toContain('Safety training expired on 2026-01-09');

    await safetySession(today, [{ staffId: TECH, attended: true, score: 75 }]);
    expect((await api('GET', `/v1/staff/people/${TECH}`, { token: manager })).body.safetyTraining.valid).toBe(true);
    expect((await api('POST', `/v1/staff/tickets/${ticketId}/schedule`, { token: manager, body: { technicianId: TECH, window } })).status).toBe(201);
  });
});

describe('people settings', () => {
  it('are versioned: a change names the version it read and answers the next', async () => {
    const settings = (await api('GET', '/v1/staff/people/settings', { token: manager })).body;
    expect(settings.value).toMatchObject({ safetyValidityMonths: expect.any(Number), certificateReminderDays: expect.any(Array) });
    // The same values written back: a new version, nothing else changes for the other tests.
    const saved = await api('PUT', '/v1/staff/people/settings', { token: manager, body: { expectedVersion: settings.version, settings: settings.value } });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({ version: settings.version + 1 });
    expect((await api('PUT', '/v1/staff/people/settings', { token: manager, body: { expectedVersion: settings.version, settings: settings.value } })).status).toBe(409);
  });
});

describe('the tool register (SAFE-3)', () => {
  const TESTER = `IT-${unique}`;
  const SPLICER = `FS-${unique}`;

  it('refuses a technician whose tool of a listed kind is overdue, until it is inspected; the safety check records the tools checked', async () => {
    const registered = await api('PUT', `/v1/staff/tools/${TESTER}`, {
      token: support,
      body: { kind: 'insulation_tester', name: '绝缘电阻测试仪 UT502A', holder: 'staff-tech-chen', inspectionIntervalDays: 180, nextDueOn: dayPlus(-1) },
    });
    expect(registered.status).toBe(200);
    expect((await api('PUT', `/v1/staff/tools/X-${unique}`, { token: support, body: { kind: 'ladder', name: '梯子', holder: 'staff-cs-li', inspectionIntervalDays: 90 } })).body.error.fields[0].path).toBe('holder');

    const ticketId = await awaitingDispatch(['insulation_tester']);
    const window = visit(2);
    const refused = await api('POST', `/v1/staff/tickets/${ticketId}/schedule`, { token: manager, body: { technicianId: 'staff-tech-chen', window } });
    expect(refused.status).toBe(422);
    expect(refused.body.error.reasons).toEqual([{ code: 'tool_overdue', tool: 'insulation_tester', assetNo: TESTER, dueOn: dayPlus(-1) }]);
    // Liu holds none at all.
    expect((await candidate(ticketId, 'staff-tech-liu', localDay(new Date(window.from)))).reasons).toContainEqual({ code: 'tool_missing', tool: 'insulation_tester' });

    const failed = await api('POST', `/v1/staff/tools/${TESTER}/inspections`, { token: support, body: { date: today, inspector: '赵工', result: 'fail', notes: '表笔绝缘破损' } });
    expect(failed.status).toBe(201);
    expect((await candidate(ticketId, 'staff-tech-chen', localDay(new Date(window.from)))).reasons).toEqual([{ code: 'tool_failed', tool: 'insulation_tester', assetNo: TESTER, dueOn: failed.body.tool.nextDueOn }]);
    const passed = await api('POST', `/v1/staff/tools/${TESTER}/inspections`, { token: support, body: { date: today, inspector: '赵工', result: 'pass', notes: '更换表笔后合格' } });
    expect(passed.body.tool).toMatchObject({ condition: 'ok', lastInspectedOn: today, nextDueOn: dayPlus(180) });
    const history = (await api('GET', `/v1/staff/tools/${TESTER}`, { token: support })).body;
    expect(history.inspections.map((i: { result: string }) => i.result).sort()).toEqual(['fail', 'pass']);
    const register = (await api('GET', '/v1/staff/tools', { token: support })).body.items as Array<{ assetNo: string }>;
    expect(register.find((tool) => tool.assetNo === TESTER)).toMatchObject({ condition: 'ok', problem: null });

    const scheduled = await api('POST', `/v1/staff/tickets/${ticketId}/schedule`, { token: manager, body: { technicianId: 'staff-tech-chen', window } });
    expect(scheduled.status).toBe(201);
    const jobId = scheduled.body.job.jobId;
    const items = ['insulated_tools', 'multimeter_calibrated', 'ladder_or_platform', 'ppe_helmet_gloves', 'cable_tester', 'spare_parts_checked'].map((item) => ({ item, ok: true }));
    const unknown = await api('POST', `/v1/staff/jobs/${jobId}/safety-check`, { token: chen, body: { items, toolsChecked: [TESTER, 'NT-0001'] } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields[0].path).toBe('toolsChecked.1'); // the warehouse's, not Chen's
    const checked = await api('POST', `/v1/staff/jobs/${jobId}/safety-check`, { token: chen, body: { items, toolsChecked: [TESTER, 'MM-0001'] } });
    expect(checked.status).toBe(200);
    expect(checked.body.job.safetyChecks.at(-1)).toMatchObject({
      passed: true,
      tools: [
        { assetNo: TESTER, kind: 'insulation_tester', nextDueOn: dayPlus(180), inDate: true },
        { assetNo: 'MM-0001', kind: 'multimeter', inDate: true },
      ],
    });
    expect((await api('POST', `/v1/staff/jobs/${jobId}/cancel`, { token: manager, body: { reason: '测试结束' } })).status).toBe(200);
  });

  it('emails the holder and the manager once per due date when a tool is overdue', async () => {
    await api('PUT', `/v1/staff/tools/${SPLICER}`, { token: support, body: { kind: 'fusion_splicer', name: '光纤熔接机', holder: TECH, inspectionIntervalDays: 365, nextDueOn: dayPlus(3) } });
    const subject = (e: { subject: string }) => e.subject.includes(SPLICER);
    await fireSchedule('people-sweep', new Date(startedAt.getTime() + 2 * DAY)); // not yet due
    const overdue = new Date(startedAt.getTime() + 5 * DAY);
    await Promise.all([fireSchedule('people-sweep', overdue), fireSchedule('people-sweep', overdue), fireSchedule('people-sweep', new Date(overdue.getTime() + DAY))]);
    const sent = await eventually(async () => {
      const found = (await emailsTo(TECH_EMAIL)).filter(subject);
      return found.length > 0 && found;
    });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.destination.to.sort()).toEqual([MANAGER_EMAIL, TECH_EMAIL].sort());
    expect(sent[0]!.subject).toContain(dayPlus(3));
    // Its own page and the manager's team page show it as overdue.
    const team = (await api('GET', '/v1/staff/people/team', { token: manager })).body;
    expect(team.toolsDue.find((t: { assetNo: string }) => t.assetNo === SPLICER)).toMatchObject({ holder: TECH, problem: null });
    expect(team.certificatesDue.find((c: { staffId: string }) => c.staffId === TECH)).toMatchObject({ number: `T-${unique}` });
    expect(team.members.find((m: { id: string }) => m.id === TECH)).toMatchObject({ group: 'repair_service', safetyValid: true });
  });
});

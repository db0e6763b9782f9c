/**
 * Quarterly grading (TRAIN-2) through the local stack: a quarter of activity for three technicians
 * and two customer-service agents (tickets, timers kept and breached, an exemption, a late arrival,
 * a confirmed and a rejected rework, phone follow-ups and a survey answer, complaints, training and exams), every number
 * of every scorecard and the grade under the default bands; the draft to the manager at the start of
 * the next quarter (HTML + CSV, once); an adjustment with its reason; sign-off, each person's own
 * scorecard by email, and a late fact that does not change the frozen quarter.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { signLinkToken } from '../../lib/platform/auth/signed-link.ts';
import { TEST_LINK_SECRET } from '../support/global-setup.ts';
import { api, dynamo, emailsTo, eventually, faultReport, fireSchedule, local, serverNow, setServerClock, staffToken } from '../support/local.ts';

const u = Date.now().toString(36);
const MINUTE = 60_000;
const [A, B, C] = ['a', 'b', 'c'].map((x) => `sc-tech-${x}-${u}`) as [string, string, string];
const [X, Y] = ['x', 'y'].map((x) => `sc-cs-${x}-${u}`) as [string, string];
const email = (id: string) => `${id}@elv-demo.cn`;

let manager: string, support: string;
const tokens: Record<string, string> = {};
let quarter: string;

const shanghai = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(at);
const quarterOf = (day: string) => `${day.slice(0, 4)}-Q${Math.ceil(Number(day.slice(5, 7)) / 3)}`;
const SAFETY_ITEMS = ['insulated_tools', 'multimeter_calibrated', 'ladder_or_platform', 'ppe_helmet_gloves', 'cable_tester', 'spare_parts_checked'].map((item) => ({ item, ok: true }));

async function ok<T = any>(response: Promise<{ status: number; body: T }>, status = 200): Promise<T> {
  const r = await response;
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  return r.body;
}

async function member(id: string, roles: string[]) {
  const technician = roles.includes('technician') ? { technician: { skills: ['cctv'], skillLevel: 'senior', stockLocation: `van-${id}`, lead: false } } : {};
  await ok(api('PUT', `/v1/staff/members/${id}`, { token: manager, body: { name: id, email: email(id), roles, active: true, ...technician } }));
  tokens[id] = (await ok(api('POST', '/__local/token', { body: { staffId: id } }))).token;
}

interface Visit {
  agent: string;
  technician: string;
  satisfaction: number;
  urgent?: boolean;
  lateMinutes?: number;
  breachRepair?: boolean;
  breachContact?: boolean;
  exemptContact?: boolean;
  /** The customer answers the survey (by its signed link) instead of a phone follow-up by the agent. */
  survey?: boolean;
}

/** One ticket from report to phone follow-up, shaped by `v`; returns its id and report. */
async function repair(v: Visit) {
  const report = faultReport(v.urgent ? { urgency: 'urgent' } : {});
  const ticket = await ok(api('POST', '/v1/tickets', { body: report }), 201);
  const agent = tokens[v.agent]!;
  if (v.breachContact) {
    const due = (await ok(api('GET', `/v1/staff/tickets/${ticket.id}`, { token: agent }))).timers.find((t: { kind: string }) => t.kind === 'first_contact').dueAt;
    await fireSchedule('sla-sweep', new Date(new Date(due).getTime() + MINUTE));
  }
  if (v.exemptContact) {
    await ok(api('POST', `/v1/staff/tickets/${ticket.id}/timers/first_contact/exemption`, { token: agent, body: { reason: '客户出差，约定返回后联系', customerToldAt: (await serverNow()).toISOString(), customerToldVia: 'phone' } }));
  }
  await ok(api('POST', `/v1/staff/tickets/${ticket.id}/contact`, { token: agent, body: { note: '已联系客户' } }));
  await ok(api('POST', `/v1/staff/tickets/${ticket.id}/triage`, { token: agent, body: { classification: 'complex', notes: '需上门' } }));
  await ok(
    api('POST', `/v1/staff/tickets/${ticket.id}/assessment`, {
      token: support,
      body: { diagnosis: '电源故障', repairPlan: '更换电源', technicalMeasures: '断电作业', toolsNeeded: [], partsNeeded: [], skillRequired: 'cctv', complexity: 'simple', estimatedMinutes: 30, onSite: true },
    }),
  );
  const now = await serverNow();
  const window = { from: new Date(now.getTime() + 30 * MINUTE).toISOString(), to: new Date(now.getTime() + 90 * MINUTE).toISOString() };
  const job = (await ok(api('POST', `/v1/staff/tickets/${ticket.id}/schedule`, { token: manager, body: { technicianId: v.technician, window } }), 201)).job;
  const tech = tokens[v.technician]!;
  await ok(api('POST', `/v1/staff/jobs/${job.jobId}/safety-check`, { token: tech, body: { items: SAFETY_ITEMS } }));
  if (v.lateMinutes) await setServerClock(new Date(new Date(window.to).getTime() + v.lateMinutes * MINUTE + 10_000));
  const checkedIn = (await ok(api('POST', `/v1/staff/jobs/${job.jobId}/check-in`, { token: tech, body: {} }))).job;
  if (v.breachRepair) await fireSchedule('sla-sweep', new Date(new Date(checkedIn.checkIn.at).getTime() + 121 * MINUTE));
  const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
  await ok(api('POST', `/v1/staff/jobs/${job.jobId}/sign-off`, { token: tech, body: { signerName: '张伟', testResult: '正常', usageNotes: '无', signaturePng: png } }));
  if (v.survey) {
    const link = signLinkToken(TEST_LINK_SECRET, 'survey', ticket.id, new Date((await serverNow()).getTime() + 86_400_000));
    await ok(api('POST', `/v1/surveys/${ticket.id}?t=${link}`, { body: { satisfaction: v.satisfaction, equipmentWorking: true } }));
  } else await ok(api('POST', `/v1/staff/tickets/${ticket.id}/follow-up`, { token: agent, body: { satisfaction: v.satisfaction, equipmentWorking: true } }));
  return { id: ticket.id as string, report };
}

/** The same device fails again: a suspected rework, judged by technical support. */
async function rework(original: { report: Record<string, any> }, decision: 'confirmed' | 'rejected') {
  const again = await ok(api('POST', '/v1/tickets', { body: { ...original.report, symptom: '同一设备再次故障' } }), 201);
  await ok(api('POST', `/v1/staff/tickets/${again.id}/rework-judgement`, { token: support, body: { decision, reason: decision === 'confirmed' ? '原维修接线不良' : '雷击所致，与原维修无关' } }));
}

async function complaint(ticketId: string, against: string, upheld: boolean) {
  const investigation = (await ok(api('POST', `/v1/staff/tickets/${ticketId}/complaints`, { token: tokens[X]!, body: { complaint: '技术员态度差', againstStaffId: against } }), 201)).investigation;
  await ok(
    api('POST', `/v1/staff/investigations/${investigation.investigationId}/analysis`, {
      token: manager,
      body: { rootCause: upheld ? '沟通不当属实' : '经核实不属实', correctiveMeasures: '培训', owner: '王经理', dueDate: shanghai(await serverNow()), upheld },
    }),
  );
}

async function session(groups: string[], topic: string, passMark: number | undefined, results: Array<{ staffId: string; attended: boolean; score?: number }>) {
  const created = await ok(
    api('POST', '/v1/staff/training/sessions', { token: manager, body: { groups, topic, title: topic, date: shanghai(await serverNow()), trainer: '王经理', method: 'classroom', ...(passMark ? { passMark } : {}) } }),
    201,
  );
  await ok(api('PUT', `/v1/staff/training/sessions/${created.session.sessionId}/results`, { token: manager, body: { results } }));
}

const cards = async () => (await ok(api('GET', `/v1/staff/scorecards?quarter=${quarter}`, { token: manager }))) as { signOff: unknown; cards: Array<Record<string, any>> };
const cardOf = async (id: string) => (await cards()).cards.find((c) => c.staffId === id)!;

beforeAll(async () => {
  [manager, support] = await Promise.all([staffToken('manager'), staffToken('tech_support')]);
  quarter = quarterOf(shanghai(await serverNow()));
  for (const id of [A, B, C]) await member(id, ['technician']);
  for (const id of [X, Y]) await member(id, ['customer_service']);
  // Safety training first (dispatch needs it): everyone passes.
  await session(['repair_service'], 'safety', 60, [A, B, C].map((staffId) => ({ staffId, attended: true, score: 90 })));
  // Fewer than 3 answers is a small sample this quarter (the configuration is the manager's, versioned).
  const config = await ok(api('GET', '/v1/staff/scorecards/config', { token: manager }));
  await ok(api('PUT', '/v1/staff/scorecards/config', { token: manager, body: { expectedVersion: config.version, config: { ...config.value, minSatisfactionAnswers: 3 } } }));
}, 60_000);

describe('a quarter of activity', () => {
  const tickets: Record<string, { id: string; report: Record<string, any> }> = {};

  it('is recorded through the ordinary flows', async () => {
    // The breach of the urgent first contact comes first: the sweep fired at its deadline sees no other open timer of ours.
    tickets.t6 = await repair({ agent: Y, technician: C, satisfaction: 4, urgent: true, breachContact: true });
    tickets.t1 = await repair({ agent: X, technician: A, satisfaction: 5 });
    tickets.t2 = await repair({ agent: X, technician: A, satisfaction: 4, lateMinutes: 25 });
    tickets.t3 = await repair({ agent: Y, technician: A, satisfaction: 3, breachRepair: true });
    tickets.t4 = await repair({ agent: Y, technician: B, satisfaction: 5, survey: true });
    tickets.t5 = await repair({ agent: X, technician: B, satisfaction: 2 });
    tickets.t7 = await repair({ agent: X, technician: C, satisfaction: 5, exemptContact: true });
    await rework(tickets.t1!, 'confirmed');
    await rework(tickets.t4!, 'rejected');
    await complaint(tickets.t6!.id, C, true);
    await complaint(tickets.t4!.id, B, false);
    await session(['repair_service'], 'maintenance_skills', 60, [
      { staffId: A, attended: true, score: 80 },
      { staffId: B, attended: true, score: 50 },
      { staffId: C, attended: false },
    ]);
    await session(['customer_service'], 'communication', undefined, [
      { staffId: X, attended: true },
      { staffId: Y, attended: false },
    ]);
    const adHoc = await api('POST', `/v1/staff/people/${B}/assessments`, { token: manager, body: { date: shanghai(await serverNow()), kind: 'incident', note: '暴雨夜抢修处置得当', grade: 'excellent' } });
    expect(adHoc.status).toBe(201);
  }, 120_000);

  it('names the people responsible in the facts themselves', async () => {
    const timers = async (id: string) =>
      Object.fromEntries(((await ok(api('GET', `/v1/staff/tickets/${id}`, { token: manager }))).timers as Array<{ kind: string; state: string; assignee?: string }>).map((t) => [t.kind, `${t.state}:${t.assignee ?? '-'}`]));
    expect(await timers(tickets.t1!.id)).toEqual({ first_contact: `met:${X}`, visit_agreement: `met:${X}`, simple_repair: `met:${A}`, follow_up: `met:${X}` });
    // Breached before anyone called: the timer names nobody; the scorecard finds the agent through the ticket.
    expect(await timers(tickets.t6!.id)).toEqual({ first_contact: 'breached:-', on_site: `met:${C}`, simple_repair: `met:${C}`, follow_up: `met:${Y}` });
    const answer = async (ticketId: string) => (await dynamo.send(new GetCommand({ TableName: local.tableName, Key: { PK: `QUALITY#${quarter}`, SK: `SATISFACTION#${ticketId}` } }))).Item;
    expect(await answer(tickets.t3!.id)).toMatchObject({ technicianId: A, csAgentId: Y, satisfaction: 3, via: 'phone' });
    // A survey answer names the technician and the ticket's agent (who made first contact).
    expect(await answer(tickets.t4!.id)).toMatchObject({ technicianId: B, csAgentId: Y, satisfaction: 5, via: 'survey' });
  });

  it('gives every number of every scorecard and the grade under the default bands', async () => {
    const { signOff, cards: all } = await cards();
    expect(signOff).toBeNull();
    const view = (id: string) => {
      const card = all.find((c) => c.staffId === id)!;
      return { group: card.group, facts: card.facts, scores: Object.fromEntries(card.metrics.map((m: any) => [m.metric, m.counted ? m.score : m.score === null ? null : `(${m.score})`])), score: card.score, grade: card.grade, smallSample: card.smallSample };
    };
    const training = (sessions: number, attended: number) => ({ sessions, attended });
    expect(view(A)).toEqual({
      group: 'repair_service',
      facts: { sla: { met: 2, breached: 1, exempt: 0, cancelled: 0 }, arrivals: { total: 3, late: 1 }, repairs: { total: 3, failedAgain: 1 }, satisfaction: { answers: 3, sum: 12 }, complaintsUpheld: 0, training: training(2, 2), exams: { sat: 2, passed: 2 } },
      scores: { slaKept: 66.7, punctuality: 66.7, repeatFailure: 66.7, satisfaction: 80, complaints: 100, trainingAttendance: 100, examsPassed: 100 },
      score: 76,
      grade: 'pass',
      smallSample: false,
    });
    expect(view(B)).toEqual({
      group: 'repair_service',
      facts: { sla: { met: 2, breached: 0, exempt: 0, cancelled: 0 }, arrivals: { total: 2, late: 0 }, repairs: { total: 2, failedAgain: 0 }, satisfaction: { answers: 2, sum: 7 }, complaintsUpheld: 0, training: training(2, 2), exams: { sat: 2, passed: 1 } },
      // Two answers: a small sample, shown in brackets and not graded on.
      scores: { slaKept: 100, punctuality: 100, repeatFailure: 100, satisfaction: '(70)', complaints: 100, trainingAttendance: 100, examsPassed: 50 },
      score: 96.9,
      grade: 'excellent',
      smallSample: true,
    });
    expect(view(C)).toEqual({
      group: 'repair_service',
      facts: { sla: { met: 3, breached: 0, exempt: 0, cancelled: 0 }, arrivals: { total: 2, late: 0 }, repairs: { total: 2, failedAgain: 0 }, satisfaction: { answers: 2, sum: 9 }, complaintsUpheld: 1, training: training(2, 1), exams: { sat: 1, passed: 1 } },
      scores: { slaKept: 100, punctuality: 100, repeatFailure: 100, satisfaction: '(90)', complaints: 75, trainingAttendance: 50, examsPassed: 100 },
      score: 93.8,
      grade: 'excellent',
      smallSample: true,
    });
    const noWork = { arrivals: { total: 0, late: 0 }, repairs: { total: 0, failedAgain: 0 }, complaintsUpheld: 0, exams: { sat: 0, passed: 0 } };
    expect(view(X)).toEqual({
      group: 'customer_service',
      facts: { ...noWork, sla: { met: 11, breached: 0, exempt: 1, cancelled: 0 }, satisfaction: { answers: 4, sum: 16 }, training: training(1, 1) },
      scores: { slaKept: 100, punctuality: null, repeatFailure: null, satisfaction: 80, complaints: 100, trainingAttendance: 100, examsPassed: null },
      score: 93.3,
      grade: 'excellent',
      smallSample: false,
    });
    expect(view(Y)).toEqual({
      group: 'customer_service',
      facts: { ...noWork, sla: { met: 7, breached: 1, exempt: 0, cancelled: 0 }, satisfaction: { answers: 3, sum: 12 }, training: training(1, 0) },
      scores: { slaKept: 87.5, punctuality: null, repeatFailure: null, satisfaction: 80, complaints: 100, trainingAttendance: 0, examsPassed: null },
      score: 77.4,
      grade: 'pass',
      smallSample: false,
    });
    expect(all.find((c) => c.staffId === B)!.adHoc).toEqual([expect.objectContaining({ kind: 'incident', grade: 'excellent', quarter })]);
  });

  it('is emailed to the manager as a draft at the start of the next quarter (HTML table and CSV with BOM), once', async () => {
    const [year, q] = [Number(quarter.slice(0, 4)), Number(quarter.slice(-1))];
    const next = q === 4 ? `${year + 1}-01-01` : `${year}-${String(q * 3 + 1).padStart(2, '0')}-01`;
    const morning = new Date(`${next}T00:00:00.000Z`); // 08:00 in Shanghai on the quarter's first day
    await Promise.all([fireSchedule('people-sweep', morning), fireSchedule('people-sweep', morning), fireSchedule('people-sweep', new Date(morning.getTime() + 86_400_000))]);
    const drafts = await eventually(async () => {
      const found = (await emailsTo('manager@elv-demo.cn')).filter((e) => e.subject.includes('季度考核草稿') && e.subject.includes(`${year} 年第 ${q} 季度`));
      return found.length > 0 && found;
    });
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.body.html).toContain('<table');
    const csv = Buffer.from(drafts[0]!.attachments[0]!.content, 'base64').toString('utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const row = csv.split('\r\n').find((line) => line.startsWith(`${A},`))!;
    expect(row.split(',').slice(-3)).toEqual(['76', '合格', '']);
  });

  it('keeps the manager\'s adjustment beside the computed grade, then freezes the quarter at sign-off', async () => {
    expect((await api('POST', `/v1/staff/scorecards/${quarter}/adjustments/${C}`, { token: manager, body: { grade: 'good' } })).body.error.fields[0].path).toBe('reason');
    await ok(api('POST', `/v1/staff/scorecards/${quarter}/adjustments/${C}`, { token: manager, body: { grade: 'good', reason: '有一次投诉成立，降一档' } }), 201);
    const c = await cardOf(C);
    expect(c).toMatchObject({ grade: 'excellent', finalGrade: 'good', adjustment: { grade: 'good', reason: '有一次投诉成立，降一档', by: 'staff-manager-wang' } });

    const [year, q] = [Number(quarter.slice(0, 4)), Number(quarter.slice(-1))];
    const next = q === 4 ? `${year + 1}-Q1` : `${year}-Q${q + 1}`;
    const early = await api('POST', `/v1/staff/scorecards/${next}/sign-off`, { token: manager });
    expect([early.status, early.body.error.fields[0].path]).toEqual([400, 'quarter']);
    const signed = await ok(api('POST', `/v1/staff/scorecards/${quarter}/sign-off`, { token: manager }));
    expect(signed.cards.find((card: { staffId: string }) => card.staffId === C)).toMatchObject({ grade: 'excellent', finalGrade: 'good' });
    expect((await api('POST', `/v1/staff/scorecards/${quarter}/sign-off`, { token: manager })).status).toBe(409);
    const refused = await api('POST', `/v1/staff/scorecards/${quarter}/adjustments/${A}`, { token: manager, body: { grade: 'good', reason: '补充' } });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('quarter_signed_off');

    // Each person gets their own scorecard once; their own page shows it.
    for (const id of [A, B, C, X, Y]) {
      const mails = await eventually(async () => {
        const found = (await emailsTo(email(id))).filter((e) => e.subject.includes('季度考核结果'));
        return found.length > 0 && found;
      });
      expect(mails).toHaveLength(1);
    }
    expect((await emailsTo(email(C))).find((e) => e.subject.includes('季度考核结果'))!.subject).toContain('良好');
    const own = await ok(api('GET', '/v1/staff/people/me', { token: tokens[C]! }));
    expect(own.scorecards).toEqual([expect.objectContaining({ quarter, grade: 'excellent', finalGrade: 'good', score: 93.8 })]);
  });

  it('does not change when a late fact arrives; the fact shows as after sign-off', async () => {
    await complaint(tickets.t1!.id, A, true);
    const a = await cardOf(A);
    expect(a).toMatchObject({ score: 76, grade: 'pass', finalGrade: 'pass', facts: { complaintsUpheld: 0 } });
    expect(a.afterSignOff).toEqual({ complaintsUpheld: 1 });
    expect((await cardOf(B)).afterSignOff).toEqual({});
  });
});

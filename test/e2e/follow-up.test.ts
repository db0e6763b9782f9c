/**
 * Follow-up through the real local stack with the follow-up watch fired at chosen instants: the
 * survey after exactly the working-day delay (across a weekend and holidays of the site's calendar),
 * answered once; a low score's investigation to its outcome letter; no answer to a call task and a
 * phone outcome; replayed and expired links refused; quality figures.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { signLinkToken } from '../../lib/platform/auth/signed-link.ts';
import { addWorkingMinutes, BUSINESS_CALENDAR_CN, type WorkCalendar } from '../../lib/calendar/index.ts';
import { quarterOf } from '../../lib/followup/domain/follow-up.ts';
import { TEST_LINK_SECRET } from '../support/global-setup.ts';
import { api, emailsTo, eventually, faultReport, fireSchedule, serverNow, staffToken } from '../support/local.ts';

const DAY = 86_400_000;
const unique = Date.now().toString(36);
const CALENDAR_ID = `fu-${unique}`;
let cs: string, manager: string;
let siteCalendar: WorkCalendar;
/** The system's "now" when the file started (test/support/local.ts serverNow). */
let startedAt: Date;

const shanghaiDay = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(at);

/** The next `count` Monday-Friday dates after `from`'s day (Shanghai), as holidays of the site calendar. */
function nextWeekdays(from: Date, count: number): string[] {
  const days: string[] = [];
  for (let at = from.getTime() + DAY; days.length < count; at += DAY) {
    const weekday = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', weekday: 'short' }).format(new Date(at));
    if (weekday !== 'Sat' && weekday !== 'Sun') days.push(shanghaiDay(new Date(at)));
  }
  return days;
}

async function completedTicket(overrides: Record<string, unknown> = {}) {
  const report = faultReport(overrides);
  const created = (await api('POST', '/v1/tickets', { body: report })).body;
  await api('PATCH', `/v1/staff/tickets/${created.id}`, { token: cs, body: { calendarId: CALENDAR_ID } });
  await api('POST', `/v1/staff/tickets/${created.id}/contact`, { token: cs, body: { note: '已联系' } });
  await api('POST', `/v1/staff/tickets/${created.id}/triage`, { token: cs, body: { classification: 'simple', notes: '简单故障', solution: '重启录像机', guidance: '电话指导' } });
  const done = await api('POST', `/v1/staff/tickets/${created.id}/remote-resolution/confirm`, { token: cs, body: { customerConfirmation: '已恢复' } });
  expect(done.body.ticket.status).toBe('completed');
  return { ...created, report, completedAt: new Date(done.body.ticket.completedAt as string) };
}

async function surveyEmails(address: string) {
  return (await emailsTo(address)).filter((e) => e.subject.includes('回访') || e.subject.includes('How did we do'));
}

function surveyPath(text: string) {
  const url = new URL(/https?:\/\/\S+survey\.html\?\S+/.exec(text)![0]);
  return { id: url.searchParams.get('ticket')!, t: url.searchParams.get('t')! };
}

beforeAll(async () => {
  [cs, manager] = await Promise.all([staffToken('customer_service'), staffToken('manager')]);
  startedAt = await serverNow();
  siteCalendar = { ...BUSINESS_CALENDAR_CN, holidays: [...(BUSINESS_CALENDAR_CN.holidays ?? []), ...nextWeekdays(startedAt, 2)] };
  const saved = await api('PUT', `/v1/staff/calendars/${CALENDAR_ID}`, { token: manager, body: { expectedVersion: 0, name: 'Site with its own days off', calendar: siteCalendar } });
  expect(saved.status).toBe(200);
});

describe('the survey', () => {
  it('goes out exactly one working day after completion, skipping the weekend and the site holidays, and is answered once', async () => {
    const ticket = await completedTicket();
    const dueAt = addWorkingMinutes(siteCalendar, ticket.completedAt, 480);
    expect(dueAt.getTime() - ticket.completedAt.getTime()).toBeGreaterThan(2 * DAY); // two holidays at least

    await fireSchedule('followup-sweep', new Date(dueAt.getTime() - 60_000));
    expect(await surveyEmails(ticket.report.customer.email)).toEqual([]);
    await fireSchedule('followup-sweep', dueAt);
    await fireSchedule('followup-sweep', new Date(dueAt.getTime() + 60_000));
    const emails = await surveyEmails(ticket.report.customer.email);
    expect(emails).toHaveLength(1);
    expect(emails[0]!.subject).toBe(`【${ticket.number}】服务满意度回访`);

    const link = surveyPath(emails[0]!.body.text!);
    expect(link.id).toBe(ticket.id);
    const view = await api('GET', `/v1/surveys/${link.id}?t=${link.t}`);
    expect(view.body).toMatchObject({ ticketNumber: ticket.number, answered: false });
    expect((await api('GET', `/v1/surveys/${link.id}?t=0.${'A'.repeat(43)}`)).status).toBe(404);

    const answered = await api('POST', `/v1/surveys/${link.id}?t=${link.t}`, { body: { satisfaction: 5, equipmentWorking: true, comment: '师傅很专业' } });
    expect(answered.status).toBe(200);
    const detail = (await api('GET', `/v1/staff/tickets/${ticket.id}`, { token: cs })).body;
    expect(detail.ticket.status).toBe('followed_up');
    expect(detail.timers.find((t: { kind: string }) => t.kind === 'follow_up').state).toBe('met');

    const replay = await api('POST', `/v1/surveys/${link.id}?t=${link.t}`, { body: { satisfaction: 1, equipmentWorking: false }, headers: { 'accept-language': 'en' } });
    expect(replay.status).toBe(409);
    expect(replay.body.error.code).toBe('survey_already_answered');
    expect((await api('GET', `/v1/staff/investigations`, { token: manager })).body.items.some((i: { ticketId: string }) => i.ticketId === ticket.id)).toBe(false);
  });

  it('refuses an expired link with 410 and a bad answer with field errors', async () => {
    const ticket = await completedTicket();
    await fireSchedule('followup-sweep', addWorkingMinutes(siteCalendar, ticket.completedAt, 480));
    const expired = signLinkToken(TEST_LINK_SECRET, 'survey', ticket.id, new Date((await serverNow()).getTime() - 60_000));
    const response = await api('POST', `/v1/surveys/${ticket.id}?t=${expired}`, { body: { satisfaction: 4, equipmentWorking: true } });
    expect(response.status).toBe(410);
    expect(response.body.error).toEqual({ code: 'link_expired', message: '链接已过期，请联系客服' });
    const valid = signLinkToken(TEST_LINK_SECRET, 'survey', ticket.id, new Date((await serverNow()).getTime() + DAY));
    const bad = await api('POST', `/v1/surveys/${ticket.id}?t=${valid}`, { body: { satisfaction: 6 } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['equipmentWorking', 'satisfaction']);
  });
});

describe('low satisfaction', () => {
  it('opens an investigation and a rework ticket; analysis, outcome letter approved by the manager, closed', async () => {
    const ticket = await completedTicket();
    await fireSchedule('followup-sweep', addWorkingMinutes(siteCalendar, ticket.completedAt, 480));
    const [email] = await surveyEmails(ticket.report.customer.email);
    const link = surveyPath(email!.body.text!);
    await api('POST', `/v1/surveys/${link.id}?t=${link.t}`, { body: { satisfaction: 1, equipmentWorking: false, comment: '修完第二天又黑屏' } });

    const open = await eventually(async () => {
      const items = (await api('GET', '/v1/staff/investigations', { token: manager })).body.items as Array<Record<string, any>>;
      return items.find((i) => i.ticketId === ticket.id && i.reworkTicketId);
    });
    expect(open).toMatchObject({ source: 'survey', status: 'open', overdue: false, trigger: { satisfaction: 1, equipmentWorking: false } });
    const rework = (await api('GET', `/v1/staff/tickets/${open.reworkTicketId}`, { token: cs })).body.ticket;
    expect(rework).toMatchObject({ channel: 'follow_up', rework: { ofTicketId: ticket.id, judgement: 'suspected' }, status: 'received' });
    expect(rework.freeOfCharge).toBeUndefined(); // free only once judged caused by the repair

    const id = open.investigationId as string;
    expect((await api('POST', `/v1/staff/investigations/${id}/analysis`, { token: cs, body: { rootCause: 'x', correctiveMeasures: 'y', owner: 'z', dueDate: '2026-12-31' } })).status).toBe(403);
    const tooEarly = await api('POST', `/v1/staff/investigations/${id}/approve`, { token: manager });
    expect(tooEarly.status).toBe(409);
    await api('POST', `/v1/staff/investigations/${id}/analysis`, {
      token: manager,
      body: { rootCause: '电源适配器批次质量问题', correctiveMeasures: '更换该批次全部适配器；入库检验增加老化测试', owner: '赵工', dueDate: '2026-12-31' },
    });
    await api('POST', `/v1/staff/investigations/${id}/outcome`, { token: cs, body: { customerMessage: '经调查，故障由电源适配器批次质量问题引起，我们已为您免费更换，并加强了入库检验。' } });
    const approved = await api('POST', `/v1/staff/investigations/${id}/approve`, { token: manager });
    expect(approved.body.investigation).toMatchObject({ status: 'closed', approvedBy: 'staff-manager-wang' });

    const letter = await eventually(async () => (await emailsTo(ticket.report.customer.email)).find((e) => e.subject.includes('问题调查结果')));
    expect(letter.body.text).toContain('入库检验');
    expect((await api('GET', '/v1/staff/investigations', { token: manager })).body.items.some((i: { investigationId: string }) => i.investigationId === id)).toBe(false);
    // Closed, it is still there to read, with its analysis and letter.
    expect((await api('GET', `/v1/staff/investigations/${id}`, { token: manager })).body.investigation).toMatchObject({ status: 'closed', rootCause: '电源适配器批次质量问题', reworkTicketId: open.reworkTicketId });
  });

  it('a complaint on any ticket follows the same flow', async () => {
    const created = (await api('POST', '/v1/tickets', { body: faultReport() })).body;
    const complaint = await api('POST', `/v1/staff/tickets/${created.id}/complaints`, { token: cs, body: { complaint: '客服态度不好' } });
    expect(complaint.status).toBe(201);
    const items = (await api('GET', '/v1/staff/investigations', { token: manager })).body.items;
    expect(items.find((i: { investigationId: string }) => i.investigationId === complaint.body.investigation.investigationId)).toMatchObject({ source: 'complaint', status: 'open' });
  });
});

describe('no answer', () => {
  it('opens a call task after the configured working days; the phone outcome records the follow-up', async () => {
    const ticket = await completedTicket();
    const surveyAt = addWorkingMinutes(siteCalendar, ticket.completedAt, 480);
    await fireSchedule('followup-sweep', surveyAt);
    const callAt = addWorkingMinutes(siteCalendar, surveyAt, 480);
    await fireSchedule('followup-sweep', new Date(callAt.getTime() - 60_000));
    const before = (await api('GET', '/v1/staff/follow-ups', { token: cs })).body.items;
    expect(before.some((f: { ticketId: string }) => f.ticketId === ticket.id)).toBe(false);
    await fireSchedule('followup-sweep', callAt);
    const tasks = (await api('GET', '/v1/staff/follow-ups?limit=100', { token: cs })).body.items;
    expect(tasks.find((f: { ticketId: string }) => f.ticketId === ticket.id)).toMatchObject({ state: 'call_task', ticketNumber: ticket.number });

    const phone = await api('POST', `/v1/staff/tickets/${ticket.id}/follow-up`, { token: cs, body: { satisfaction: 4, equipmentWorking: true, comment: '电话回访，客户满意' } });
    expect(phone.body.ticket.status).toBe('followed_up');
    const after = (await api('GET', '/v1/staff/follow-ups?limit=100', { token: cs })).body.items;
    expect(after.some((f: { ticketId: string }) => f.ticketId === ticket.id)).toBe(false);
    expect((await api('POST', `/v1/staff/tickets/${ticket.id}/follow-up`, { token: cs, body: { satisfaction: 4, equipmentWorking: true } })).status).toBe(409);
  });
});

describe('the follow-up watch after an outage', () => {
  it('still sends a survey that fell due while it did not run (it reads every day since its last run)', async () => {
    const ticket = await completedTicket();
    const dueAt = addWorkingMinutes(siteCalendar, ticket.completedAt, 480);
    await fireSchedule('followup-sweep', new Date(ticket.completedAt.getTime() + 60_000)); // a run before the survey is due
    // The watch is down for the due day and two more; its next run is three days late.
    await fireSchedule('followup-sweep', new Date(dueAt.getTime() + 3 * DAY));
    expect(await surveyEmails(ticket.report.customer.email)).toHaveLength(1);
  });
});

describe('quality figures', () => {
  it('count satisfaction and investigations of the quarter', async () => {
    const quarter = quarterOf(shanghaiDay(await serverNow()));
    const figures = (await api('GET', `/v1/staff/quality?quarter=${quarter}`, { token: manager })).body;
    expect(figures.quarter).toBe(quarter);
    expect(figures.satisfaction.responses).toBeGreaterThanOrEqual(3);
    expect(figures.satisfaction.distribution['5']).toBeGreaterThanOrEqual(1);
    expect(figures.satisfaction.distribution['1']).toBeGreaterThanOrEqual(1);
    expect(figures.investigations.opened).toBeGreaterThanOrEqual(2);
    expect(figures.investigations.closed).toBeGreaterThanOrEqual(1);
    expect(figures.repeatFailure.target).toBe(0.02);
    expect((await api('GET', '/v1/staff/quality?quarter=2026-Q5', { token: manager })).status).toBe(400);
  });
});

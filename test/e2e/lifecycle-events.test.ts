/**
 * One ticket through its whole lifecycle on the real local stack (report, acknowledgement, triage,
 * assessment, a visit scheduled and moved, the technician's sign-off, the survey answered, the
 * statement issued, disputed, revised, confirmed, invoiced and paid) and the events it announced:
 * every outbox item the lifecycle wrote, read from the table, reached the consumer of its queue
 * exactly once, those written while the stream forwarding was stopped included. The consumers are
 * the real queue steps; the local runtime records each hand-over (GET /__local/deliveries).
 */
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { STANDARD_SAFETY_CHECKLIST } from '../../lib/dispatch/index.ts';
import { FollowUpRepository } from '../../lib/followup/server.ts';
import { FUNCTION_NAMES, functionSpec, type QueueName } from '../../lib/wiring.ts';
import type { Delivery } from '../../local/deliveries.ts';
import { pdfText, squeezed } from '../support/pdf.ts';
import { SIGNATURE_PNG, api, dynamo, emailsTo, eventually, faultReport, fireSchedule, local, mailbox, onSiteAssessment, serverNow, setServerClock, staffToken } from '../support/local.ts';
import { problemsIn, readable } from '../support/wording.ts';

const MINUTE = 60_000;

let cs: string, support: string, manager: string, finance: string, chen: string;

interface OutboxEvent {
  eventId: string;
  queue: QueueName;
  type: string;
  at: string;
  body: Record<string, unknown>;
}

/**
 * The outbox events (outbox items, and timeline entries that carry their change's event) whose
 * message names one of `ids`, in the order they were written. The test reads the table itself, with
 * a Scan (the system never scans: outbox events are only ever read from the stream).
 */
async function outboxNaming(ids: string[]): Promise<OutboxEvent[]> {
  const found: OutboxEvent[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await dynamo.send(
      new ScanCommand({ TableName: local.tableName, FilterExpression: 'attribute_exists(#queue) AND attribute_exists(body)', ExpressionAttributeNames: { '#queue': 'queue' }, ExclusiveStartKey: start }),
    );
    for (const item of page.Items ?? []) {
      const body = JSON.parse(String(item.body)) as Record<string, unknown>;
      if (Object.values(body).some((value) => ids.includes(value as string))) {
        found.push({ eventId: String(item.eventId), queue: item.queue as QueueName, type: String(body.type), at: String(item.at), body });
      }
    }
    start = page.LastEvaluatedKey;
  } while (start);
  // One transaction writes job.completed and ticket.completed at the same instant.
  return found.sort((a, b) => a.at.localeCompare(b.at) || a.type.localeCompare(b.type));
}

/** Every hand-over of these events to a consumer, by event id. */
async function deliveries(events: OutboxEvent[]): Promise<Record<string, Delivery[]>> {
  const query = events.map((event) => `eventId=${event.eventId}`).join('&');
  return (await api<{ deliveries: Record<string, Delivery[]> }>('GET', `/__local/deliveries?${query}`)).body.deliveries;
}

const consumerOf = (queue: QueueName) => FUNCTION_NAMES.find((name) => functionSpec(name).queue?.queue === queue);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const shanghaiDay = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(at);

async function ticketView(id: string) {
  return (await api('GET', `/v1/staff/tickets/${id}`, { token: cs })).body;
}

/** The `?…` of the first link to `page` in an email's text. */
function linkParams(text: string, page: string): URLSearchParams {
  return new URL(new RegExp(`https?://\\S+/${page}\\?\\S+`).exec(text)![0]).searchParams;
}

beforeAll(async () => {
  [cs, support, manager, finance] = await Promise.all([staffToken('customer_service'), staffToken('tech_support'), staffToken('manager'), staffToken('finance')]);
  chen = (await api('POST', '/__local/token', { body: { staffId: 'staff-tech-chen' } })).body.token;
});

/** The ticket and statement numbers of the lifecycle below: its emails name them. */
const lifecycleNumbers: string[] = [];

describe('the events of a full lifecycle', () => {
  it('each reaches its consumer once, also when forwarding stops and resumes mid-way', async () => {
    // FLOW-1: reported, acknowledged (the ticket.accepted step), first contact, triaged as complex.
    const report = faultReport();
    const created = await api('POST', '/v1/tickets', { body: report });
    expect(created.status).toBe(201);
    const ticketId = created.body.id as string;
    const ticketNumber = created.body.number as string;
    await eventually(async () => Boolean((await ticketView(ticketId)).ticket.acknowledgedAt));
    expect((await api('POST', `/v1/staff/tickets/${ticketId}/contact`, { token: cs, body: { note: '已电话联系客户' } })).status).toBe(200);
    const triaged = await api('POST', `/v1/staff/tickets/${ticketId}/triage`, { token: cs, body: { classification: 'complex', notes: '需上门检修' } });
    expect(triaged.body.ticket.status).toBe('in_assessment');

    // FLOW-2: assessed as an on-site repair.
    const assessed = await api('POST', `/v1/staff/tickets/${ticketId}/assessment`, { token: support, body: onSiteAssessment() });
    expect(assessed.body.ticket.status).toBe('awaiting_dispatch');

    // FLOW-3 with the forwarding stopped: the visit is scheduled, moved, done and signed off.
    expect((await api('POST', '/__local/outbox/pause')).body.paused).toBe(true);
    let jobId: string;
    let writtenWhilePaused: OutboxEvent[];
    try {
      const pausedAt = await serverNow();
      const window = (fromMinutes: number) => ({
        from: new Date(pausedAt.getTime() + fromMinutes * MINUTE).toISOString(),
        to: new Date(pausedAt.getTime() + (fromMinutes + 120) * MINUTE).toISOString(),
      });
      const scheduled = await api('POST', `/v1/staff/tickets/${ticketId}/schedule`, { token: manager, body: { technicianId: 'staff-tech-chen', window: window(60) } });
      expect(scheduled.status, JSON.stringify(scheduled.body)).toBe(201);
      jobId = scheduled.body.job.jobId as string;
      const moved = await api('POST', `/v1/staff/jobs/${jobId}/reschedule`, { token: manager, body: { window: window(120), reason: '客户要求推迟一小时' } });
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
      // Chen arrives five minutes into the new window.
      await setServerClock(new Date(new Date(moved.body.job.window.from as string).getTime() + 5 * MINUTE));
      expect((await api('POST', `/v1/staff/jobs/${jobId}/safety-check`, { token: chen, body: { items: STANDARD_SAFETY_CHECKLIST.map((item) => ({ item, ok: true })) } })).status).toBe(200);
      expect((await api('POST', `/v1/staff/jobs/${jobId}/check-in`, { token: chen, body: {} })).status).toBe(200);
      expect((await api('POST', `/v1/staff/jobs/${jobId}/work`, { token: chen, body: { diagnosis: '红外灯板虚焊', workDone: '补焊红外灯板' } })).status).toBe(200);
      const signed = await api('POST', `/v1/staff/jobs/${jobId}/sign-off`, { token: chen, body: { signerName: '张伟', testResult: '夜视画面正常', usageNotes: '镜头前勿遮挡', signaturePng: SIGNATURE_PNG } });
      expect(signed.status).toBe(200);
      expect((await ticketView(ticketId)).ticket.status).toBe('completed');

      await pause(1500); // long enough for a delivery, had anything been sent
      writtenWhilePaused = (await outboxNaming([ticketId, jobId])).filter((event) => event.at >= pausedAt.toISOString());
      expect(writtenWhilePaused.map((event) => event.type)).toEqual(['job.scheduled', 'job.scheduled', 'job.completed', 'ticket.completed']);
      expect(Object.values(await deliveries(writtenWhilePaused))).toEqual([[], [], [], []]);
    } finally {
      await api('POST', '/__local/outbox/resume');
    }
    await eventually(async () => Object.values(await deliveries(writtenWhilePaused)).every((list) => list.length > 0));

    // FLOW-4: the follow-up watch sends the survey when it is due; the customer answers it.
    const followUp = (await new FollowUpRepository(dynamo, local.tableName).get(ticketId))!;
    expect(followUp.nextAction).toBe('send_survey');
    await fireSchedule('followup-sweep', new Date(followUp.nextActionAt!));
    const survey = (await emailsTo(report.customer.email)).find((email) => email.subject.includes('回访'));
    const surveyLink = linkParams(survey!.body.text!, 'survey.html');
    const answered = await api('POST', `/v1/surveys/${surveyLink.get('ticket')}?t=${surveyLink.get('t')}`, { body: { satisfaction: 5, equipmentWorking: true } });
    expect(answered.status).toBe(200);

    // FLOW-5: the statement (from ticket.followed-up), disputed, revised, confirmed, invoiced, paid.
    const statement = await eventually(async () => {
      const response = await api('GET', `/v1/staff/tickets/${ticketId}/statement`, { token: cs });
      return response.status === 200 ? (response.body.statement as { statementId: string; number: string }) : undefined;
    });
    const statementMail = await eventually(async () => (await emailsTo(report.customer.email)).find((email) => email.subject.includes(statement.number)));
    const statementLink = linkParams(statementMail.body.text!, 'statement.html');

    // The documents people print came with the emails: the repair report (to the customer and to
    // customer service) and the statement (to the customer and to finance), each a PDF that reads back.
    const attachedPdf = (email: { attachments: Array<{ filename?: string; content: string }> }, name: string) => {
      const found = email.attachments.find((a) => a.filename === name);
      expect(found, name).toBeDefined();
      const bytes = Buffer.from(found!.content, 'base64');
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(bytes.length).toBeLessThan(300 * 1024);
      return squeezed(pdfText(bytes));
    };
    const reportName = `维修服务报告-${ticketNumber}.pdf`;
    const reportMails = [...(await emailsTo(report.customer.email)), ...(await emailsTo('cs-team@elv-demo.cn'))].filter((e) => e.subject.includes(`${ticketNumber}】维修报告`));
    expect(reportMails).toHaveLength(2);
    for (const mail of reportMails) expect(attachedPdf(mail, reportName)).toContain('补焊红外灯板');
    lifecycleNumbers.push(ticketNumber, statement.number);
    const statementName = `结算单-${statement.number}-第1版.pdf`;
    expect(attachedPdf(statementMail, statementName)).toContain(statement.number);
    const financeCopy = await eventually(async () => (await emailsTo('finance@elv-demo.cn')).find((e) => e.subject.includes('结算单副本') && e.subject.includes(statement.number)));
    expect(attachedPdf(financeCopy, statementName)).toContain('价税合计（大写）');
    const publicPath = (action: string) => `/v1/statements/${statement.statementId}${action}?t=${encodeURIComponent(statementLink.get('t')!)}`;
    expect((await api('POST', publicPath('/dispute'), { body: { revision: 1, reason: '上门费未事先告知' } })).status).toBe(200);
    const revised = await api('POST', `/v1/staff/statements/${statement.statementId}/revisions`, { token: cs, body: { expectedRevision: 1, reason: '已向客户解释上门费' } });
    expect(revised.body.statement).toMatchObject({ status: 'issued', revision: 2 });
    expect((await api('POST', publicPath('/confirm'), { body: { revision: 2 } })).body.status).toBe('confirmed');
    expect((await api('POST', publicPath('/invoice-request'), { body: { type: 'normal', titleType: 'personal', title: '张伟' } })).status).toBe(200);
    const today = shanghaiDay(await serverNow());
    const paid = await api('POST', `/v1/staff/statements/${statement.statementId}/payments`, {
      token: finance,
      body: { amountFen: revised.body.statement.totalFen, paidOn: today, method: 'bank_transfer', reference: 'LC-001' },
    });
    expect(paid.body.statement.status).toBe('settled');
    expect((await ticketView(ticketId)).ticket.status).toBe('closed');
    expect((await api('POST', `/v1/staff/statements/${statement.statementId}/invoice`, { token: finance, body: { invoiceNumber: '26312000000087654321', issuedOn: today } })).status).toBe(200);

    // Every event the lifecycle wrote, in order, with its message.
    const events = await outboxNaming([ticketId, jobId!, statement.statementId]);
    const { statementId } = statement;
    expect(events.map(({ queue, body }) => ({ queue, body }))).toEqual([
      { queue: 'ticket-accepted', body: { type: 'ticket.accepted', ticketId } },
      { queue: 'work-handoffs', body: { type: 'ticket.to-assessment', ticketId, at: expect.any(String) } },
      { queue: 'work-handoffs', body: { type: 'ticket.to-dispatch', ticketId, at: expect.any(String) } },
      { queue: 'work-handoffs', body: { type: 'job.scheduled', jobId: jobId!, revision: 0 } },
      { queue: 'work-handoffs', body: { type: 'job.scheduled', jobId: jobId!, revision: 1 } },
      { queue: 'repair-reports', body: { type: 'job.completed', jobId: jobId! } },
      { queue: 'ticket-followed-up', body: { type: 'ticket.completed', ticketId } },
      { queue: 'ticket-followed-up', body: { type: 'ticket.followed-up', ticketId } },
      { queue: 'statements-issued', body: { type: 'statement.issued', statementId, revision: 1 } },
      { queue: 'settlement-mail', body: { type: 'statement.disputed', statementId, revision: 1 } },
      { queue: 'statements-issued', body: { type: 'statement.issued', statementId, revision: 2 } },
      { queue: 'settlement-mail', body: { type: 'invoice.requested', statementId } },
      { queue: 'settlement-mail', body: { type: 'invoice.issued', statementId } },
    ]);

    // Each handed to the consumer of its queue once, and taken the first time.
    await eventually(async () => Object.values(await deliveries(events)).every((list) => list.length > 0));
    await pause(2000); // a second send or a redelivery would have arrived by now
    const delivered = await deliveries(events);
    for (const event of events) {
      expect(delivered[event.eventId], event.type).toEqual([
        { eventId: event.eventId, queue: event.queue, consumer: consumerOf(event.queue), messageId: expect.any(String), receiveCount: 1, ok: true },
      ]);
    }
  });

  it('every email of the lifecycle reads in words: no raw code, requirement id or stray space', async () => {
    // The previous test's ticket and statement: every letter that names them, to anyone.
    const all = await mailbox();
    const ours = all.filter((mail) => lifecycleNumbers.some((number) => mail.subject.includes(number) || (mail.body.text ?? '').includes(number)));
    expect(ours.length).toBeGreaterThanOrEqual(10);
    const problems = ours.flatMap((mail) => {
      const locale = /^\[/.test(mail.subject) ? 'en' : 'zh-CN';
      return [mail.subject, mail.body.text ?? '', readable(mail.body.html ?? '')].flatMap((text) => problemsIn(text, locale)).map((problem) => `${mail.subject}: ${problem}`);
    });
    expect(problems).toEqual([]);
  });
});

/**
 * Confidentiality (CONF-2, PIPL): what each role sees of the same tickets, the access log of those
 * reads, and the customer's rights (export, correction, erasure) and erasure by age.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { STANDARD_SAFETY_CHECKLIST } from '../../lib/dispatch/index.ts';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { localDate, quarterOf } from '../../lib/platform/local-date.ts';
import { SIGNATURE_PNG, api, dynamo, emailsTo, eventually, faultReport, fireSchedule, local, onSiteAssessment, serverNow, staffToken, visitWindow } from '../support/local.ts';

const DAY = 86_400_000;
let cs: string, support: string, manager: string, finance: string, chen: string, liu: string;

let phoneCounter = 0;
/** A phone no other test uses: the access log and the rights routes find a customer by it. */
function uniquePhone(): { typed: string; e164: string; masked: string } {
  phoneCounter += 1;
  const national = `139${String((Date.now() % 1_000_000) * 100 + phoneCounter + process.pid % 7).padStart(8, '0').slice(-8)}`;
  return { typed: national, e164: `+86${national}`, masked: `${national.slice(0, 3)}****${national.slice(-4)}` };
}

function privateReport(phone = uniquePhone()) {
  const report = faultReport();
  report.customer = { ...report.customer, name: `隐私测试${phoneCounter}`, phone: phone.typed };
  report.site = { ...report.site, address: `上海市徐汇区保密路 ${phoneCounter} 号`, contactName: `现场联系人${phoneCounter}`, contactPhone: '13700001111' };
  return { report, phone };
}

async function ticketView(id: string, token = cs) {
  return api('GET', `/v1/staff/tickets/${id}`, { token });
}

async function acknowledged(ticketId: string) {
  await eventually(async () => Boolean((await ticketView(ticketId)).body.ticket.acknowledgedAt));
}

/** A ticket moved along to `stage`; `scheduled` is Chen's job. */
interface Staged {
  id: string;
  number: string;
  report: Record<string, any>;
  phone: ReturnType<typeof uniquePhone>;
  jobId?: string;
}

async function ticketAt(stage: 'received' | 'in_assessment' | 'scheduled' | 'completed'): Promise<Staged> {
  const { report, phone } = privateReport();
  const created = (await api('POST', '/v1/tickets', { body: report })).body as { id: string; number: string };
  await acknowledged(created.id);
  if (stage === 'received') return { ...created, report, phone };
  await api('POST', `/v1/staff/tickets/${created.id}/contact`, { token: cs, body: { note: '已联系客户' } });
  await api('POST', `/v1/staff/tickets/${created.id}/triage`, { token: cs, body: { classification: 'complex', notes: '需评估' } });
  if (stage === 'in_assessment') return { ...created, report, phone };
  expect((await api('POST', `/v1/staff/tickets/${created.id}/assessment`, { token: support, body: onSiteAssessment() })).status).toBe(200);
  const scheduled = await api('POST', `/v1/staff/tickets/${created.id}/schedule`, { token: manager, body: { technicianId: 'staff-tech-chen', window: visitWindow(await serverNow()) } });
  expect(scheduled.status, JSON.stringify(scheduled.body)).toBe(201);
  const jobId = scheduled.body.job.jobId as string;
  if (stage === 'scheduled') return { ...created, report, phone, jobId };
  await api('POST', `/v1/staff/jobs/${jobId}/safety-check`, { token: chen, body: { items: STANDARD_SAFETY_CHECKLIST.map((item) => ({ item, ok: true })) } });
  expect((await api('POST', `/v1/staff/jobs/${jobId}/check-in`, { token: chen, body: {} })).status).toBe(200);
  const signed = await api('POST', `/v1/staff/jobs/${jobId}/sign-off`, { token: chen, body: { signerName: report.customer.name, testResult: '正常', usageNotes: '勿遮挡', signaturePng: SIGNATURE_PNG } });
  expect(signed.status).toBe(200);
  return { ...created, report, phone, jobId };
}

beforeAll(async () => {
  [cs, support, manager, finance] = await Promise.all([staffToken('customer_service'), staffToken('tech_support'), staffToken('manager'), staffToken('finance')]);
  chen = (await api('POST', '/__local/token', { body: { staffId: 'staff-tech-chen' } })).body.token;
  liu = (await api('POST', '/__local/token', { body: { staffId: 'staff-tech-liu' } })).body.token;
});

describe('need-to-know views of the same tickets', () => {
  it('gives each role exactly the personal fields the policy allows', async () => {
    const received = await ticketAt('received');
    const assessing = await ticketAt('in_assessment');
    const full = (t: { report: Record<string, any>; phone: { e164: string } }) => ({
      customer: { name: t.report.customer.name, phone: t.phone.e164, email: t.report.customer.email, organisation: t.report.customer.organisation },
      site: { name: t.report.site.name, address: t.report.site.address, contactName: t.report.site.contactName, contactPhone: '+8613700001111' },
    });

    for (const token of [cs, manager]) {
      for (const t of [received, assessing]) {
        const seen = (await ticketView(t.id, token)).body.ticket;
        expect({ customer: seen.customer, site: seen.site }).toEqual(full(t));
      }
    }
    // Technical support: while assessing only.
    const supportAssessing = (await ticketView(assessing.id, support)).body.ticket;
    expect({ customer: supportAssessing.customer, site: supportAssessing.site }).toEqual(full(assessing));
    const supportReceived = (await ticketView(received.id, support)).body.ticket;
    expect(supportReceived.customer).toEqual({});
    expect(supportReceived.site).toEqual({ name: received.report.site.name });
    // Finance: the billing name and organisation, the phone masked; no email, no address.
    const financeView = (await ticketView(received.id, finance)).body.ticket;
    expect(financeView.customer).toEqual({ name: received.report.customer.name, organisation: received.report.customer.organisation, phone: received.phone.masked });
    expect(financeView.site).toEqual({ name: received.report.site.name });
    expect(JSON.stringify((await ticketView(received.id, finance)).body)).not.toContain(received.report.customer.email);
    // A technician never reads a ticket outside their jobs.
    expect((await ticketView(received.id, chen)).status).toBe(403);
  });

  it('shows the technician the customer on their own job from scheduling, never the email, and nothing to another technician', async () => {
    const job = await ticketAt('scheduled');
    const own = await api('GET', `/v1/staff/jobs/${job.jobId!}`, { token: chen });
    expect(own.status).toBe(200);
    expect(own.body.ticket.customer).toEqual({ name: job.report.customer.name, organisation: job.report.customer.organisation, phone: job.phone.e164 });
    expect(own.body.ticket.site).toEqual({ name: job.report.site.name, address: job.report.site.address, contactName: job.report.site.contactName, contactPhone: '+8613700001111' });
    expect((await api('GET', `/v1/staff/jobs/${job.jobId!}`, { token: liu })).status).toBe(404);
  });

  it('masks phones and leaves out emails in lists, for everyone', async () => {
    const t = await ticketAt('received');
    for (const token of [cs, manager]) {
      const list = await api('GET', '/v1/staff/tickets?status=received&limit=100', { token });
      const row = list.body.items.find((item: { id: string }) => item.id === t.id);
      expect(row, 'the new ticket is on the first page').toBeDefined();
      expect(row.customer).toEqual({ name: t.report.customer.name, organisation: t.report.customer.organisation, phone: t.phone.masked });
      expect(row.site).toEqual({ name: t.report.site.name, address: t.report.site.address, contactName: t.report.site.contactName, contactPhone: '137****1111' });
      expect(JSON.stringify(list.body)).not.toContain(t.report.customer.email);
    }
  });
});

describe('the access log', () => {
  it('records every read of a customer with who, role, what and why; the manager finds it by customer, staff member and day', async () => {
    const t = await ticketAt('received');
    const before = await serverNow();
    await ticketView(t.id, cs);
    await ticketView(t.id, finance);

    const byCustomer = await api('GET', `/v1/staff/privacy/access-log?phone=${t.phone.typed}`, { token: manager });
    expect(byCustomer.status).toBe(200);
    const reads = byCustomer.body.items.filter((entry: { ticketIds: string[]; kind: string }) => entry.ticketIds.includes(t.id) && entry.kind === 'view');
    const byStaff = Object.fromEntries(reads.map((entry: { staffId: string }) => [entry.staffId, entry]));
    expect(byStaff['staff-cs-li']).toMatchObject({ roles: ['customer_service'], purpose: 'GET /v1/staff/tickets/{id}', fields: expect.arrayContaining(['customer.name', 'customer.phone', 'customer.email', 'site.address']) });
    expect(byStaff['staff-fin-sun']).toMatchObject({ roles: ['finance'], fields: ['customer.name', 'customer.organisation', 'customer.phone'] });
    expect(Date.parse(byStaff['staff-fin-sun'].at)).toBeGreaterThanOrEqual(before.getTime());

    const staffPage = await api('GET', '/v1/staff/privacy/access-log?staffId=staff-fin-sun&limit=200', { token: manager });
    expect(staffPage.body.items.some((entry: { ticketIds: string[] }) => entry.ticketIds.includes(t.id))).toBe(true);
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(byStaff['staff-fin-sun'].at));
    const dayPage = await api('GET', `/v1/staff/privacy/access-log?day=${day}&limit=200`, { token: manager });
    expect(dayPage.status).toBe(200);
    expect(dayPage.body.items.length).toBeGreaterThan(0);
  });

  it('is the manager’s alone, needs exactly one filter, and no route changes or deletes an entry', async () => {
    expect((await api('GET', '/v1/staff/privacy/access-log?day=2026-01-01', { token: cs })).status).toBe(403);
    const both = await api('GET', '/v1/staff/privacy/access-log?day=2026-01-01&staffId=staff-cs-li', { token: manager, headers: { 'accept-language': 'en' } });
    expect(both.status).toBe(400);
    expect(both.body.error.fields[0]).toMatchObject({ path: 'day', message: 'Query by exactly one of: day, staff member or customer phone' });
    for (const method of ['PUT', 'PATCH', 'DELETE', 'POST']) {
      expect((await api(method, '/v1/staff/privacy/access-log', { token: manager, body: {} })).status, method).toBeGreaterThanOrEqual(404);
    }
  });
});

/** A remote fix, followed up, its zero statement confirmed: the ticket closes (a real end, no shortcut). */
async function closedTicket(phone = uniquePhone()) {
  const { report } = privateReport(phone);
  const created = (await api('POST', '/v1/tickets', { body: report })).body as { id: string; number: string };
  await acknowledged(created.id);
  await api('POST', `/v1/staff/tickets/${created.id}/contact`, { token: cs, body: { note: `已联系${report.customer.name}` } });
  await api('POST', `/v1/staff/tickets/${created.id}/triage`, { token: cs, body: { classification: 'simple', notes: `${report.customer.name}说电源松动`, solution: '插紧电源', guidance: '电话指导' } });
  expect((await api('POST', `/v1/staff/tickets/${created.id}/remote-resolution/confirm`, { token: cs, body: { customerConfirmation: '已恢复' } })).body.ticket.status).toBe('completed');
  expect((await api('POST', `/v1/staff/tickets/${created.id}/follow-up`, { token: cs, body: { satisfaction: 5, equipmentWorking: true, comment: `${report.customer.name}很满意` } })).status).toBe(200);
  const statement = await eventually(async () => {
    const response = await api('GET', `/v1/staff/tickets/${created.id}/statement`, { token: cs });
    return response.status === 200 ? response.body.statement : undefined;
  });
  expect((await api('POST', `/v1/staff/statements/${statement.statementId}/confirm`, { token: cs, body: { revision: 1, note: '客户电话确认' } })).status).toBe(200);
  await eventually(async () => (await ticketView(created.id)).body.ticket.status === 'closed');
  return { ...created, report, phone, statementId: statement.statementId as string };
}

async function rightsRequest(kind: 'export' | 'correct' | 'erase', subject: Record<string, string>) {
  const created = await api('POST', '/v1/staff/privacy/requests', { token: cs, body: { kind, subject, verification: { method: 'callback_registered_phone', note: '回拨登记电话，客户报出工单号' } } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.request.requestId as string;
}

/** Every item of the ticket and of what is kept beside it, raw from the table. */
async function rawItems(ticketId: string, statementId?: string): Promise<Array<Record<string, unknown>>> {
  const partitions = [`TICKET#${ticketId}`, ...(statementId ? [`STATEMENT#${statementId}`] : [])];
  const items: Array<Record<string, unknown>> = [];
  for (const pk of partitions) {
    const page = await dynamo.send(new QueryCommand({ TableName: local.tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': pk } }));
    items.push(...(page.Items ?? []));
  }
  return items;
}

describe("the customer's rights", () => {
  it('export: every personal field held, as JSON and a CSV with BOM, downloaded or emailed to the address on file, once per request', async () => {
    const phone = uniquePhone();
    const first = await ticketAt('scheduled');
    const { report } = privateReport(phone);
    const second = (await api('POST', '/v1/tickets', { body: report })).body;
    const firstPhone = first.phone;

    const requestId = await rightsRequest('export', { phone: phone.typed });
    expect((await api('POST', `/v1/staff/privacy/requests/${requestId}/export`, { token: cs, body: {} })).status).toBe(403);
    const exported = await api('POST', `/v1/staff/privacy/requests/${requestId}/export`, { token: manager, body: { delivery: 'download' } });
    expect(exported.status, JSON.stringify(exported.body)).toBe(200);
    expect(exported.body.data.tickets.map((t: { number: string }) => t.number)).toEqual([second.number]);
    const json = JSON.stringify(exported.body.data);
    for (const value of [report.customer.name, phone.e164, report.customer.email, report.customer.organisation, report.site.address, report.site.contactName, '+8613700001111']) expect(json).toContain(value);
    expect(json).not.toContain(firstPhone.e164);
    expect(exported.body.csv.charCodeAt(0)).toBe(0xfeff);
    expect(exported.body.csv).toContain(`${second.number},ticket.customer.email,${report.customer.email}`);
    expect(exported.body.request).toMatchObject({ status: 'done', outcome: { by: 'staff-manager-wang', tickets: 1 } });
    expect((await api('GET', `/v1/staff/privacy/requests/${requestId}`, { token: cs })).body.request).toEqual(exported.body.request);
    const month = await api('GET', '/v1/staff/privacy/requests', { token: cs });
    expect(month.body.month).toBe(localDate(await serverNow()).slice(0, 7));
    expect(month.body.items.find((request: { requestId: string }) => request.requestId === requestId)).toMatchObject({ kind: 'export', status: 'done' });
    const again = await api('POST', `/v1/staff/privacy/requests/${requestId}/export`, { token: manager, body: { delivery: 'download' } });
    expect(again.status).toBe(409);

    const byEmail = await rightsRequest('export', { email: report.customer.email });
    const emailed = await api('POST', `/v1/staff/privacy/requests/${byEmail}/export`, { token: manager, body: { delivery: 'email' } });
    expect(emailed.body.emailedTo).toBe(report.customer.email);
    const mail = await eventually(async () => (await emailsTo(report.customer.email)).find((m) => m.subject.includes('个人信息副本')));
    expect(mail.attachments.map((a) => a.filename).sort()).toEqual(['personal-data.csv', 'personal-data.json']);

    const log = await api('GET', `/v1/staff/privacy/access-log?phone=${phone.typed}`, { token: manager });
    expect(log.body.items.filter((entry: { kind: string }) => entry.kind === 'export')).toHaveLength(2);
  });

  it('correction: the corrected values on every ticket of the customer, the timeline naming the fields only', async () => {
    const phone = uniquePhone();
    const a = (await api('POST', '/v1/tickets', { body: privateReport(phone).report })).body;
    const b = (await api('POST', '/v1/tickets', { body: privateReport(phone).report })).body;
    const requestId = await rightsRequest('correct', { phone: phone.typed });
    const corrected = await api('POST', `/v1/staff/privacy/requests/${requestId}/correction`, { token: manager, body: { customer: { name: '更正后姓名', email: `fixed-${phone.typed}@example.cn` } } });
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(200);
    expect(corrected.body.request.outcome).toMatchObject({ tickets: 2, fields: ['customer.name', 'customer.email'] });
    for (const id of [a.id, b.id]) {
      const view = (await ticketView(id)).body;
      expect(view.ticket.customer).toMatchObject({ name: '更正后姓名', email: `fixed-${phone.typed}@example.cn`, phone: phone.e164 });
      const event = view.events.find((e: { type: string }) => e.type === 'personal_data_corrected');
      expect(event.data).toEqual({ requestId, fields: ['customer.name', 'customer.email'] });
    }
    // The customer is found by the new email too.
    const byNewEmail = await rightsRequest('export', { email: `fixed-${phone.typed}@example.cn` });
    const exported = await api('POST', `/v1/staff/privacy/requests/${byNewEmail}/export`, { token: manager, body: {} });
    expect(exported.body.data.tickets).toHaveLength(2);
  });

  it('erasure: refused while a ticket is open; then no personal value in any raw item, the statement amounts and the quarter figures unchanged', async () => {
    const phone = uniquePhone();
    const open = (await api('POST', '/v1/tickets', { body: privateReport(phone).report })).body;
    const refused = await rightsRequest('erase', { phone: phone.typed });
    const blocked = await api('POST', `/v1/staff/privacy/requests/${refused}/erasure`, { token: manager, body: { confirm: true }, headers: { 'accept-language': 'en' } });
    expect(blocked.status).toBe(400);
    expect(blocked.body.error.fields[0].message).toContain(open.number);

    const other = uniquePhone();
    const closed = await closedTicket(other);
    await ticketView(closed.id, cs); // a read that the access log files under the customer
    const q = quarterOf(localDate(await serverNow()));
    const figuresBefore = (await api('GET', `/v1/staff/quality?quarter=${q}`, { token: cs })).body;
    const statementBefore = (await api('GET', `/v1/staff/statements/${closed.statementId}`, { token: cs })).body;

    const requestId = await rightsRequest('erase', { phone: other.typed });
    expect((await api('POST', `/v1/staff/privacy/requests/${requestId}/erasure`, { token: manager, body: {} })).status).toBe(400); // needs the confirmation
    const erased = await api('POST', `/v1/staff/privacy/requests/${requestId}/erasure`, { token: manager, body: { confirm: true } });
    expect(erased.status, JSON.stringify(erased.body)).toBe(200);

    const personal = [closed.report.customer.name, other.e164, other.typed, closed.report.customer.email, closed.report.site.address, closed.report.site.contactName];
    const raw = JSON.stringify(await rawItems(closed.id, closed.statementId));
    for (const value of personal) expect(raw, value).not.toContain(value);
    const view = (await ticketView(closed.id)).body;
    expect(view.ticket.customer.name).toMatch(/^已删除客户-[0-9A-F]{8}$/);
    expect(view.ticket.erasedAt).toBeDefined();
    // Opened through the repositories too (sealed values decrypt to the pseudonym): the person is nowhere.
    for (const value of personal) expect(JSON.stringify(view), value).not.toContain(value);
    const statementAfter = (await api('GET', `/v1/staff/statements/${closed.statementId}`, { token: cs })).body;
    expect(statementAfter.statement.totalFen).toBe(statementBefore.statement.totalFen);
    expect(statementAfter.statement.number).toBe(statementBefore.statement.number);
    expect((await api('GET', `/v1/staff/quality?quarter=${q}`, { token: cs })).body).toEqual(figuresBefore);
    // Nobody finds the customer any more; the access log keeps who read, under the pseudonym.
    const again = await rightsRequest('export', { phone: other.typed });
    expect((await api('POST', `/v1/staff/privacy/requests/${again}/export`, { token: manager, body: {} })).status).toBe(404);
    expect((await api('GET', `/v1/staff/privacy/access-log?phone=${other.typed}`, { token: manager })).body.items).toEqual([]);
    const byManager = (await api('GET', '/v1/staff/privacy/access-log?staffId=staff-manager-wang&limit=20', { token: manager })).body.items;
    expect(byManager.find((entry: { kind: string; ticketIds: string[] }) => entry.kind === 'erase' && entry.ticketIds.includes(closed.id))).toBeDefined();
  });

  it('erasure by age: the daily job erases the contact data of tickets that ended a retention period ago, and no sooner', async () => {
    const closed = await closedTicket();
    const settings = (await api('GET', '/v1/staff/privacy/settings', { token: manager })).body;
    // Versioned: the same values written back answer the next version.
    const saved = await api('PUT', '/v1/staff/privacy/settings', { token: manager, body: { expectedVersion: settings.version, settings: settings.value } });
    expect(saved.body).toEqual({ version: settings.version + 1 });
    const endedAt = Date.parse((await ticketView(closed.id)).body.ticket.updatedAt);
    const dueAt = endedAt + settings.value.contactRetentionDays * DAY;
    await fireSchedule('privacy-retention', new Date(dueAt - DAY));
    expect((await ticketView(closed.id)).body.ticket.customer.name).toBe(closed.report.customer.name);
    const run = (await fireSchedule('privacy-retention', new Date(dueAt + 60_000))) as { result: { erased: number } };
    expect(run.result.erased).toBeGreaterThanOrEqual(1);
    const view = (await ticketView(closed.id)).body;
    expect(view.ticket.customer.name).toMatch(/^已删除客户-/);
    expect(JSON.stringify(await rawItems(closed.id, closed.statementId))).not.toContain(closed.phone.typed);
    expect(view.events.at(-1)).toMatchObject({ type: 'personal_data_erased', actor: 'system', data: { reason: 'retention' } });
  });
});

/**
 * Confidentiality (CONF-2, PIPL): what each role sees of the same tickets, the access log of those
 * reads, and the customer's rights (export, correction, erasure) and erasure by age.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { STANDARD_SAFETY_CHECKLIST } from '../../lib/dispatch/index.ts';
import { SIGNATURE_PNG, api, eventually, faultReport, onSiteAssessment, serverNow, staffToken } from '../support/local.ts';

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
async function ticketAt(stage: 'received' | 'in_assessment' | 'scheduled' | 'completed') {
  const { report, phone } = privateReport();
  const created = (await api('POST', '/v1/tickets', { body: report })).body as { id: string; number: string };
  await acknowledged(created.id);
  if (stage === 'received') return { ...created, report, phone };
  await api('POST', `/v1/staff/tickets/${created.id}/contact`, { token: cs, body: { note: '已联系客户' } });
  await api('POST', `/v1/staff/tickets/${created.id}/triage`, { token: cs, body: { classification: 'complex', notes: '需评估' } });
  if (stage === 'in_assessment') return { ...created, report, phone };
  expect((await api('POST', `/v1/staff/tickets/${created.id}/assessment`, { token: support, body: onSiteAssessment() })).status).toBe(200);
  const from = new Date((await serverNow()).getTime() + DAY);
  from.setUTCHours(1, 0, 0, 0);
  const scheduled = await api('POST', `/v1/staff/tickets/${created.id}/schedule`, {
    token: manager,
    body: { technicianId: 'staff-tech-chen', window: { from: from.toISOString(), to: new Date(from.getTime() + 2 * 3_600_000).toISOString() } },
  });
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
    const own = await api('GET', `/v1/staff/jobs/${job.jobId}`, { token: chen });
    expect(own.status).toBe(200);
    expect(own.body.ticket.customer).toEqual({ name: job.report.customer.name, organisation: job.report.customer.organisation, phone: job.phone.e164 });
    expect(own.body.ticket.site).toEqual({ name: job.report.site.name, address: job.report.site.address, contactName: job.report.site.contactName, contactPhone: '+8613700001111' });
    expect((await api('GET', `/v1/staff/jobs/${job.jobId}`, { token: liu })).status).toBe(404);
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

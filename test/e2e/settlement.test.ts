/**
 * Settlement (FLOW-5) through the real local stack: repaired tickets are followed up, the statement
 * is computed once and emailed (customer: HTML + text with the signed link; finance: CSV in UTF-8
 * with BOM); the customer confirms or disputes through the public API; customer service revises
 * (the manager grants discounts); payments settle and close the ticket; invoices are requested and
 * recorded; finance's monthly digest is parsed back and its totals checked.
 */
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { beforeAll, describe, expect, it } from 'vitest';
import { STANDARD_SAFETY_CHECKLIST } from '../../lib/dispatch/index.ts';
import { signLinkToken } from '../../lib/platform/auth/signed-link.ts';
import { parseCsv } from '../../lib/platform/mail/csv.ts';
import { TEST_LINK_SECRET } from '../support/global-setup.ts';
import { pdfText, squeezed } from '../support/pdf.ts';
import { SIGNATURE_PNG, api, download, emailsTo, eventually, faultReport, fireSchedule, local, mailbox, onSiteAssessment, serverNow, sqs, staffToken, type StoredEmail, visitWindow } from '../support/local.ts';

const DAY = 86_400_000;
const unique = Date.now().toString(36).toUpperCase();
const CAM = `S${unique}-CAM`;
const PSU = `S${unique}-PSU`;
const FINANCE = 'finance@elv-demo.cn';
const CS_MAILBOX = 'cs-team@elv-demo.cn';

let cs: string, support: string, manager: string, finance: string, chen: string;

/** Yuan text (`-1067.85`) to integer fen, without floating point. */
function fen(text: string): number {
  const match = /^(-?)(\d+)\.(\d{2})$/.exec(text.replace('¥', ''));
  if (!match) throw new Error(`not an amount: ${text}`);
  return (match[1] ? -1 : 1) * (Number(match[2]) * 100 + Number(match[3]));
}

function attachmentText(email: StoredEmail, index = 0) {
  const bytes = Buffer.from(email.attachments[index]!.content, 'base64');
  return { bytes, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
}

/** The rows above the first empty row (a CSV's lines), by column name. */
function table(csv: string) {
  const [header, ...rest] = parseCsv(csv);
  const end = rest.findIndex((row) => row.length === 1 && row[0] === '');
  const rows = end < 0 ? rest : rest.slice(0, end);
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i] ?? ''])));
}

/** The section below the lines (label, value, note), by label. */
function summarySection(csv: string): Record<string, { value: string; note: string }> {
  const rows = parseCsv(csv);
  const end = rows.findIndex((row) => row.length === 1 && row[0] === '');
  expect(end).toBeGreaterThan(0);
  return Object.fromEntries(rows.slice(end + 2).map(([label, value, note]) => [label!, { value: value!, note: note ?? '' }]));
}

const shanghaiDay = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(at);
/** Today in Shanghai on the system's clock. */
const today = async () => shanghaiDay(await serverNow());

async function ticketView(id: string) {
  return (await api('GET', `/v1/staff/tickets/${id}`, { token: cs })).body;
}

/** The acknowledgement step writes the ticket too: later steps start after it, so none races it. */
async function acknowledged(ticketId: string) {
  await eventually(async () => Boolean((await ticketView(ticketId)).ticket.acknowledgedAt));
}

/** A ticket repaired on site by Chen (senior) with the given parts, signed off: completed. */
async function repairedTicket(options: { urgency?: 'urgent' | 'general'; parts: Array<{ sku: string; quantity: number; installedSerial?: string; removedSerial?: string }>; locale?: 'en' }) {
  const report = faultReport({ urgency: options.urgency ?? 'general', ...(options.locale ? { locale: options.locale } : {}) });
  const created = (await api('POST', '/v1/tickets', { body: report })).body;
  await acknowledged(created.id);
  expect((await api('POST', `/v1/staff/tickets/${created.id}/contact`, { token: cs, body: { note: '已联系客户' } })).status).toBe(200);
  await api('POST', `/v1/staff/tickets/${created.id}/triage`, { token: cs, body: { classification: 'complex', notes: '需上门' } });
  const assessed = await api('POST', `/v1/staff/tickets/${created.id}/assessment`, {
    token: support,
    body: onSiteAssessment(options.parts.map((p) => ({ sku: p.sku, quantity: p.quantity }))),
  });
  expect(assessed.status).toBe(200);
  const scheduled = await api('POST', `/v1/staff/tickets/${created.id}/schedule`, { token: manager, body: { technicianId: 'staff-tech-chen', window: visitWindow(await serverNow()) } });
  expect(scheduled.status, JSON.stringify(scheduled.body)).toBe(201);
  const jobId = scheduled.body.job.jobId as string;
  await api('POST', `/v1/staff/jobs/${jobId}/safety-check`, { token: chen, body: { items: STANDARD_SAFETY_CHECKLIST.map((item) => ({ item, ok: true })) } });
  expect((await api('POST', `/v1/staff/jobs/${jobId}/check-in`, { token: chen, body: {} })).status).toBe(200);
  for (const part of options.parts) expect((await api('POST', `/v1/staff/jobs/${jobId}/parts`, { token: chen, body: part })).status).toBe(200);
  const signed = await api('POST', `/v1/staff/jobs/${jobId}/sign-off`, { token: chen, body: { signerName: '张伟', testResult: '正常', usageNotes: '勿遮挡', signaturePng: SIGNATURE_PNG } });
  expect(signed.status).toBe(200);
  return { ...(created as { id: string; number: string }), report, jobId };
}

async function remoteTicket() {
  const report = faultReport();
  const created = (await api('POST', '/v1/tickets', { body: report })).body;
  await acknowledged(created.id);
  await api('POST', `/v1/staff/tickets/${created.id}/contact`, { token: cs, body: { note: '已联系' } });
  await api('POST', `/v1/staff/tickets/${created.id}/triage`, { token: cs, body: { classification: 'simple', notes: '电源松动', solution: '插紧电源', guidance: '电话指导' } });
  const done = await api('POST', `/v1/staff/tickets/${created.id}/remote-resolution/confirm`, { token: cs, body: { customerConfirmation: '已恢复' } });
  expect(done.body.ticket.status).toBe('completed');
  return { ...(created as { id: string; number: string }), report };
}

async function followUp(ticketId: string) {
  const answered = await api('POST', `/v1/staff/tickets/${ticketId}/follow-up`, { token: cs, body: { satisfaction: 5, equipmentWorking: true } });
  expect(answered.status).toBe(200);
  expect(answered.body.ticket.status).toBe('followed_up');
}

/** The statement of a ticket once the queue step has made it (staff view). */
async function statementOf(ticketId: string) {
  return eventually(async () => {
    const response = await api('GET', `/v1/staff/tickets/${ticketId}/statement`, { token: cs });
    return response.status === 200 ? response.body : undefined;
  });
}

async function statementEmails(address: string, number: string) {
  return (await emailsTo(address)).filter((e) => e.subject.includes(number));
}

/** The statement id and token from the link in the customer's email. */
function linkIn(email: StoredEmail) {
  const url = new URL(/https?:\/\/\S+\/statement\.html\?\S+/.exec(email.body.text!)![0]);
  return { id: url.searchParams.get('s')!, t: url.searchParams.get('t')! };
}

const publicPath = (id: string, t: string, action = '') => `/v1/statements/${id}${action}?t=${encodeURIComponent(t)}`;

beforeAll(async () => {
  [cs, support, manager, finance] = await Promise.all([staffToken('customer_service'), staffToken('tech_support'), staffToken('manager'), staffToken('finance')]);
  chen = (await api('POST', '/__local/token', { body: { staffId: 'staff-tech-chen' } })).body.token;
  const part = (sku: string, valuable: boolean, unitPriceFen: number) =>
    api('PUT', `/v1/staff/parts/${sku}`, { token: support, body: { name: sku === CAM ? '红外网络摄像机' : '电源适配器', specification: 'test', unit: '个', unitPriceFen, designated: true, valuable, reorderPoint: 1 } });
  expect((await part(CAM, true, 68_000)).status).toBe(200);
  expect((await part(PSU, false, 4_500)).status).toBe(200);
  for (const sku of [CAM, PSU]) {
    expect((await api('POST', `/v1/staff/stock/van-staff-tech-chen/${sku}/adjust`, { token: support, body: { delta: 20, reason: '入库' } })).status).toBe(200);
  }
});

describe('the fee schedule', () => {
  it('is the documented default (version 0) and only the manager changes it, validated', async () => {
    const current = await api('GET', '/v1/staff/settlement/fee-schedule', { token: finance });
    expect(current.status).toBe(200);
    expect(current.body.value).toMatchObject({ vatBasisPoints: 1300, callOutFeeFen: 10_000, statementAt: 'followed_up', financeEmail: FINANCE, labour: { incrementMinutes: 30, minimumMinutes: 60, hourlyRateFen: { senior: 12_000 } } });
    expect((await api('PUT', '/v1/staff/settlement/fee-schedule', { token: cs, body: { expectedVersion: current.body.version, config: current.body.value } })).status).toBe(403);
    const invalid = await api('PUT', '/v1/staff/settlement/fee-schedule', { token: manager, body: { expectedVersion: current.body.version, config: { ...current.body.value, vatBasisPoints: 13.5 } } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.fields[0].path).toBe('config.vatBasisPoints');
  });
});

describe('followed-up ticket to closed', () => {
  it('statement emailed once to the customer and to finance, confirmed, paid in two parts, settled and closed', async () => {
    const ticket = await repairedTicket({ parts: [{ sku: CAM, quantity: 1, installedSerial: `NEW-${unique}`, removedSerial: 'OLD-CAM-1' }, { sku: PSU, quantity: 1 }] });
    // Completion alone makes no statement (the default is after the follow-up).
    await new Promise((r) => setTimeout(r, 1500));
    expect((await api('GET', `/v1/staff/tickets/${ticket.id}/statement`, { token: cs })).status).toBe(404);
    await followUp(ticket.id);

    const view = await statementOf(ticket.id);
    const statement = view.statement;
    // The version in force (other tests may have saved the schedule before: the statement keeps the one it used).
    const inForce = (await api('GET', '/v1/staff/settlement/fee-schedule', { token: cs })).body.version;
    expect(statement).toMatchObject({ status: 'issued', revision: 1, ticketNumber: ticket.number, feeScheduleVersion: inForce, subtotalFen: 94_500, taxFen: 12_285, totalFen: 106_785, paidFen: 0 });
    expect(statement.number).toMatch(/^ST\d{4}-\d{6}$/);
    expect(view.current.lines.map((l: { kind: string; amountFen: number }) => [l.kind, l.amountFen])).toEqual([
      ['labour', 12_000], // a few minutes on site bill the 60-minute minimum at the senior rate
      ['call_out', 10_000],
      ['part', 68_000],
      ['part', 4_500],
      ['tax', 12_285],
    ]);
    expect(view.current.lines[2]).toMatchObject({ installedSerial: `NEW-${unique}`, removedSerial: 'OLD-CAM-1' });

    // The customer's email: HTML and text, zh-CN, the itemised lines and the signed link.
    const [customerMail] = await eventually(async () => {
      const found = await statementEmails(ticket.report.customer.email, statement.number);
      return found.length ? found : undefined;
    });
    expect(customerMail!.subject).toContain('服务费用结算');
    expect(customerMail!.body.text).toContain('¥1067.85');
    expect(customerMail!.body.text).toContain(`新件序列号 NEW-${unique}`);
    expect(customerMail!.body.html).toContain('<table');
    expect(customerMail!.body.html).toContain('¥680.00');
    const link = linkIn(customerMail!);
    expect(link.id).toBe(statement.statementId);

    // Finance's copy: the statement as CSV, UTF-8 with BOM, one row per line adding up to the
    // subtotal; subtotal, discount, VAT and total in their own section below; and the PDF.
    const financeMail = await eventually(async () => (await statementEmails(FINANCE, statement.number)).find((e) => e.subject.includes('结算单副本')));
    expect(financeMail.attachments.map((a) => a.filename)).toEqual([`statement-${statement.number}-r1.csv`, `结算单-${statement.number}-第1版.pdf`]);
    const csv = attachmentText(financeMail);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = table(csv.text);
    expect(lines.map((row) => row['类型'])).toEqual(['人工费', '上门费', '备件', '备件']);
    const summary = summarySection(csv.text);
    expect(Object.keys(summary)).toEqual(['小计（不含税）', '折扣', '不含税金额', '增值税', '价税合计']);
    expect(lines.reduce((sum, row) => sum + fen(row['金额(元)']!), 0)).toBe(fen(summary['小计（不含税）']!.value));
    expect(fen(summary['小计（不含税）']!.value) + fen(summary['折扣']!.value) + fen(summary['增值税']!.value)).toBe(106_785);
    expect(summary['价税合计']).toEqual({ value: '1067.85', note: '大写：壹仟零陆拾柒元捌角伍分' });
    expect(lines[2]!['项目']).toContain('红外网络摄像机');
    expect(lines[0]!['客户']).toBe(`星河湾物业（张伟）`);

    // The statement PDF: attached to both emails, the same document through the signed link and for staff.
    expect(customerMail!.attachments.map((a) => a.filename)).toEqual([`结算单-${statement.number}-第1版.pdf`]);
    const attachedPdf = Buffer.from(financeMail.attachments[1]!.content, 'base64');
    expect(attachedPdf.length).toBeLessThan(300 * 1024);
    const pdfWords = squeezed(pdfText(attachedPdf));
    for (const expected of ['结算单', statement.number, ticket.number, '费用明细', '红外网络摄像机', '增值税（13%）', '价税合计（小写）¥1067.85', '价税合计（大写）人民币壹仟零陆拾柒元捌角伍分', '扫描二维码']) expect(pdfWords).toContain(expected);
    const customerPdf = await download(`/v1/statements/${link.id}/pdf?t=${encodeURIComponent(link.t)}`);
    expect(customerPdf.status).toBe(200);
    expect(customerPdf.headers.get('content-type')).toBe('application/pdf');
    expect(customerPdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(squeezed(pdfText(customerPdf.bytes))).toContain('人民币壹仟零陆拾柒元捌角伍分');
    expect((await download(`/v1/statements/${link.id}/pdf?t=${encodeURIComponent(`${link.t.slice(0, -2)}AA`)}`)).status).toBe(404);
    const staffPdf = await download(`/v1/staff/statements/${statement.statementId}/pdf`, { token: finance });
    expect(staffPdf.status).toBe(200);
    expect(staffPdf.headers.get('content-type')).toBe('application/pdf');
    expect(squeezed(pdfText(staffPdf.bytes))).toContain(statement.number);
    expect((await download(`/v1/staff/statements/${statement.statementId}/pdf`, { token: chen })).status).toBe(403);

    // The public page's API: a wrong or expired token answers exactly like an unknown statement.
    const page = await api('GET', publicPath(link.id, link.t));
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ number: statement.number, status: 'issued', revision: 1, totalFen: 106_785, actions: { confirm: true, dispute: true, requestInvoice: false } });
    expect(JSON.stringify(page.body)).not.toMatch(/phone|email|staff-/);
    const unknown = await api('GET', publicPath('00000000-0000-4000-8000-000000000000', link.t));
    const wrong = await api('GET', publicPath(link.id, `${link.t.slice(0, -2)}AA`));
    const expired = await api('GET', publicPath(link.id, signLinkToken(TEST_LINK_SECRET, 'statement', link.id, new Date((await serverNow()).getTime() - 1000))));
    const otherPurpose = await api('GET', publicPath(link.id, signLinkToken(TEST_LINK_SECRET, 'status', link.id)));
    for (const refused of [wrong, expired, otherPurpose]) {
      expect(refused.status).toBe(404);
      expect(refused.body).toEqual(unknown.body);
    }
    expect(unknown.status).toBe(404);
    expect((await api('POST', publicPath(link.id, 'bad', '/confirm'), { body: { revision: 1 } })).status).toBe(404);

    // Confirm: a stale revision is refused; a second click answers like the first.
    const stale = await api('POST', publicPath(link.id, link.t, '/confirm'), { body: { revision: 2 } });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'statement_revision_stale', currentRevision: 1, sentRevision: 2, message: '您操作的是结算单第 2 版，当前有效的是第 1 版，请查看当前版本后再操作' });
    const confirmed = await api('POST', publicPath(link.id, link.t, '/confirm'), { body: { revision: 1 } });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ status: 'confirmed', actions: { confirm: false, requestInvoice: true } });
    expect((await api('POST', publicPath(link.id, link.t, '/confirm'), { body: { revision: 1 } })).status).toBe(200);
    const lateDispute = await api('POST', publicPath(link.id, link.t, '/dispute'), { body: { revision: 1, reason: '太贵' } });
    expect(lateDispute.status).toBe(409);
    expect(lateDispute.body.error).toMatchObject({ code: 'statement_state', statementStatus: 'confirmed' });

    // Payments: by finance, never more than outstanding; the full amount settles and closes the ticket.
    const payments = `/v1/staff/statements/${statement.statementId}/payments`;
    expect((await api('POST', payments, { token: chen, body: { amountFen: 100, paidOn: (await today()), method: 'cash' } })).status).toBe(403);
    const first = await api('POST', payments, { token: finance, body: { amountFen: 50_000, paidOn: (await today()), method: 'bank_transfer', reference: 'HX-001' } });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ statement: { status: 'confirmed', paidFen: 50_000 }, outstandingFen: 56_785 });
    expect((await ticketView(ticket.id)).ticket.status).toBe('followed_up');
    const tooMuch = await api('POST', payments, { token: cs, body: { amountFen: 60_000, paidOn: (await today()), method: 'wechat' } });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.error).toMatchObject({ code: 'payment_exceeds_outstanding', outstandingFen: 56_785 });
    const future = await api('POST', payments, { token: cs, body: { amountFen: 1, paidOn: shanghaiDay(new Date((await serverNow()).getTime() + 3 * DAY)), method: 'wechat' } });
    expect(future.status).toBe(400);
    expect(future.body.error.fields[0].path).toBe('paidOn');
    const rest = await api('POST', payments, { token: cs, body: { amountFen: 56_785, paidOn: (await today()), method: 'wechat' } });
    expect(rest.status).toBe(200);
    expect(rest.body.statement).toMatchObject({ status: 'settled', paidFen: 106_785 });
    expect(rest.body.statement.payments).toHaveLength(2);

    const closed = await ticketView(ticket.id);
    expect(closed.ticket.status).toBe('closed');
    const types = closed.events.map((e: { type: string }) => e.type);
    for (const type of ['statement_issued', 'statement_confirmed', 'payment_recorded', 'settled', 'closed']) expect(types).toContain(type);
    expect(closed.events.filter((e: { toStatus?: string }) => e.toStatus === 'settled' || e.toStatus === 'closed').map((e: { toStatus: string }) => e.toStatus)).toEqual(['settled', 'closed']);
    expect((await api('POST', payments, { token: cs, body: { amountFen: 1, paidOn: (await today()), method: 'cash' } })).body.error.code).toBe('statement_state');

    // Redelivered trigger and mail messages: no second statement, no second email.
    for (const [queue, body] of [
      ['ticket-followed-up', { type: 'ticket.followed-up', ticketId: ticket.id }],
      ['statements-issued', { type: 'statement.issued', statementId: statement.statementId, revision: 1 }],
    ] as const) {
      await sqs.send(new SendMessageCommand({ QueueUrl: local.queues.queue[queue]!, MessageBody: JSON.stringify(body) }));
    }
    await new Promise((r) => setTimeout(r, 3000));
    expect((await statementOf(ticket.id)).statement.statementId).toBe(statement.statementId);
    expect(await statementEmails(ticket.report.customer.email, statement.number)).toHaveLength(1);
    expect((await statementEmails(FINANCE, statement.number)).filter((e) => e.subject.includes('结算单副本'))).toHaveLength(1);
  });
});

describe('dispute, revision and invoice', () => {
  it('disputed twice: revised with the device contract, then with a manager discount; confirmed; invoice requested and issued', async () => {
    const ticket = await repairedTicket({ urgency: 'urgent', parts: [{ sku: CAM, quantity: 1, installedSerial: `NEW2-${unique}`, removedSerial: 'OLD-CAM-2' }] });
    await followUp(ticket.id);
    const r1 = (await statementOf(ticket.id)).statement;
    expect(r1).toMatchObject({ subtotalFen: 101_000, taxFen: 13_130, totalFen: 114_130 }); // 120 + 100 + 50 % surcharge 110 + 680
    const firstMail = await eventually(async () => (await statementEmails(ticket.report.customer.email, r1.number))[0]);
    const link = linkIn(firstMail);

    const noReason = await api('POST', publicPath(link.id, link.t, '/dispute'), { body: { revision: 1, reason: ' ' } });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields).toEqual([{ path: 'reason', message: '此项为必填项' }]);
    const disputed = await api('POST', publicPath(link.id, link.t, '/dispute'), { body: { revision: 1, reason: '该摄像机在维保合同内，人工和上门费不应收取' } });
    expect(disputed.status).toBe(200);
    expect(disputed.body).toMatchObject({ status: 'disputed', dispute: { reason: '该摄像机在维保合同内，人工和上门费不应收取' }, actions: { confirm: false } });
    const toCs = await eventually(async () => (await emailsTo(CS_MAILBOX)).find((e) => e.subject.includes('结算异议') && e.subject.includes(r1.number)));
    expect(toCs.body.text).toContain('维保合同');
    const open = await api('GET', '/v1/staff/statements?status=disputed', { token: finance });
    expect(open.body.items.map((s: { statementId: string }) => s.statementId)).toContain(r1.statementId);
    expect((await api('POST', publicPath(link.id, link.t, '/confirm'), { body: { revision: 1 } })).body.error.code).toBe('statement_state');

    // Customer service records the maintenance contract and revises: labour, call-out (and the surcharge on them) become free.
    const coverage = await api('PUT', `/v1/staff/devices/cctv/${encodeURIComponent(ticket.report.device.serial)}/coverage`, {
      token: cs,
      body: { kind: 'maintenance_contract', reference: `WB-${unique}`, validFrom: '2026-01-01', validUntil: '2099-12-31', covers: { labour: true, parts: false, callOut: true } },
    });
    expect(coverage.status).toBe(200);
    const recorded = await api('GET', `/v1/staff/devices/cctv/${encodeURIComponent(ticket.report.device.serial)}/coverage`, { token: cs });
    expect(recorded.body.coverage).toMatchObject({ system: 'cctv', serial: ticket.report.device.serial, reference: `WB-${unique}`, updatedBy: coverage.body.coverage.updatedBy });
    const revisions = `/v1/staff/statements/${r1.statementId}/revisions`;
    const discountByCs = await api('POST', revisions, { token: cs, body: { expectedRevision: 1, reason: '客户要求折扣', discount: { percentBasisPoints: 1000, reason: '老客户' } } });
    expect(discountByCs.status).toBe(403);
    expect(discountByCs.body.error.code).toBe('discount_needs_manager');
    const unknownJob = await api('POST', revisions, { token: cs, body: { expectedRevision: 1, reason: '更正', labourMinutes: [{ jobId: '00000000-0000-4000-8000-000000000000', minutes: 30 }] } });
    expect(unknownJob.status).toBe(400);
    expect(unknownJob.body.error.fields[0].path).toBe('labourMinutes.0.jobId');
    const r2 = await api('POST', revisions, { token: cs, body: { expectedRevision: 1, reason: '设备在维保合同 WB 内，人工费和上门费免收' } });
    expect(r2.status).toBe(200);
    expect(r2.body.statement).toMatchObject({ status: 'issued', revision: 2, totalFen: 76_840 });
    expect(r2.body.statement.dispute).toBeUndefined();
    expect(r2.body.current.lines.find((l: { kind: string }) => l.kind === 'labour')).toMatchObject({ amountFen: 0, waived: 'maintenance_contract' });
    expect((await api('POST', revisions, { token: cs, body: { expectedRevision: 1, reason: 'again' } })).body.error.code).toBe('statement_revision_stale');
    const open2 = await api('GET', '/v1/staff/statements?status=disputed', { token: finance });
    expect(open2.body.items.map((s: { statementId: string }) => s.statementId)).not.toContain(r1.statementId);

    const secondMail = await eventually(async () => (await statementEmails(ticket.report.customer.email, r1.number)).find((e) => e.subject.includes('第 2 版')));
    expect(secondMail.body.text).toContain('维保合同覆盖，免费');
    expect(secondMail.body.text).toContain('¥768.40');
    await eventually(async () => (await statementEmails(FINANCE, r1.number)).some((e) => e.attachments[0]?.filename === `statement-${r1.number}-r2.csv` && e.attachments[1]?.filename === `结算单-${r1.number}-第2版.pdf`));

    // Still not happy: the manager grants 10 % (with a reason); revision 3; history kept.
    expect((await api('POST', publicPath(link.id, link.t, '/dispute'), { body: { revision: 1, reason: '旧版' } })).body.error.code).toBe('statement_revision_stale');
    expect((await api('POST', publicPath(link.id, link.t, '/dispute'), { body: { revision: 2, reason: '等待时间过长，希望给予折扣' } })).status).toBe(200);
    const r3 = await api('POST', revisions, { token: manager, body: { expectedRevision: 2, reason: '经理批准 9 折', discount: { percentBasisPoints: 1000, reason: '等待时间过长' } } });
    expect(r3.status).toBe(200);
    expect(r3.body.statement).toMatchObject({ revision: 3, discountFen: -6_800, taxFen: 7_956, totalFen: 69_156 });
    expect(r3.body.revisions.map((r: { revision: number; totalFen: number }) => [r.revision, r.totalFen])).toEqual([[1, 114_130], [2, 76_840], [3, 69_156]]);
    expect(r3.body.revisions[2]).toMatchObject({ discount: { kind: 'percent', basisPoints: 1000, approvedBy: 'staff-manager-wang', reason: '等待时间过长' } });
    expect(r3.body.facts.map((f: { kind: string }) => f.kind)).toEqual(['issued', 'disputed', 'revised', 'disputed', 'revised']);

    const thirdMail = await eventually(async () => (await statementEmails(ticket.report.customer.email, r1.number)).find((e) => e.subject.includes('第 3 版')));
    const link3 = linkIn(thirdMail);
    const page = await api('GET', publicPath(link3.id, link3.t));
    expect(page.body).toMatchObject({ revision: 3, status: 'issued', totalFen: 69_156, discountFen: -6_800 });
    expect(page.body.lines.find((l: { kind: string }) => l.kind === 'discount').description).toContain('等待时间过长');
    expect((await api('POST', publicPath(link3.id, link3.t, '/confirm'), { body: { revision: 3 } })).body.status).toBe('confirmed');

    // Invoice request from the page: the taxpayer ID is checked; 专用发票 needs address, phone and bank.
    const invoice = publicPath(link3.id, link3.t, '/invoice-request');
    const badId = await api('POST', invoice, { body: { type: 'normal', title: '星河湾物业管理有限公司', taxpayerId: '91350100M000100Y44' } });
    expect(badId.status).toBe(400);
    expect(badId.body.error.fields).toEqual([{ path: 'taxpayerId', message: '纳税人识别号格式不正确（应为 18 位统一社会信用代码）' }]);
    const incomplete = await api('POST', invoice, { body: { type: 'special', title: '星河湾物业管理有限公司', taxpayerId: '91350100M000100Y43' } });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['address', 'bankAccount', 'bankName', 'phone']);
    const special = {
      type: 'special',
      title: '星河湾物业管理有限公司',
      taxpayerId: '91350100m000100y43',
      address: '上海市浦东新区星河路 88 号',
      phone: '021-58881234',
      bankName: '招商银行上海张江支行',
      bankAccount: '121908765410001',
      email: `invoice-${unique}@example.cn`,
    };
    const requested = await api('POST', invoice, { body: special });
    expect(requested.status).toBe(200);
    expect(requested.body).toMatchObject({ invoice: { type: 'special', title: '星河湾物业管理有限公司' }, actions: { requestInvoice: false } });
    expect((await api('POST', invoice, { body: special })).body.error.code).toBe('invoice_already_requested');

    const toFinance = await eventually(async () => (await emailsTo(FINANCE)).find((e) => e.subject.includes('开票申请') && e.subject.includes(r1.number)));
    for (const expected of ['增值税专用发票', '星河湾物业管理有限公司', '91350100M000100Y43', '上海市浦东新区星河路 88 号', '021-58881234', '招商银行上海张江支行', '121908765410001', '¥691.56', '¥79.56', '13%', ticket.number, r1.statementId]) {
      expect(toFinance.body.text).toContain(expected);
    }

    // Finance records the number; the customer is told (at the invoice email and the ticket's email).
    const record = `/v1/staff/statements/${r1.statementId}/invoice`;
    expect((await api('POST', record, { token: cs, body: { invoiceNumber: '26312000000012345678', issuedOn: (await today()) } })).status).toBe(403);
    expect((await api('POST', record, { token: finance, body: { invoiceNumber: '12AB', issuedOn: (await today()) } })).status).toBe(400);
    const issued = await api('POST', record, { token: finance, body: { invoiceNumber: '26312000000012345678', issuedOn: (await today()) } });
    expect(issued.status).toBe(200);
    expect(issued.body.statement.invoice).toMatchObject({ invoiceNumber: '26312000000012345678', recordedBy: 'staff-fin-sun' });
    // One email to both addresses (the local SES store keeps the To header as one string).
    const told = await eventually(async () => (await mailbox()).find((e) => e.subject.includes('发票已开具') && e.subject.includes(r1.number)));
    expect(told.destination.to.join(',')).toContain(special.email);
    expect(told.destination.to.join(',')).toContain(ticket.report.customer.email);
    expect(told.body.text).toContain('26312000000012345678');
    expect((await api('GET', publicPath(link3.id, link3.t))).body.invoice).toMatchObject({ invoiceNumber: '26312000000012345678' });
  });
});

describe('nothing to pay, and the statement at completion', () => {
  it('a remote fix (fee 0) computed at completion when configured: confirmed, settled, then closed after the follow-up', async () => {
    const schedule = (await api('GET', '/v1/staff/settlement/fee-schedule', { token: manager })).body;
    const atCompletion = await api('PUT', '/v1/staff/settlement/fee-schedule', { token: manager, body: { expectedVersion: schedule.version, config: { ...schedule.value, statementAt: 'completion' } } });
    expect(atCompletion.status).toBe(200);
    let ticket: Awaited<ReturnType<typeof remoteTicket>>;
    try {
      ticket = await remoteTicket();
      const view = await statementOf(ticket.id);
      expect(view.statement).toMatchObject({ status: 'issued', totalFen: 0, feeScheduleVersion: atCompletion.body.version });
      expect(view.current.lines.map((l: { kind: string }) => l.kind)).toEqual(['remote_fee', 'tax']);
    } finally {
      const now = (await api('GET', '/v1/staff/settlement/fee-schedule', { token: manager })).body;
      await api('PUT', '/v1/staff/settlement/fee-schedule', { token: manager, body: { expectedVersion: now.version, config: { ...now.value, statementAt: 'followed_up' } } });
    }
    const view = await statementOf(ticket.id);
    // The customer confirmed on the phone: nothing to pay, settled at once; the ticket waits for its follow-up.
    const confirmed = await api('POST', `/v1/staff/statements/${view.statement.statementId}/confirm`, { token: cs, body: { revision: 1, note: '客户电话确认' } });
    expect(confirmed.body.statement).toMatchObject({ status: 'settled', confirmation: { by: 'staff-cs-li', note: '客户电话确认' } });
    expect((await ticketView(ticket.id)).ticket.status).toBe('completed');
    const noInvoice = await api('POST', `/v1/staff/statements/${view.statement.statementId}/invoice-request`, { token: cs, body: { type: 'normal', titleType: 'personal', title: '张伟' } });
    expect(noInvoice.body.error.code).toBe('nothing_to_invoice');
    await followUp(ticket.id);
    await eventually(async () => (await ticketView(ticket.id)).ticket.status === 'closed');
  });
});

describe('the monthly digest', () => {
  it("finance gets last month's statements, confirmations, payments and open disputes as CSV, once, even when the run on the 1st was missed", async () => {
    // One more statement left disputed, so the open disputes are not empty.
    const disputedTicket = await repairedTicket({ parts: [{ sku: PSU, quantity: 2 }], locale: 'en' });
    await followUp(disputedTicket.id);
    const disputed = (await statementOf(disputedTicket.id)).statement;
    const english = await eventually(async () => (await statementEmails(disputedTicket.report.customer.email, disputed.number))[0]);
    expect(english.subject).toContain('Service charges for ticket');
    expect(english.body.text).toContain('Labour');
    const link = linkIn(english);
    expect((await api('POST', publicPath(link.id, link.t, '/dispute'), { body: { revision: 1, reason: 'Call-out fee was not agreed' } })).status).toBe(200);

    // The digest covers the month of these facts. The run at 00:05 on the 1st of the next month in
    // Shanghai is missed (an outage); the schedule fires a day late, twice at once, then again.
    const [year, month] = (await today()).split('-').map(Number) as [number, number];
    const monthKey = `${year}-${String(month).padStart(2, '0')}`;
    const firstOfNext = new Date(`${month === 12 ? year + 1 : year}-${String(month === 12 ? 1 : month + 1).padStart(2, '0')}-01T00:05:00+08:00`);
    const aDayLate = new Date(firstOfNext.getTime() + DAY);
    const digests = async () => (await emailsTo(FINANCE)).filter((e) => e.subject.includes('财务月报'));
    const runs = await Promise.all([fireSchedule('settlement-monthly-digest', aDayLate), fireSchedule('settlement-monthly-digest', aDayLate)]);
    expect(runs.some((run) => (run as { result: { months: string[] } }).result.months.includes(monthKey))).toBe(true);
    // The month is recorded as digested: a later run owes nothing.
    expect(await fireSchedule('settlement-monthly-digest', new Date(aDayLate.getTime() + 60_000))).toMatchObject({ result: { months: [], sent: false } });
    const [digest, ...more] = await eventually(async () => ((await digests()).length ? digests() : undefined));
    expect(more).toHaveLength(0);
    expect(digest!.subject).toBe(`【财务月报】${year}年${String(month).padStart(2, '0')}月结算汇总`);

    const texts = Object.fromEntries(
      digest!.attachments.map((a, i) => {
        const { bytes, text } = attachmentText(digest!, i);
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        return [a.filename!, text];
      }),
    );
    const files = Object.fromEntries(Object.entries(texts).map(([name, text]) => [name, table(text)]));
    expect(Object.keys(files).sort()).toEqual([`confirmations-${monthKey}.csv`, `open-disputes-${monthKey}.csv`, `payments-${monthKey}.csv`, `statements-${monthKey}.csv`]);
    const statements = files[`statements-${monthKey}.csv`]!;
    const confirmations = files[`confirmations-${monthKey}.csv`]!;
    const payments = files[`payments-${monthKey}.csv`]!;
    const disputes = files[`open-disputes-${monthKey}.csv`]!;

    // The summary in the body equals the CSV totals.
    const summary = (label: string) => {
      const match = new RegExp(`${label}：(\\d+) (?:张|笔)，(?:价税合计|金额) (¥-?\\d+\\.\\d{2})`).exec(digest!.body.text!)!;
      return { count: Number(match[1]), totalFen: fen(match[2]!) };
    };
    const total = (rows: Array<Record<string, string>>, column: string) => rows.reduce((sum, row) => sum + fen(row[column]!), 0);
    expect(summary('结算单')).toEqual({ count: statements.length, totalFen: total(statements, '价税合计(元)') });
    expect(summary('客户确认')).toEqual({ count: confirmations.length, totalFen: total(confirmations, '价税合计(元)') });
    expect(summary('收款')).toEqual({ count: payments.length, totalFen: total(payments, '金额(元)') });
    expect(summary('未解决异议')).toEqual({ count: disputes.length, totalFen: total(disputes, '价税合计(元)') });
    // Each CSV's totals are in their own section below its rows, and agree with them.
    const statementTotals = summarySection(texts[`statements-${monthKey}.csv`]!);
    expect(Number(statementTotals['结算单数']!.value)).toBe(statements.length);
    expect(fen(statementTotals['价税合计(元)']!.value)).toBe(total(statements, '价税合计(元)'));
    expect(fen(statementTotals['税额合计(元)']!.value)).toBe(total(statements, '税额(元)'));
    expect(fen(summarySection(texts[`payments-${monthKey}.csv`]!)['收款合计(元)']!.value)).toBe(total(payments, '金额(元)'));
    for (const row of statements) expect(fen(row['小计(元)']!) + fen(row['折扣(元)']!) + fen(row['税额(元)']!)).toBe(fen(row['价税合计(元)']!));

    // Our own statements are in it with their amounts as they stand now.
    const mine = await api('GET', `/v1/staff/statements?month=${monthKey}`, { token: finance });
    const byNumber = Object.fromEntries(statements.map((row) => [row['结算单号'], row]));
    for (const s of mine.body.items as Array<{ number: string; totalFen: number; paidFen: number }>) {
      expect(fen(byNumber[s.number]!['价税合计(元)']!)).toBe(s.totalFen);
      expect(fen(byNumber[s.number]!['已收款(元)']!)).toBe(s.paidFen);
    }
    const settledRow = statements.find((row) => row['已收款(元)'] === '1067.85');
    expect(settledRow).toMatchObject({ '状态': '已结清', '价税合计(元)': '1067.85' });
    const ourPayments = payments.filter((row) => row['结算单号'] === settledRow!['结算单号']);
    expect(ourPayments.map((row) => [row['金额(元)'], row['方式']])).toEqual([['500.00', '银行转账'], ['567.85', '微信支付']]);
    // Staff by name, not by id.
    expect(ourPayments.map((row) => row['登记人'])).toEqual(['孙会计', '李客服']);
    expect(JSON.stringify(files)).not.toMatch(/staff-/);
    expect(confirmations.some((row) => row['结算单号'] === settledRow!['结算单号'] && row['确认人'] === '客户')).toBe(true);
    expect(disputes.find((row) => row['结算单号'] === disputed.number)).toMatchObject({ '异议原因': 'Call-out fee was not agreed', '价税合计(元)': '350.30' });
  });
});

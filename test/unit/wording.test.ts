/**
 * What people read: every email template rendered with representative data (in both languages where
 * the template speaks both) and every client message rendered from realistic typed errors, in both
 * languages; none may show a raw code (an enum value, a snake_case token, a policy requirement id),
 * a stray space between Chinese characters or before Chinese punctuation, a doubled space,
 * `undefined`/`null`/`NaN`/`[object Object]`, or full-width punctuation in English text.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { LOCALES, type Locale } from '../../lib/platform/locale.ts';
import { MESSAGE_KEYS } from '../../lib/platform/http/messages.ts';
import { errorResponse } from '../../lib/platform/http/error-response.ts';
import { parseWith } from '../../lib/platform/http/validation.ts';
import {
  AccountInactiveError,
  ConcurrentUpdateError,
  DomainError,
  ForbiddenError,
  IdempotencyConflictError,
  InvalidTransitionError,
  NotFoundError,
  UnauthorizedError,
  ValidationError,
  type FieldProblem,
} from '../../lib/platform/errors.ts';
import { MalformedJsonError, MalformedPathError, MethodNotAllowedError, PayloadTooLargeError, RouteNotFoundError, ServiceUnavailableError, UnsupportedMediaTypeError } from '../../lib/platform/http/http-errors.ts';
import { CalendarError } from '../../lib/calendar/errors.ts';
import { SYSTEM_TYPES, TICKET_STATUSES, type Ticket } from '../../lib/tickets/index.ts';
import { ReworkJudgementError } from '../../lib/tickets/domain/rework.ts';
import { localDateTime } from '../../lib/platform/local-date.ts';
import type { StaffMember } from '../../lib/staff/index.ts';
import type { Job } from '../../lib/dispatch/domain/job.ts';
import { TechnicianNotEligibleError } from '../../lib/dispatch/usecases/dispatch.ts';
import { PartNotDesignatedError, SafetyCheckRequiredError } from '../../lib/dispatch/usecases/onsite.ts';
import { jobSheetMail, toAssessmentMail, toDispatchMail, visitConfirmationMail } from '../../lib/dispatch/mail/handoffs.ts';
import { repairReportMail } from '../../lib/dispatch/mail/repair-report.ts';
import { acknowledgementMail } from '../../lib/intake/mail/acknowledgement.ts';
import { slaAlertMail } from '../../lib/sla/mail/sla-alert.ts';
import { ExemptionTooLateError, TimerStateError, type SlaTimer } from '../../lib/sla/domain/sla-timer.ts';
import { investigationOutcomeMail, surveyMail } from '../../lib/followup/mail/survey.ts';
import { qualityAlertMail } from '../../lib/followup/mail/quality-alert.ts';
import { LinkExpiredError, SurveyAlreadyAnsweredError } from '../../lib/followup/usecases/follow-up.ts';
import { certificateExpiryMail, toolOverdueMail } from '../../lib/people/mail/reminders.ts';
import { draftScorecardsMail, ownScorecardMail } from '../../lib/people/mail/scorecards.ts';
import { emptyFacts } from '../../lib/people/domain/scorecard.ts';
import type { CertificateRecord, Tool } from '../../lib/people/domain/people.ts';
import { QuarterSignedOffError, type FrozenScorecard, type Scorecard } from '../../lib/people/store/scorecard-repository.ts';
import { purchaseOrderMail, reorderAlertMail } from '../../lib/parts/mail/purchasing.ts';
import type { PurchaseOrder } from '../../lib/parts/domain/purchasing.ts';
import type { CatalogPart } from '../../lib/parts/domain/parts.ts';
import { DocumentChangedError, DocumentStateError, SupplierNotApprovedError } from '../../lib/parts/domain/errors.ts';
import { InsufficientStockError } from '../../lib/parts/store/parts-repository.ts';
import { personalDataExportMail } from '../../lib/privacy/mail/export.ts';
import { RightsRequestDoneError } from '../../lib/privacy/domain/rights.ts';
import { disputeMail, invoiceIssuedMail, invoiceRequestMail, statementCustomerMail, statementFinanceMail } from '../../lib/settlement/mail/statement.ts';
import { digestMail } from '../../lib/settlement/mail/digest.ts';
import { computeFees, DEFAULT_FEE_SCHEDULE } from '../../lib/settlement/domain/fees.ts';
import {
  DiscountNeedsManagerError,
  InvoiceStateError,
  PaymentExceedsOutstandingError,
  StaleRevisionError,
  StatementStateError,
  type Statement,
  type StatementFact,
  type StatementRevision,
} from '../../lib/settlement/domain/statement.ts';
import type { OutgoingMail } from '../../lib/platform/mail/mailer.ts';
import { UI } from '../../web/src/core/strings.ts';
import { problemsIn, readable } from '../support/wording.ts';

// ---- the checks (test/support/wording.ts) ---------------------------------------------------------

function problemsInMail(name: string, mail: Omit<OutgoingMail, 'to'>, locale: Locale): string[] {
  const texts: Array<[string, Locale]> = [mail.subject, mail.text, readable(mail.html)].map((text) => [text, locale]);
  for (const attachment of mail.attachments ?? []) {
    // An attachment is read in its own language (the printable report is a zh-CN document, the CSVs are zh-CN).
    if (!/text\/(html|csv)/.test(attachment.contentType ?? '')) continue;
    const content = Buffer.from(attachment.content as Buffer).toString('utf8').replace(/^\uFEFF/, '');
    texts.push([readable(content), /lang="en"/.test(content) ? 'en' : 'zh-CN']);
  }
  return texts.flatMap(([text, language]) => problemsIn(text, language)).map((problem) => `${name} (${locale}): ${problem}`);
}

// ---- representative data ------------------------------------------------------------------------

function ticketIn(locale: Locale): Ticket {
  const zh = locale === 'zh-CN';
  return {
    id: 't-1',
    number: '20260601-0007',
    status: 'scheduled',
    locale,
    channel: 'web',
    urgency: 'urgent',
    customer: zh ? { name: '张伟', phone: '+8613812345678', email: 'zhang@example.com', organisation: '星河湾物业' } : { name: 'Anna Smith', phone: '+8613812345678', email: 'anna@example.com', organisation: 'Riverside Towers' },
    site: zh ? { address: '上海市浦东新区世纪大道 99 号', name: '星河湾小区', contactName: '李师傅', contactPhone: '+8613900001111' } : { address: '99 Century Avenue, Pudong, Shanghai', name: 'Riverside Towers', contactName: 'Tom Lee', contactPhone: '+8613900001111' },
    device: { system: 'cctv', model: 'DS-2CD2T47', serial: 'SN-88001', location: zh ? '地下车库 B1 入口' : 'Car park B1, entrance 2' },
    symptom: zh ? '摄像机画面全黑' : 'The camera shows a black picture',
    createdAt: '2026-06-01T01:00:00.000Z',
    updatedAt: '2026-06-01T01:00:00.000Z',
    triage: { classification: 'complex', notes: '需要检查供电', by: 'cs-1', at: '2026-06-01T01:20:00.000Z' },
    assessment: {
      diagnosis: '摄像机电源模块损坏',
      repairPlan: '更换电源模块并测试',
      technicalMeasures: '断电后更换，恢复后检查录像',
      toolsNeeded: ['螺丝刀'],
      toolKinds: ['multimeter', 'ladder'],
      partsNeeded: [{ sku: 'PSU-12V', quantity: 1 }],
      skillRequired: 'cctv',
      complexity: 'complex',
      estimatedMinutes: 90,
      onSite: true,
      requiresWorkAtHeight: true,
      requiresElectrician: false,
      by: 'ts-1',
      at: '2026-06-01T02:00:00.000Z',
    },
    rework: { ofTicketId: 't-0', ofTicketNumber: '20260510-0003', repairedAt: '2026-05-11T03:00:00.000Z', judgement: 'confirmed' },
    version: 3,
  } as unknown as Ticket;
}

const technician = { id: 'tech-liu', name: '刘师傅', email: 'liu@example.com', roles: ['technician'], active: true, technician: { skills: ['cctv'], skillLevel: 'senior', stockLocation: 'van-tech-liu', lead: false } } as StaffMember;

const job = {
  jobId: 'j-1',
  ticketId: 't-1',
  technicianId: 'tech-liu',
  status: 'completed',
  window: { from: '2026-06-02T01:00:00.000Z', to: '2026-06-02T03:00:00.000Z' },
  partsToTake: [
    { sku: 'PSU-12V', quantity: 1, location: 'warehouse' },
    { sku: 'CABLE-5E', quantity: 2, location: 'van-tech-liu' },
  ],
  partsUsed: [{ sku: 'PSU-12V', name: '12V 电源模块', quantity: 1, unitPriceFen: 8_000, installedSerial: 'P-1', removedSerial: 'P-0' }],
  safetyChecks: [],
  checkIn: { at: '2026-06-02T01:10:00.000Z' },
  completedAt: '2026-06-02T02:40:00.000Z',
  diagnosis: '电源模块损坏',
  workDone: '更换电源模块',
  testResult: '画面恢复正常',
  usageNotes: '请勿遮挡散热孔',
  signOff: { signerName: '王经理', signedAt: '2026-06-02T02:45:00.000Z' },
} as unknown as Job;

const timer = { ticketId: 't-1', kind: 'on_site', state: 'running', standardId: 'STD-1b', dueAt: '2026-06-01T05:00:00.000Z', warnAtPercent: 80, pauses: [] } as unknown as SlaTimer;

function statementIn(locale: Locale): { statement: Statement; revision: StatementRevision } {
  const zh = locale === 'zh-CN';
  const fees = computeFees({
    schedule: DEFAULT_FEE_SCHEDULE,
    urgent: true,
    remote: false,
    rework: false,
    visits: [{ jobId: 'j-1', technicianName: '刘师傅', skillLevel: 'senior', checkInAt: '2026-06-02T01:10:00Z', completedAt: '2026-06-02T02:40:00Z', partsUsed: [{ sku: 'PSU-12V', name: '12V 电源模块', quantity: 1, unitPriceFen: 8_000, installedSerial: 'P-1' }] }],
    discount: { kind: 'percent', basisPoints: 500, reason: zh ? '老客户优惠' : 'Loyal customer', approvedBy: 'mgr-1' },
  });
  const revision = { statementId: 's-1', revision: 2, feeScheduleVersion: 3, issuedAt: '2026-06-05T01:00:00.000Z', issuedBy: 'cs-1', reason: zh ? '更正上门时长' : 'On-site time corrected', ...fees, vatBasisPoints: 1300, waivers: [] } as StatementRevision;
  const statement = {
    statementId: 's-1',
    number: 'ST2026-000042',
    ticketId: 't-1',
    ticketNumber: '20260601-0007',
    locale,
    customer: zh ? { name: '张伟', organisation: '星河湾物业' } : { name: 'Anna Smith', organisation: 'Riverside Towers' },
    site: zh ? { address: '上海市浦东新区世纪大道 99 号', name: '星河湾小区' } : { address: '99 Century Avenue, Pudong, Shanghai', name: 'Riverside Towers' },
    device: { system: 'cctv' },
    status: 'disputed',
    revision: 2,
    feeScheduleVersion: 3,
    subtotalFen: fees.subtotalFen,
    discountFen: fees.discountFen,
    taxFen: fees.taxFen,
    totalFen: fees.totalFen,
    issuedAt: '2026-06-04T01:00:00.000Z',
    dispute: { revision: 2, at: '2026-06-06T01:00:00.000Z', reason: zh ? '上门时长不对' : 'The time on site is wrong' },
    payments: [],
    paidFen: 0,
    invoiceRequest: { type: 'special', titleType: 'organisation', title: zh ? '上海星河湾物业管理有限公司' : 'Riverside Towers Management Ltd', taxpayerId: '91350100M000100Y43', address: zh ? '上海市浦东新区' : 'Pudong, Shanghai', phone: '021-55550000', bankName: zh ? '招商银行上海分行' : 'China Merchants Bank', bankAccount: '6225880000000000', requestedAt: '2026-06-07T01:00:00.000Z', requestedBy: 'customer' },
    invoice: { invoiceNumber: '24312000000012345678', issuedOn: '2026-06-08', by: 'fin-1', at: '2026-06-08T01:00:00.000Z' },
    createdAt: '2026-06-04T01:00:00.000Z',
    updatedAt: '2026-06-07T01:00:00.000Z',
    version: 5,
  } as unknown as Statement;
  return { statement, revision };
}

const scorecard = {
  staffId: 'tech-liu',
  name: '刘师傅',
  group: 'repair_service',
  quarter: '2026-Q2',
  facts: { ...emptyFacts(), arrivals: { total: 12, late: 1 }, repairs: { total: 12, failedAgain: 1 }, satisfaction: { answers: 8, sum: 36 } },
  metrics: [
    { metric: 'punctuality', score: 91.7, weight: 20 },
    { metric: 'satisfaction', score: 90, weight: 20, smallSample: true },
  ],
  score: 88.5,
  grade: 'good',
  smallSample: false,
  configVersion: 1,
} as unknown as Scorecard;

function allMails(): Array<[string, Locale, Omit<OutgoingMail, 'to'>]> {
  // The report itself is a PDF (read back in documents.test.ts); the letter around it is what this test reads.
  const REPORT_PDF = { bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46]), filename: 'report.pdf' };
  const mails: Array<[string, Locale, Omit<OutgoingMail, 'to'>]> = [];
  const zh = ticketIn('zh-CN');
  mails.push(['toAssessmentMail', 'zh-CN', toAssessmentMail(zh)]);
  mails.push(['toAssessmentMail (no model, no notes)', 'zh-CN', toAssessmentMail({ ...zh, device: { system: 'access_control' }, triage: undefined } as unknown as Ticket)]);
  mails.push(['toDispatchMail', 'zh-CN', toDispatchMail(zh, { 'PSU-12V': '12V 电源模块' })]);
  mails.push(['toDispatchMail (a part without its name)', 'zh-CN', toDispatchMail(zh)]);
  mails.push(['jobSheetMail', 'zh-CN', jobSheetMail(zh, job, technician, { 'PSU-12V': '12V 电源模块', 'CABLE-5E': '超五类网线' })]);
  mails.push(['repairReportMail to customer service', 'zh-CN', repairReportMail(ticketIn('en'), job, technician, REPORT_PDF, 'customer_service')]);
  for (const locale of LOCALES) {
    const ticket = ticketIn(locale);
    mails.push(['visitConfirmationMail', locale, visitConfirmationMail(ticket, job, technician, false)]);
    mails.push(['visitConfirmationMail (rescheduled)', locale, visitConfirmationMail(ticket, job, technician, true)]);
    mails.push(['repairReportMail', locale, repairReportMail(ticket, job, technician, REPORT_PDF)]);
    mails.push(['acknowledgementMail', locale, acknowledgementMail(ticket, 'https://service.example.com/status.html?t=abc')]);
    mails.push(['acknowledgementMail (general)', locale, acknowledgementMail({ ...ticket, urgency: 'general' }, 'https://service.example.com/status.html?t=abc')]);
    mails.push(['surveyMail', locale, surveyMail(ticket, 'https://service.example.com/survey.html?t=abc', new Date('2026-06-20T00:00:00Z'))]);
    mails.push(['investigationOutcomeMail', locale, investigationOutcomeMail(ticket, locale === 'en' ? 'We found the cause and retrained the team.' : '经调查，原因已查明，我们已对相关人员进行培训。')]);
    const { statement, revision } = statementIn(locale);
    mails.push(['statementCustomerMail', locale, statementCustomerMail(statement, revision, { url: 'https://service.example.com/statement.html?t=abc', expiresAt: new Date('2026-07-01T00:00:00Z') })]);
    mails.push(['invoiceIssuedMail', locale, invoiceIssuedMail(statement)]);
  }
  mails.push(['slaAlertMail warning', 'zh-CN', slaAlertMail(zh, timer, 'warning')]);
  mails.push(['slaAlertMail breach', 'zh-CN', slaAlertMail({ ...zh, urgency: 'general' }, { ...timer, kind: 'visit_agreement', standardId: undefined } as SlaTimer, 'breach')]);
  mails.push(['qualityAlertMail', 'zh-CN', qualityAlertMail('2026-Q2', 0.05, { key: 'q', technicianName: '刘师傅', repairs: 12, failedAgain: 2, rate: 2 / 12 })]);
  mails.push(['qualityAlertMail (department)', 'zh-CN', qualityAlertMail('2026-Q2', 0.05, { key: 'q', repairs: 40, failedAgain: 3, rate: 3 / 40 })]);
  const cert = { certId: 'c', staffId: 'tech-liu', type: 'work_at_height', number: 'T-2023-0001', issuer: '上海市应急管理局', validFrom: '2023-07-01', validUntil: '2026-07-01' } as CertificateRecord;
  mails.push(['certificateExpiryMail', 'zh-CN', certificateExpiryMail(cert, '刘师傅', 30, 'k')]);
  const tool = { assetNo: 'T-0012', kind: 'insulation_tester', name: '福禄克 1508', holder: 'tech-liu', inspectionIntervalDays: 365, condition: 'ok', nextDueOn: '2026-06-01' } as Tool;
  mails.push(['toolOverdueMail', 'zh-CN', toolOverdueMail(tool, '刘师傅', 'k')]);
  mails.push(['draftScorecardsMail', 'zh-CN', draftScorecardsMail('2026-Q2', [scorecard, { ...scorecard, name: '陈敏', group: 'customer_service', grade: null, score: null, smallSample: true }], 'k')]);
  const frozen = { ...scorecard, finalGrade: 'excellent', adjustment: { staffId: 'tech-liu', quarter: '2026-Q2', grade: 'excellent', reason: '突发事件处理出色', by: 'mgr-1', at: '2026-07-02T00:00:00Z' }, signedOffAt: '2026-07-03T00:00:00Z', signedOffBy: 'mgr-1' } as FrozenScorecard;
  mails.push(['ownScorecardMail', 'zh-CN', ownScorecardMail(frozen, 'k')]);
  const order = {
    id: 'po-1', number: 'PO2026-0012', supplierId: 'sup-1', supplierName: '海康威视上海分公司', supplierEmail: 'sales@example.com', status: 'ordered',
    lines: [{ line: 1, sku: 'PSU-12V', name: '12V 电源模块', specification: '12V 2A', unit: '个', quantity: 10, unitPriceFen: 8_000 }],
    totalFen: 80_000, expectedBy: '2026-06-20', createdAt: '', createdBy: 'mgr-1', receipts: 0, version: 1,
  } as unknown as PurchaseOrder;
  mails.push(['purchaseOrderMail', 'zh-CN', purchaseOrderMail(order)]);
  const part = { sku: 'PSU-12V', name: '12V 电源模块', specification: '12V 2A', unit: '个', unitPriceFen: 8_000, designated: true, valuable: false, reorderPoint: 5 } as CatalogPart;
  mails.push(['reorderAlertMail', 'zh-CN', reorderAlertMail(part, 3, 12, 1)]);
  mails.push(['personalDataExportMail', 'zh-CN', personalDataExportMail({ generatedAt: '2026-06-01T00:00:00Z', subject: { phone: '+8613812345678' }, tickets: [{ number: '20260601-0007', customer: { name: '张伟' } }] }, 'r-1')]);
  const { statement, revision } = statementIn('zh-CN');
  mails.push(['statementFinanceMail', 'zh-CN', statementFinanceMail(statement, revision)]);
  mails.push(['disputeMail', 'zh-CN', disputeMail(statement)]);
  mails.push(['invoiceRequestMail', 'zh-CN', invoiceRequestMail(statement, revision)]);
  const fact = (kind: string, data: unknown) => ({ statementId: 's-1', factId: kind, kind, statementNumber: statement.number, ticketNumber: statement.ticketNumber, customerName: '星河湾物业（张伟）', revision: 2, totalFen: statement.totalFen, at: '2026-06-06T01:00:00.000Z', by: 'customer', data }) as unknown as StatementFact;
  mails.push(['digestMail', 'zh-CN', digestMail({ month: '2026-06', statements: [statement, { ...statement, status: 'issued' }], confirmations: [fact('confirmed', {})], payments: [fact('payment', { amountFen: 10_000, paidOn: '2026-06-09', method: 'bank_transfer', reference: 'BT-1' })], openDisputes: [statement] })]);
  return mails;
}

// ---- messages -----------------------------------------------------------------------------------

/** Every typed error the system raises, with realistic facts. */
function typedErrors(): DomainError[] {
  const candidate = {
    technicianId: 'tech-liu',
    name: '刘师傅',
    eligible: false,
    jobsThatDay: 1,
    reasons: [
      { code: 'missing_skill', skill: 'access_control' },
      { code: 'missing_certificate', certificate: 'electrician' },
      { code: 'certificate_expired', certificate: 'work_at_height', expiresOn: '2026-05-31' },
      { code: 'safety_training_expired', validUntil: '2026-04-30' },
      { code: 'tool_missing', tool: 'insulation_tester' },
      { code: 'tool_overdue', tool: 'multimeter', assetNo: 'T-0012', dueOn: '2026-05-01' },
      { code: 'tool_failed', tool: 'ladder', assetNo: 'T-0020', dueOn: '2026-09-01' },
    ],
  };
  return [
    new InvalidTransitionError('in_assessment', 'scheduled'),
    new ConcurrentUpdateError('changed'),
    new NotFoundError('missing'),
    new UnauthorizedError('no token'),
    new ForbiddenError('no role'),
    new AccountInactiveError('deactivated'),
    new AccountInactiveError('unknown'),
    new IdempotencyConflictError('reused'),
    new IdempotencyConflictError('in_progress'),
    new PayloadTooLargeError(65_536),
    new UnsupportedMediaTypeError('text/plain'),
    new MalformedJsonError('bad json'),
    new ServiceUnavailableError('starting'),
    new RouteNotFoundError('no route'),
    new MethodNotAllowedError(['GET', 'POST']),
    new MalformedPathError('bad escape'),
    new TechnicianNotEligibleError(candidate as never),
    new TechnicianNotEligibleError({ ...candidate, reasons: [{ code: 'not_a_technician' }] } as never),
    new TechnicianNotEligibleError({ ...candidate, reasons: [{ code: 'inactive' }, { code: 'safety_training_missing' }] } as never),
    new SafetyCheckRequiredError('not passed'),
    new PartNotDesignatedError('CAM-X1'),
    new InsufficientStockError('PSU-12V', 'warehouse'),
    new InsufficientStockError('PSU-12V', 'van-tech-liu'),
    new SupplierNotApprovedError('sup-1', 'PSU-12V', 'supplier_not_for_part'),
    new DocumentStateError('pending_approval', 'receive'),
    new DocumentStateError('counting', 'approve'),
    new DocumentChangedError('changed'),
    new TimerStateError('on_site', 'paused', 'paused'),
    new ExemptionTooLateError('2026-06-01T05:00:00.000Z'),
    new SurveyAlreadyAnsweredError('answered'),
    new LinkExpiredError('expired'),
    new StatementStateError('issued', 'pay'),
    new StatementStateError('settled', 'revise'),
    new StaleRevisionError(3, 2),
    new InvoiceStateError('invoice_already_requested'),
    new InvoiceStateError('invoice_not_requested'),
    new InvoiceStateError('invoice_already_issued'),
    new InvoiceStateError('nothing_to_invoice'),
    new DiscountNeedsManagerError('manager only'),
    new PaymentExceedsOutstandingError(12_345),
    new ReworkJudgementError('not_rework', 'no'),
    new ReworkJudgementError('already_judged', 'no'),
    new ReworkJudgementError('too_late', 'no'),
    new QuarterSignedOffError('2026-Q2'),
    new RightsRequestDoneError('done'),
    new Error('boom') as DomainError,
  ];
}

/** What a schema refusal looks like, from the real validation (zod issues turned into field problems). */
function refused(schema: z.ZodMiniType, data: unknown): FieldProblem[] {
  try {
    parseWith(schema, data);
  } catch (error) {
    return (error as ValidationError).fields;
  }
  throw new Error('not refused');
}

/** The field problems the use cases raise, with the parameters they raise them with. */
function fieldProblems(): FieldProblem[] {
  const at = localDateTime(new Date('2026-06-01T01:00:00Z'));
  const calendar = new CalendarError('week', 'the calendar has no working time at all');
  return [
    ...refused(z.strictObject({ name: z.string() }), { name: 5, extra: 1 }),
    ...refused(z.object({ name: z.string() }), {}),
    ...refused(z.object({ n: z.number().check(z.int()) }), { n: 1.5 }),
    ...refused(
      z.object({ s: z.string().check(z.maxLength(200)), t: z.string().check(z.minLength(2)), n: z.number().check(z.maximum(10)), m: z.number().check(z.minimum(1)) }),
      { s: 'x'.repeat(201), t: 'x', n: 11, m: 0 },
    ),
    ...refused(z.object({ system: z.enum(SYSTEM_TYPES), status: z.enum(TICKET_STATUSES) }), { system: 'tv', status: 'done' }),
    ...refused(z.object({ email: z.email() }), { email: 'not-an-email' }),
    ...refused(z.object({ list: z.array(z.string()) }), { list: 'x' }),
    { path: 'partsNeeded.0.sku', key: 'part_not_designated', params: { sku: 'CAM-X1' } },
    { path: 'lines.0.counted', key: 'below_reserved', params: { reserved: 2 } },
    { path: 'serials', key: 'serial_count', params: { count: 2 } },
    { path: 'lines.0.serials', key: 'serial_not_out', params: { serials: 'SN-1, SN-2' } },
    { path: 'lines.0.serials', key: 'serial_already_out', params: { serials: 'SN-3' } },
    { path: 'requestId', key: 'rights_request_kind', params: { kind: 'erase' } },
    { path: 'requestId', key: 'erasure_open_tickets', params: { tickets: '20260601-0007, 20260602-0001' } },
    { path: 'signaturePng', key: 'too_big_bytes', params: { max: 102_400 } },
    { path: 'discount.amountFen', key: 'discount_exceeds_subtotal', params: { max: 12_000 } },
    { path: 'calendarId', key: 'unknown_calendar', params: { id: 'cn-2026' } },
    { path: 'calendar.week', key: 'invalid_calendar', params: { detail: calendar.message } },
    { path: 'at', key: 'before_ticket_created', params: { at } },
    { path: 'at', key: 'before_previous_event', params: { at } },
    ...[
      'privacy_notice_required', 'invalid_phone', 'invalid_format', 'invalid_cursor', 'invalid_json', 'body_required', 'unknown_part', 'unknown_supplier', 'unknown_order',
      'offer_not_designated', 'unknown_order_line', 'receipt_split', 'serial_duplicate', 'same_location', 'count_missing', 'duplicate_line', 'write_off_negative', 'unknown_technician',
      'window_order', 'not_customer_address', 'in_the_past', 'nothing_changed', 'phone_or_email', 'one_of_day_staff_phone', 'no_email_to_send', 'not_png', 'discount_one_of',
      'invalid_taxpayer_id', 'special_invoice_personal', 'unknown_job', 'in_the_future', 'after_now', 'unknown_staff', 'unknown_tool', 'session_not_held', 'score_without_exam',
      'duplicate', 'bands_order', 'weights_zero', 'quarter_not_started', 'unknown_field',
    ].map((key) => ({ path: 'field', key })),
  ];
}

function renderedMessages(): Array<{ locale: Locale; key: string; text: string }> {
  const out: Array<{ locale: Locale; key: string; text: string }> = [];
  for (const locale of LOCALES) {
    for (const error of [...typedErrors(), new ValidationError(fieldProblems())]) {
      const body = JSON.parse(errorResponse(error, locale).body as string) as { error: { code: string; message: string; fields?: Array<{ path: string; message: string }> } };
      out.push({ locale, key: body.error.code, text: body.error.message });
      const fields = error instanceof ValidationError ? error.fields : [];
      body.error.fields?.forEach((field, i) => out.push({ locale, key: fields[i]!.key, text: field.message }));
    }
  }
  return out;
}

// ---- the tests ----------------------------------------------------------------------------------

describe('what people read', () => {
  const mails = allMails();

  it(`renders every email template (${mails.length} letters) without a raw code, a stray space or a stray value`, () => {
    const problems = mails.flatMap(([name, locale, mail]) => problemsInMail(name, mail, locale));
    expect(problems).toEqual([]);
  });

  it('renders every client message in both languages from realistic typed errors without a raw code or stray', () => {
    const rendered = renderedMessages();
    const covered = new Set(rendered.map((entry) => entry.key));
    expect(MESSAGE_KEYS.filter((key) => !covered.has(key))).toEqual([]);
    const problems = rendered.flatMap(({ locale, key, text }) => problemsIn(text, locale).map((problem) => `${key} (${locale}): ${problem}`));
    expect(problems).toEqual([]);
  });

  it('names the revision the client sent and the one in force when a confirmation is stale', () => {
    const body = (locale: Locale) => JSON.parse(errorResponse(new StaleRevisionError(3, 2), locale).body as string).error;
    expect(body('zh-CN').message).toBe('您操作的是结算单第 2 版，当前有效的是第 3 版，请查看当前版本后再操作');
    expect(body('en').message).toContain('revision 2');
    expect(body('en').message).toContain('the revision in force is 3');
    expect(body('en')).toMatchObject({ currentRevision: 3, sentRevision: 2 });
  });

  it('turns eligibility reasons and statuses into their labels', () => {
    const message = (error: DomainError, locale: Locale = 'zh-CN') => (JSON.parse(errorResponse(error, locale).body as string) as { error: { message: string } }).error.message;
    const candidate = { technicianId: 'tech-liu', name: '刘师傅', eligible: false, jobsThatDay: 0, reasons: [{ code: 'certificate_expired', certificate: 'electrician', expiresOn: '2026-05-31' }] };
    expect(message(new TechnicianNotEligibleError(candidate as never))).toBe('技术员刘师傅不符合派工条件：电工证已于 2026-05-31 过期');
    expect(message(new StatementStateError('issued', 'pay'))).toBe('结算单当前状态为“待确认”，不能执行此操作');
    expect(message(new InsufficientStockError('PSU-12V', 'warehouse'))).toBe('仓库的备件 PSU-12V 库存不足');
    const [problem] = refused(z.object({ system: z.enum(SYSTEM_TYPES) }), { system: 'tv' });
    expect(JSON.parse(errorResponse(new ValidationError([problem!]), 'zh-CN').body as string).error.fields[0].message).toContain('视频监控、门禁');
  });

  it('keeps the web app\'s strings clean: ASCII punctuation in English, no stray space in Chinese', () => {
    const problems: string[] = [];
    for (const [key, [zh, en]] of Object.entries(UI as Record<string, readonly [string, string]>)) {
      const sample = (text: string) => text.replace(/\{\w+\}/g, '1');
      // The language switch names Chinese in Chinese; an invoice type names the fapiao in Chinese too.
      if (key !== 'app.language') problems.push(...problemsIn(sample(en).replace(/[\u4e00-\u9fff]+/g, ''), 'en').map((p) => `${key} (en): ${p}`));
      problems.push(...problemsIn(sample(zh), 'zh-CN').map((p) => `${key} (zh-CN): ${p}`));
    }
    expect(problems).toEqual([]);
  });

  it('finds what it looks for', () => {
    expect(problemsIn('【待技术评估】20260601-0007 cctv（紧急）', 'zh-CN')).not.toEqual([]);
    expect(problemsIn('技术员刘师傅不符合派工条件：certificate_expired', 'zh-CN')).not.toEqual([]);
    expect(problemsIn('结算单当前状态为“issued”', 'zh-CN')).not.toEqual([]);
    expect(problemsIn('出发前请完成工具与设备安全检查（SAFE-3）。', 'zh-CN')).not.toEqual([]);
    expect(problemsIn('到达 上海市浦东新区', 'zh-CN')).not.toEqual([]);
    expect(problemsIn('99 号 的维修', 'zh-CN')).not.toEqual([]);
    expect(problemsIn('签字 undefined', 'zh-CN')).not.toEqual([]);
    expect(problemsIn('Report received：ticket 1', 'en')).not.toEqual([]);
    expect(problemsIn('技术员刘师傅将于 2026/06/02 09:00 到达上海市浦东新区世纪大道 99 号。', 'zh-CN')).toEqual([]);
  });
});

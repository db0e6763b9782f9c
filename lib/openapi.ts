/**
 * The OpenAPI 3.1 document of every route in the manifest, generated from the zod schemas that
 * validate the requests (z.toJSONSchema), so the document and the validation are one source.
 */
import * as z from 'zod';
import { allRoutes, routeKey } from './wiring.ts';
import {
  assessmentSchema,
  cancelVisitSchema,
  candidatesQuerySchema,
  checkInSchema,
  factsSchema,
  jobsQuerySchema,
  partSchema,
  partUseSchema,
  remoteConfirmationSchema,
  rescheduleSchema,
  safetyCheckSchema,
  scheduleSchema,
  signOffSchema,
  stockAdjustSchema,
  technicianSchema,
  triageSchema,
  retriageSchema,
  workSchema,
} from './dispatch/schemas.ts';
import { closeMailTaskSchema, mailTasksQuerySchema } from './intake/schemas.ts';
import { accessLogQuerySchema, correctionSchema, erasureSchema, exportDeliverySchema, putPrivacySettingsSchema, rightsListQuerySchema, rightsRequestSchema } from './privacy/schemas.ts';
import { analysisSchema, callTasksQuerySchema, complaintSchema, customerComplaintSchema, followUpAnswerSchema, outcomeSchema, qualityQuerySchema, reworkJudgementSchema, surveyQuerySchema } from './followup/schemas.ts';
import { contactSchema, exemptionSchema, pauseSchema, putCalendarSchema, putServiceStandardsSchema, slaBoardQuerySchema } from './sla/schemas.ts';
import {
  confirmStatementSchema,
  coverageSchema,
  disputeStatementSchema,
  invoiceIssuedSchema,
  invoiceRequestSchema,
  paymentSchema,
  putFeeScheduleSchema,
  revisionSchema,
  staffConfirmSchema,
  statementListQuerySchema,
  statementTokenQuerySchema,
} from './settlement/schemas.ts';
import {
  createdTicketSchema,
  errorBodySchema,
  publicReportSchema,
  publicTicketViewSchema,
  staffListQuerySchema,
  staffReportSchema,
  statusTokenQuerySchema,
} from './tickets/schemas.ts';
import { privacyNoticeText } from './tickets/index.ts';
import {
  monthQuerySchema,
  partsSettingsSchema,
  planOrdersSchema,
  purchaseOrderDraftSchema,
  receiptSchema,
  stocktakeCountSchema,
  stocktakeOpenSchema,
  supplierReturnCloseSchema,
  supplierReturnOpenSchema,
  supplierReturnShipSchema,
  supplierSchema,
  transferSchema,
  yearQuerySchema,
} from './parts/schemas.ts';
import {
  certificateSchema,
  putPeopleSettingsSchema,
  sessionResultsSchema,
  toolInspectionSchema,
  toolSchema,
  trainingQuerySchema,
  trainingSessionSchema,
  adHocAssessmentSchema,
  gradeAdjustmentSchema,
  putScorecardConfigSchema,
  scorecardQuerySchema,
} from './people/schemas.ts';

interface RouteDoc {
  summary: string;
  /** Markdown shown under the summary. */
  description?: string;
  tag: string;
  body?: z.ZodType;
  query?: z.ZodObject;
  response?: { status: number; schema?: z.ZodType; description: string };
  /** A binary response instead of JSON (the printable documents: `application/pdf`). */
  produces?: 'application/pdf';
  idempotent?: boolean;
}

const anyObject = z.object({}).loose();
const ok = (description: string) => ({ status: 200, schema: anyObject, description });

export const ROUTE_DOCS: Record<string, RouteDoc> = {
  'POST /v1/tickets': {
    summary: 'Report a fault (public)',
    // The notice shown where the data is collected (PIPL); a client that shows it sends privacyNoticeAccepted.
    description: [
      privacyNoticeText('zh-CN'),
      privacyNoticeText('en'),
      'A client that shows this notice and has the reporter agree sends `privacyNoticeAccepted: true` and `privacyNoticeVersion`; the ticket records them (`privacyNotice: { version, acceptedAt }`).',
    ].join('\n\n'),
    tag: 'public',
    body: publicReportSchema,
    idempotent: true,
    response: { status: 201, schema: createdTicketSchema, description: 'Ticket created; statusUrl is the signed status link' },
  },
  'GET /v1/tickets/{id}': {
    summary: 'Ticket status through the signed link',
    tag: 'public',
    query: statusTokenQuerySchema,
    response: { status: 200, schema: publicTicketViewSchema, description: 'Public view (no personal data)' },
  },
  'GET /v1/health': { summary: 'Liveness', tag: 'public', response: { status: 200, description: 'OK' } },
  'POST /v1/staff/tickets': {
    summary: 'Record a report taken by phone, email or chat',
    tag: 'staff',
    body: staffReportSchema,
    idempotent: true,
    response: { status: 201, schema: createdTicketSchema, description: 'Ticket created' },
  },
  'GET /v1/staff/tickets': {
    summary: 'Tickets of one status, paged',
    tag: 'staff',
    query: staffListQuerySchema,
    response: { status: 200, schema: anyObject, description: '{ items, cursor }' },
  },
  'GET /v1/tickets/{id}/repair-report.pdf': { summary: "The repair report (维修服务报告) of the ticket's latest signed-off visit as a PDF, through the signed status link", tag: 'public', query: statusTokenQuerySchema, produces: 'application/pdf', response: { status: 200, description: 'application/pdf, A4; 404 before a visit is signed off' } },
  'GET /v1/staff/tickets/{id}': {
    summary: 'A ticket with its timeline',
    tag: 'staff',
    response: { status: 200, schema: anyObject, description: '{ ticket, events }' },
  },
  'POST /v1/staff/tickets/{id}/contact': {
    summary: 'Record the first contact with the customer (stops the contact timer; ticket becomes triaged)',
    tag: 'staff',
    body: contactSchema,
    response: { status: 200, schema: anyObject, description: '{ ticket }' },
  },
  'GET /v1/staff/sla/standards': { summary: 'Service standards in force (versioned)', tag: 'sla', response: { status: 200, schema: anyObject, description: '{ value, version }' } },
  'PUT /v1/staff/sla/standards': {
    summary: 'Change the service standards (manager; applies to timers started afterwards)',
    tag: 'sla',
    body: putServiceStandardsSchema,
    response: { status: 200, schema: anyObject, description: '{ version }' },
  },
  'GET /v1/staff/sla/board': {
    summary: 'SLA board: timers at risk or coming due, paused, and the breaches and exemptions of the last days',
    tag: 'sla',
    query: slaBoardQuerySchema,
    response: { status: 200, schema: anyObject, description: '{ now, days, atRisk, upcoming, paused, breached, exempt } (timers with ticketNumber)' },
  },
  'GET /v1/staff/calendars': { summary: 'Working-time calendars', tag: 'sla', response: { status: 200, schema: anyObject, description: '{ items }' } },
  'GET /v1/staff/calendars/{calendarId}': { summary: 'One calendar with its windows, holidays and make-up workdays', tag: 'sla', response: { status: 200, schema: anyObject, description: 'Calendar' } },
  'PUT /v1/staff/calendars/{calendarId}': {
    summary: 'Create or change a calendar (manager); open timers in it are recomputed',
    tag: 'sla',
    body: putCalendarSchema,
    response: { status: 200, schema: anyObject, description: '{ id, version }' },
  },
  'POST /v1/staff/tickets/{id}/timers/{kind}/pause': { summary: 'Pause a timer with a reason', tag: 'sla', body: pauseSchema, response: { status: 200, schema: anyObject, description: '{ timer }' } },
  'POST /v1/staff/tickets/{id}/timers/{kind}/resume': { summary: 'Resume a paused timer (deadline moves by the paused working time)', tag: 'sla', response: { status: 200, schema: anyObject, description: '{ timer }' } },
  'POST /v1/staff/tickets/{id}/timers/{kind}/exemption': {
    summary: 'Exempt a timer: reason and when the customer was told, before the deadline',
    tag: 'sla',
    body: exemptionSchema,
    response: { status: 200, schema: anyObject, description: '{ timer }' },
  },
  'POST /v1/staff/tickets/{id}/triage': { summary: 'Classify: simple (remote solution and guidance) or complex (to technical support)', tag: 'triage', body: triageSchema, response: ok('{ ticket }') },
  'POST /v1/staff/tickets/{id}/re-triage': {
    summary: 'Correct a triage (manager only; from remote resolution or assessment, before dispatch); the timeline keeps both',
    tag: 'triage',
    body: retriageSchema,
    response: ok('{ ticket }'),
  },
  'POST /v1/staff/tickets/{id}/remote-resolution/confirm': { summary: 'The customer confirmed the remote fix works: completed', tag: 'triage', body: remoteConfirmationSchema, response: ok('{ ticket }') },
  'PATCH /v1/staff/tickets/{id}': { summary: 'Correct ticket facts (device, site, calendar); the timeline keeps before and after', tag: 'triage', body: factsSchema, response: ok('{ ticket }') },
  'GET /v1/staff/mail-tasks': { summary: 'Emails that bounced or were marked as spam: call tasks for customer service, oldest first', tag: 'triage', query: mailTasksQuerySchema, response: ok('{ items }') },
  'POST /v1/staff/mail-tasks/{taskId}/close': { summary: 'Record the outcome of the call (corrected address, address confirmed, phone only)', tag: 'triage', body: closeMailTaskSchema, response: ok('{ task }') },
  'POST /v1/staff/tickets/{id}/assessment': { summary: 'Technical assessment: remote instructions, or on to dispatch', tag: 'dispatch', body: assessmentSchema, response: ok('{ ticket }') },
  'GET /v1/staff/tickets/{id}/candidates': { summary: 'Technicians ranked for a visit date, with the reasons each is not eligible', tag: 'dispatch', query: candidatesQuerySchema, response: ok('{ date, candidates }') },
  'POST /v1/staff/tickets/{id}/schedule': { summary: 'Schedule the visit: technician, agreed window, agreed completion (complex); parts reserved', tag: 'dispatch', body: scheduleSchema, response: { status: 201, schema: anyObject, description: '{ job }' } },
  'POST /v1/staff/jobs/{jobId}/reschedule': { summary: 'Move a visit (history kept)', tag: 'dispatch', body: rescheduleSchema, response: ok('{ job }') },
  'POST /v1/staff/jobs/{jobId}/cancel': { summary: 'Cancel a visit: reservations released, ticket back to dispatch', tag: 'dispatch', body: cancelVisitSchema, response: ok('{ job }') },
  'GET /v1/staff/jobs': { summary: "A technician's jobs of a day", tag: 'technician', query: jobsQuerySchema, response: ok('{ date, technicianId, items }') },
  'GET /v1/staff/jobs/{jobId}': { summary: 'One of my jobs with its ticket', tag: 'technician', response: ok('{ job, ticket }') },
  'GET /v1/staff/jobs/{jobId}/repair-report.pdf': { summary: "A signed-off job's repair report (维修服务报告) as a PDF: the job's technician, customer service, technical support; logged as a read of the customer's data", tag: 'technician', produces: 'application/pdf', response: { status: 200, description: 'application/pdf, A4; 404 before sign-off' } },
  'POST /v1/staff/jobs/{jobId}/safety-check': { summary: 'Pre-job safety check of tools and equipment (SAFE-3)', tag: 'technician', body: safetyCheckSchema, response: ok('{ job }') },
  'POST /v1/staff/jobs/{jobId}/check-in': { summary: 'Arrived on site (stops the on-site timer)', tag: 'technician', body: checkInSchema, response: ok('{ job }') },
  'POST /v1/staff/jobs/{jobId}/work': { summary: 'Diagnosis on site, work done, tests, usage notes', tag: 'technician', body: workSchema, response: ok('{ job }') },
  'POST /v1/staff/jobs/{jobId}/parts': { summary: 'A designated part used (stock decremented; valuable parts registered)', tag: 'technician', body: partUseSchema, response: ok('{ job }') },
  'POST /v1/staff/jobs/{jobId}/sign-off': { summary: "The customer's signature: repair completed, report emailed", tag: 'technician', body: signOffSchema, response: ok('{ job }') },
  'GET /v1/staff/parts': { summary: 'Parts catalog', tag: 'parts', response: ok('{ items }') },
  'PUT /v1/staff/parts/{sku}': { summary: 'Create or change a catalog part', tag: 'parts', body: partSchema, response: ok('{ part }') },
  'GET /v1/staff/parts/{sku}/issue-register': { summary: 'Issue register of a valuable part (PARTS-4)', tag: 'parts', response: ok('{ items }') },
  'GET /v1/staff/stock/{location}': { summary: 'Stock at a location (warehouse, van-<technician>)', tag: 'parts', response: ok('{ location, items }') },
  'POST /v1/staff/stock/{location}/{sku}/adjust': { summary: 'Correct stock by hand (+ in, - out) or write off: a ledger entry with reason and actor (Idempotency-Key: a repeat moves nothing)', tag: 'parts', body: stockAdjustSchema, response: ok('{ stock, adjustment }'), idempotent: true },
  'GET /v1/staff/parts/{sku}/ledger': { summary: "A part's stock ledger: every movement in time order", tag: 'parts', response: ok('{ items }') },
  'GET /v1/staff/parts-settings': { summary: 'Purchasing settings: approval threshold, reorder alert address, consumption window', tag: 'parts', response: ok('{ settings }') },
  'PUT /v1/staff/parts-settings': { summary: 'Change the purchasing settings (manager)', tag: 'parts', body: partsSettingsSchema, response: ok('{ settings }') },
  'GET /v1/staff/suppliers': { summary: 'Suppliers with qualifications, status and the parts each supplies (PARTS-1)', tag: 'parts', response: ok('{ items }') },
  'PUT /v1/staff/suppliers/{supplierId}': { summary: 'Create or change a supplier (designated parts only)', tag: 'parts', body: supplierSchema, response: ok('{ supplier }') },
  'GET /v1/staff/procurement-plan': { summary: "This month's procurement plan from reorder points, reservations, consumption and lead times", tag: 'parts', response: ok('{ month, weeks, lines }') },
  'POST /v1/staff/procurement-plan/orders': { summary: 'Draft one purchase order per supplier from the plan', tag: 'parts', body: planOrdersSchema, response: { status: 201, schema: anyObject, description: '{ items }' } },
  'GET /v1/staff/purchase-orders': { summary: 'Purchase orders of a year, newest first', tag: 'parts', query: yearQuerySchema, response: ok('{ items }') },
  'POST /v1/staff/purchase-orders': { summary: 'Draft a purchase order (approved suppliers only)', tag: 'parts', body: purchaseOrderDraftSchema, response: { status: 201, schema: anyObject, description: '{ order }' } },
  'GET /v1/staff/purchase-orders/{orderId}': { summary: 'A purchase order with its receipts and ledger entries', tag: 'parts', response: ok('{ order, receipts, entries }') },
  'POST /v1/staff/purchase-orders/{orderId}/submit': { summary: 'Submit: ordered (supplier emailed) or, above the threshold, to the manager', tag: 'parts', response: ok('{ order }') },
  'POST /v1/staff/purchase-orders/{orderId}/approve': { summary: 'Approve (manager): ordered, supplier emailed', tag: 'parts', response: ok('{ order }') },
  'POST /v1/staff/purchase-orders/{orderId}/close': { summary: 'Close a received or partly received order', tag: 'parts', response: ok('{ order }') },
  'POST /v1/staff/purchase-orders/{orderId}/cancel': { summary: 'Cancel a draft or an order awaiting approval', tag: 'parts', response: ok('{ order }') },
  'POST /v1/staff/purchase-orders/{orderId}/receipts': { summary: 'Receiving inspection (PARTS-2): accepted into stock, rejected to a supplier return', tag: 'parts', body: receiptSchema, response: { status: 201, schema: anyObject, description: '{ order, receipt, returns }' } },
  'GET /v1/staff/supplier-returns': { summary: 'Open supplier returns and exchanges', tag: 'parts', response: ok('{ items }') },
  'POST /v1/staff/supplier-returns': { summary: 'Return nonconforming parts found in stock to the supplier of their order (they leave stock; never more than accepted on the order; Idempotency-Key: a repeat opens nothing)', tag: 'parts', body: supplierReturnOpenSchema, response: { status: 201, schema: anyObject, description: '{ return }' }, idempotent: true },
  'POST /v1/staff/supplier-returns/{returnId}/ship': { summary: 'The rejected goods went back to the supplier', tag: 'parts', body: supplierReturnShipSchema, response: ok('{ return }') },
  'POST /v1/staff/supplier-returns/{returnId}/close': { summary: 'Refunded, or exchanged (the replacement enters stock)', tag: 'parts', body: supplierReturnCloseSchema, response: ok('{ return }') },
  'GET /v1/staff/transfers': { summary: 'Transfers of a month', tag: 'parts', query: monthQuerySchema, response: ok('{ items }') },
  'POST /v1/staff/transfers': { summary: 'Move stock between locations (warehouse to van is an issue; valuable parts into the issue register; Idempotency-Key: a repeat moves nothing)', tag: 'parts', body: transferSchema, response: { status: 201, schema: anyObject, description: '{ transfer }' }, idempotent: true },
  'GET /v1/staff/stocktakes': { summary: 'Stocktakes opened in a month', tag: 'parts', query: monthQuerySchema, response: ok('{ items }') },
  'POST /v1/staff/stocktakes': { summary: 'Open a count session for a location, or one per location with `all` (the count sheets)', tag: 'parts', body: stocktakeOpenSchema, response: { status: 201, schema: anyObject, description: '{ items }' } },
  'GET /v1/staff/stocktakes/{stocktakeId}': { summary: 'A stocktake with its correction entries', tag: 'parts', response: ok('{ stocktake, entries }') },
  'PUT /v1/staff/stocktakes/{stocktakeId}/counts': { summary: 'Counted quantities and serials, reasons for variances', tag: 'parts', body: stocktakeCountSchema, response: ok('{ stocktake }') },
  'POST /v1/staff/stocktakes/{stocktakeId}/approve': { summary: 'Approve (manager): one correction entry per variance', tag: 'parts', response: ok('{ stocktake }') },
  'GET /v1/staff/members': { summary: 'Staff with technician profiles', tag: 'staff', response: ok('{ items }') },
  'PUT /v1/staff/members/{staffId}': { summary: 'Create or change a staff record (roles, skills, skill level, van; certificates and training are people records)', tag: 'staff', body: technicianSchema, response: ok('{ member }') },
  'GET /v1/surveys/{id}': { summary: 'The satisfaction survey behind its signed link', tag: 'public', query: surveyQuerySchema, response: ok('{ ticketNumber, locale, answered, expiresAt }') },
  'POST /v1/surveys/{id}': { summary: 'Answer the survey (once; 409 when answered, 410 when the link expired)', tag: 'public', query: surveyQuerySchema, body: followUpAnswerSchema, response: ok('{ recorded }') },
  'POST /v1/tickets/{id}/complaints': { summary: "File a complaint from the ticket's status page (signed status link in `t`); it is investigated like one recorded by customer service, and the status view shows where it stands", tag: 'public', query: statusTokenQuerySchema, body: customerComplaintSchema, response: { status: 201, schema: anyObject, description: '{ complaint: { investigationId, filedAt, status } }' } },
  'GET /v1/staff/follow-ups': { summary: 'Call tasks: completed tickets whose survey went unanswered, oldest first', tag: 'follow-up', query: callTasksQuerySchema, response: ok('{ items }') },
  'POST /v1/staff/tickets/{id}/follow-up': { summary: 'Record the phone follow-up outcome (same fields as the survey)', tag: 'follow-up', body: followUpAnswerSchema, response: ok('{ ticket }') },
  'POST /v1/staff/tickets/{id}/complaints': { summary: 'Register a complaint on a ticket (opens an investigation)', tag: 'follow-up', body: complaintSchema, response: { status: 201, schema: anyObject, description: '{ investigation }' } },
  'GET /v1/staff/investigations': { summary: 'Open investigations, oldest first, overdue flagged', tag: 'follow-up', response: ok('{ items }') },
  'GET /v1/staff/investigations/{investigationId}': { summary: 'One investigation', tag: 'follow-up', response: ok('{ investigation }') },
  'POST /v1/staff/investigations/{investigationId}/analysis': { summary: 'Root cause, corrective measures, owner, due date (manager)', tag: 'follow-up', body: analysisSchema, response: ok('{ investigation }') },
  'POST /v1/staff/investigations/{investigationId}/outcome': { summary: 'Draft the outcome letter to the customer', tag: 'follow-up', body: outcomeSchema, response: ok('{ investigation }') },
  'POST /v1/staff/investigations/{investigationId}/approve': { summary: 'Approve the letter (manager): sent once, investigation closed', tag: 'follow-up', response: ok('{ investigation }') },
  'POST /v1/staff/tickets/{id}/rework-judgement': {
    summary: 'Judge a suspected rework (technician, technical support; the manager overrides): confirmed is free and counts in STD-4a',
    tag: 'follow-up',
    body: reworkJudgementSchema,
    response: ok('{ ticket }'),
  },
  'GET /v1/staff/quality': { summary: 'Quality figures of a quarter: repeat-failure rate (STD-4a), satisfaction, investigations', tag: 'follow-up', query: qualityQuerySchema, response: ok('figures') },
  'GET /v1/statements/{id}': { summary: 'The statement through its signed link: lines, totals, what the customer can do next', tag: 'public', query: statementTokenQuerySchema, response: ok('public statement view') },
  'GET /v1/statements/{id}/pdf': { summary: 'The statement in force as a printable PDF (结算单: lines, VAT, total in figures and 大写, payment details, QR code of the link)', tag: 'public', query: statementTokenQuerySchema, produces: 'application/pdf', response: { status: 200, description: 'application/pdf, A4' } },
  'POST /v1/statements/{id}/confirm': { summary: 'The customer confirms the revision in force (signed link in ?t=)', tag: 'public', query: statementTokenQuerySchema, body: confirmStatementSchema, response: ok('public statement view') },
  'POST /v1/statements/{id}/dispute': { summary: 'The customer disputes the revision in force, with a reason: back to customer service', tag: 'public', query: statementTokenQuerySchema, body: disputeStatementSchema, response: ok('public statement view') },
  'POST /v1/statements/{id}/invoice-request': { summary: 'The customer requests an invoice (发票) for a confirmed statement', tag: 'public', query: statementTokenQuerySchema, body: invoiceRequestSchema, response: ok('public statement view') },
  'GET /v1/staff/settlement/fee-schedule': { summary: 'Fee schedule and settlement settings in force (versioned)', tag: 'settlement', response: ok('{ value, version }') },
  'PUT /v1/staff/settlement/fee-schedule': { summary: 'Change the fee schedule (manager); statements keep the version they were computed with', tag: 'settlement', body: putFeeScheduleSchema, response: ok('{ version }') },
  'GET /v1/staff/statements': { summary: 'Statements first issued in a month, or the open disputes', tag: 'settlement', query: statementListQuerySchema, response: ok('{ month, items }') },
  'GET /v1/staff/statements/{statementId}/pdf': { summary: 'The statement in force as a printable PDF (结算单)', tag: 'settlement', produces: 'application/pdf', response: { status: 200, description: 'application/pdf, A4' } },
  'GET /v1/staff/statements/{statementId}': { summary: 'A statement with every revision and fact, and a fresh customer link', tag: 'settlement', response: ok('{ statement, revisions, facts, customerUrl }') },
  'GET /v1/staff/tickets/{id}/statement': { summary: "A ticket's statement", tag: 'settlement', response: ok('{ statement, revisions, facts, customerUrl }') },
  'POST /v1/staff/statements/{statementId}/confirm': { summary: 'Record a confirmation the customer gave on the phone', tag: 'settlement', body: staffConfirmSchema, response: ok('statement detail') },
  'POST /v1/staff/statements/{statementId}/revisions': { summary: 'Revise after a dispute (new revision, history kept, sent again); discounts by the manager only', tag: 'settlement', body: revisionSchema, response: ok('statement detail') },
  'POST /v1/staff/statements/{statementId}/payments': { summary: 'Record a payment; paid in full settles the statement and settles and closes the ticket', tag: 'settlement', body: paymentSchema, response: ok('statement detail') },
  'POST /v1/staff/statements/{statementId}/invoice-request': { summary: 'Request an invoice for the customer (finance is emailed)', tag: 'settlement', body: invoiceRequestSchema, response: ok('statement detail') },
  'POST /v1/staff/statements/{statementId}/invoice': { summary: 'Finance records the issued invoice number; the customer is told', tag: 'settlement', body: invoiceIssuedSchema, response: ok('statement detail') },
  'GET /v1/staff/devices/{system}/{serial}/coverage': { summary: "A device's installation warranty or maintenance contract", tag: 'settlement', response: ok('{ coverage }') },
  'PUT /v1/staff/devices/{system}/{serial}/coverage': { summary: 'Record what a warranty or maintenance contract makes free, and when', tag: 'settlement', body: coverageSchema, response: ok('{ coverage }') },
  'GET /v1/staff/people/me': { summary: 'My own page: certificates, safety training validity, exams, tools held', tag: 'people', response: ok('person view') },
  'GET /v1/staff/people/team': { summary: "The manager's team page: safety validity per person, certificates and tools due, this year's training", tag: 'people', response: ok('team view') },
  'GET /v1/staff/people/settings': { summary: 'People settings (safety validity, reminder days), versioned', tag: 'people', response: ok('{ value, version }') },
  'PUT /v1/staff/people/settings': { summary: 'Change the people settings (manager)', tag: 'people', body: putPeopleSettingsSchema, response: ok('{ version }') },
  'GET /v1/staff/people/{staffId}': { summary: "A staff member's page (manager)", tag: 'people', response: ok('person view') },
  'POST /v1/staff/people/{staffId}/certificates': { summary: 'Record a certificate (number, issuer, validity, scan reference)', tag: 'people', body: certificateSchema, response: { status: 201, schema: anyObject, description: '{ certificate }' } },
  'PUT /v1/staff/people/{staffId}/certificates/{certId}': { summary: 'Correct a certificate record', tag: 'people', body: certificateSchema, response: ok('{ certificate }') },
  'GET /v1/staff/training': { summary: "A year's training plan: every session of every group", tag: 'people', query: trainingQuerySchema, response: ok('{ year, sessions }') },
  'POST /v1/staff/training/sessions': { summary: 'Plan a training session (topic, date, trainer, method, exam pass mark)', tag: 'people', body: trainingSessionSchema, response: { status: 201, schema: anyObject, description: '{ session }' } },
  'PUT /v1/staff/training/sessions/{sessionId}/results': { summary: 'Attendance and exam scores of a session held (replaces earlier ones)', tag: 'people', body: sessionResultsSchema, response: ok('{ session }') },
  'GET /v1/staff/tools': { summary: 'The tool register, soonest inspection due first', tag: 'people', response: ok('{ items }') },
  'GET /v1/staff/tools/{assetNo}': { summary: 'A tool with its inspections', tag: 'people', response: ok('{ tool, inspections }') },
  'PUT /v1/staff/tools/{assetNo}': { summary: 'Register a tool or change its holder, name or interval', tag: 'people', body: toolSchema, response: ok('{ tool }') },
  'GET /v1/staff/scorecards': { summary: "A quarter's scorecards: live drafts, or frozen at sign-off with the facts that arrived after it", tag: 'people', query: scorecardQuerySchema, response: ok('{ quarter, signOff, cards }') },
  'GET /v1/staff/scorecards/config': { summary: 'Metric weights and grade bands per group, small-sample minimum (versioned)', tag: 'people', response: ok('{ value, version }') },
  'PUT /v1/staff/scorecards/config': { summary: 'Change the weights and grade bands (manager); scorecards record the version they used', tag: 'people', body: putScorecardConfigSchema, response: ok('{ version }') },
  'POST /v1/staff/scorecards/{quarter}/adjustments/{staffId}': { summary: "The manager's grade with a reason, kept beside the computed one (409 once signed off)", tag: 'people', body: gradeAdjustmentSchema, response: { status: 201, schema: anyObject, description: '{ adjustment }' } },
  'POST /v1/staff/scorecards/{quarter}/sign-off': { summary: 'Sign the quarter off: every scorecard frozen, each person emailed theirs (once; 409 again)', tag: 'people', response: ok('{ signOff, cards }') },
  'POST /v1/staff/people/{staffId}/assessments': { summary: 'An ad-hoc assessment (incident handling, efficiency), filed in the quarter of its date', tag: 'people', body: adHocAssessmentSchema, response: { status: 201, schema: anyObject, description: '{ assessment }' } },
  'GET /v1/staff/privacy/access-log': { summary: "Who read customers' personal data: by Shanghai day, by staff member or by customer phone (exactly one); newest first (manager)", tag: 'privacy', query: accessLogQuerySchema, response: ok('{ items, cursor? }') },
  'GET /v1/staff/privacy/requests': { summary: "A month's rights requests (export, correction, erasure)", tag: 'privacy', query: rightsListQuerySchema, response: ok('{ month, items }') },
  'POST /v1/staff/privacy/requests': { summary: "Record a customer's rights request with how their identity was checked (customer service)", tag: 'privacy', body: rightsRequestSchema, response: { status: 201, schema: anyObject, description: '{ request }' } },
  'GET /v1/staff/privacy/requests/{requestId}': { summary: 'A rights request and its outcome', tag: 'privacy', response: ok('{ request }') },
  'POST /v1/staff/privacy/requests/{requestId}/export': { summary: 'Everything held about the customer as JSON and CSV (BOM), downloaded or emailed to their address on file (manager; once per request)', tag: 'privacy', body: exportDeliverySchema, response: ok('{ request, data, csv, emailedTo? }') },
  'POST /v1/staff/privacy/requests/{requestId}/correction': { summary: "Correct the customer's personal data on all their tickets (manager; once per request)", tag: 'privacy', body: correctionSchema, response: ok('{ request }') },
  'POST /v1/staff/privacy/requests/{requestId}/erasure': { summary: "Replace the customer's personal data by a pseudonym everywhere; statements keep invoice title, taxpayer data and amounts (manager; 422 while a ticket is open)", tag: 'privacy', body: erasureSchema, response: ok('{ request }') },
  'GET /v1/staff/privacy/settings': { summary: 'Retention periods and how long technicians see a customer after a job (versioned)', tag: 'privacy', response: ok('{ value, version }') },
  'PUT /v1/staff/privacy/settings': { summary: 'Change the privacy settings (manager)', tag: 'privacy', body: putPrivacySettingsSchema, response: ok('{ version }') },
  'POST /v1/staff/tools/{assetNo}/inspections': { summary: 'Record an inspection: pass moves the next due date on, fail keeps the tool off jobs', tag: 'people', body: toolInspectionSchema, response: { status: 201, schema: anyObject, description: '{ tool, inspection }' } },
};

type JsonSchema = Record<string, unknown>;

/** JSON Schema of `schema`; named schemas (`.meta({ id })`) are hoisted into `components`. */
function jsonSchemaInto(components: Record<string, JsonSchema>) {
  return (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
    const generated = z.toJSONSchema(schema, { io, target: 'draft-2020-12', unrepresentable: 'any' }) as JsonSchema;
    const rewritten = JSON.parse(JSON.stringify(generated).replaceAll('"#/$defs/', '"#/components/schemas/')) as JsonSchema;
    const { $schema: _dialect, $defs, ...rest } = rewritten;
    Object.assign(components, ($defs ?? {}) as Record<string, JsonSchema>);
    return rest;
  };
}

export function buildOpenApiDocument(serverUrl: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  const schemas: Record<string, JsonSchema> = {};
  const jsonSchema = jsonSchemaInto(schemas);
  for (const route of allRoutes()) {
    const doc = ROUTE_DOCS[routeKey(route)];
    if (!doc) throw new Error(`No OpenAPI doc for ${routeKey(route)}`);
    const parameters: unknown[] = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    if (doc.query) {
      for (const [name, schema] of Object.entries(doc.query.shape)) {
        parameters.push({ name, in: 'query', required: !(schema as z.ZodType).safeParse(undefined).success, schema: jsonSchema(schema as z.ZodType, 'input') });
      }
    }
    if (doc.idempotent) {
      parameters.push({ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 128 } });
    }
    parameters.push({ name: 'Accept-Language', in: 'header', required: false, schema: { type: 'string', example: 'zh-CN' } });
    const error = { description: 'Error', content: { 'application/json': { schema: jsonSchema(errorBodySchema, 'output') } } };
    paths[route.path] ??= {};
    paths[route.path]![route.method.toLowerCase()] = {
      summary: doc.summary,
      ...(doc.description ? { description: doc.description } : {}),
      tags: [doc.tag],
      ...(route.auth === 'staff' ? { security: [{ staffJwt: [] }] } : { security: [] }),
      parameters,
      ...(doc.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(doc.body, 'input') } } } } : {}),
      responses: {
        [doc.response?.status ?? 200]: {
          description: doc.response?.description ?? 'OK',
          ...(doc.produces ? { content: { [doc.produces]: { schema: { type: 'string', format: 'binary' } } } } : {}),
          ...(doc.response?.schema ? { content: { 'application/json': { schema: jsonSchema(doc.response.schema, 'output') } } } : {}),
        },
        '4XX': error,
        '5XX': error,
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'ELV after-sales service API', version: '1.0.0' },
    servers: [{ url: serverUrl }],
    components: { schemas, securitySchemes: { staffJwt: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    paths,
  };
}

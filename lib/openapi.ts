/**
 * The OpenAPI 3.1 document of every route in the manifest, generated from the zod schemas that
 * validate the requests and type the responses (z.toJSONSchema), so the document, the validation and
 * the handlers are one source. The roles of each staff route come from the manifest (lib/wiring.ts).
 * The e2e client validates every response it receives against this document (test/support/contract.ts).
 */
import * as z from 'zod';
import type { ZodMiniObject } from 'zod/mini';
import { allRoutes, routeKey, type RouteSpec, type StaffRole } from './wiring.ts';
import { STATUS_BY_CODE } from './platform/http/error-response.ts';
import { jobDetailSchema, jobListSchema, jobResponseSchema } from './dispatch/responses.ts';
import { publicStatementViewSchema, statementDetailSchema, statementListSchema } from './settlement/responses.ts';
import { customerComplaintFiledSchema, surveyAnswerResultSchema, surveyViewSchema } from './followup/responses.ts';
import { createdTicketSchema, errorBodySchema, healthSchema, publicTicketViewSchema, ticketListSchema, ticketResponseSchema } from './tickets/responses.ts';
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
  publicReportSchema,
  staffListQuerySchema,
  staffReportSchema,
  statusTokenQuerySchema,
} from './tickets/schemas.ts';
import { DEFAULT_PRIVACY_SETTINGS, privacyNoticeText } from './tickets/index.ts';
import { DEFAULT_SERVICE_STANDARDS } from './sla/index.ts';
import { DEFAULT_FEE_SCHEDULE } from './settlement/index.ts';
import { DEFAULT_PEOPLE_SETTINGS, DEFAULT_SCORECARD_CONFIG } from './people/index.ts';
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
import * as partsResponses from './parts/responses.ts';
import * as slaResponses from './sla/responses.ts';
import * as followupResponses from './followup/responses.ts';
import * as settlementResponses from './settlement/responses.ts';
import * as intakeResponses from './intake/responses.ts';
import * as dispatchResponses from './dispatch/responses.ts';
import * as peopleResponses from './people/responses.ts';
import * as privacyResponses from './privacy/responses.ts';

interface RouteDoc {
  summary: string;
  /** Markdown shown under the summary. */
  description?: string;
  /** Rules the schema cannot say (they depend on stored state, or span fields): listed in the description. */
  rules?: string[];
  /** Stable name for generated clients; derived from method and path when absent. */
  operationId?: string;
  tag: string;
  body?: z.core.$ZodType;
  query?: ZodMiniObject;
  /** A request body example (valid against `body`). */
  example?: unknown;
  /**
   * The success response: `schema` is the zod schema the handler answers through (`typedResponse`),
   * required for every JSON answer (only a binary document has none).
   */
  response: { status: number; schema?: z.core.$ZodType; description: string };
  /** A binary response instead of JSON (the printable documents: `application/pdf`). */
  produces?: 'application/pdf';
  idempotent?: boolean;
}

const ok = (description: string, schema?: z.core.$ZodType) => ({ status: 200, description, ...(schema ? { schema } : {}) });

/** A valid public fault report (also the web form's shape). */
const EXAMPLE_REPORT = {
  customer: { name: '张伟', phone: '13812345678', email: 'zhang.wei@example.cn', organisation: '星河湾物业' },
  site: { address: '上海市浦东新区星河路 88 号', name: '星河湾小区' },
  device: { system: 'cctv', model: 'DS-2CD2T47G2', serial: 'SN-0001', location: 'B1 入口' },
  symptom: '摄像机夜间画面全黑',
  urgency: 'general',
  locale: 'zh-CN',
  privacyNoticeAccepted: true,
};

export const ROUTE_DOCS: Record<string, RouteDoc> = {
  'POST /v1/tickets': {
    summary: 'Report a fault (public)',
    // The notice shown where the data is collected (PIPL); a client that shows it sends privacyNoticeAccepted.
    description: [
      privacyNoticeText('zh-CN'),
      privacyNoticeText('en'),
      'A client that shows this notice and has the reporter agree sends `privacyNoticeAccepted: true` and `privacyNoticeVersion`; the ticket records them (`privacyNotice: { version, acceptedAt }`).',
    ].join('\n\n'),
    operationId: 'reportFault',
    tag: 'public',
    example: EXAMPLE_REPORT,
    body: publicReportSchema,
    idempotent: true,
    response: { status: 201, schema: createdTicketSchema, description: 'Ticket created; statusUrl is the signed status link' },
  },
  'GET /v1/tickets/{id}': {
    summary: 'Ticket status through the signed link',
    operationId: 'getTicketStatus',
    tag: 'public',
    query: statusTokenQuerySchema,
    response: { status: 200, schema: publicTicketViewSchema, description: 'Public view (no personal data)' },
  },
  'GET /v1/health': { summary: 'Liveness', operationId: 'getHealth', tag: 'public', response: { status: 200, schema: healthSchema, description: 'OK' } },
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
    response: { status: 200, schema: ticketListSchema, description: 'A page of tickets; `cursor` for the next' },
  },
  'GET /v1/tickets/{id}/repair-report.pdf': { summary: "The repair report (维修服务报告) of the ticket's latest signed-off visit as a PDF, through the signed status link", tag: 'public', query: statusTokenQuerySchema, produces: 'application/pdf', response: { status: 200, description: 'application/pdf, A4; 404 before a visit is signed off' } },
  'GET /v1/staff/tickets/{id}': {
    summary: 'A ticket with its timeline',
    tag: 'staff',
    response: { status: 200, schema: intakeResponses.ticketDetailSchema, description: 'The ticket (need-to-know applied), its timeline, its timers and a fresh status link' },
  },
  'POST /v1/staff/tickets/{id}/contact': {
    summary: 'Record the first contact with the customer (stops the contact timer; ticket becomes triaged)',
    tag: 'staff',
    body: contactSchema,
    response: ok('The ticket', ticketResponseSchema),
  },
  'GET /v1/staff/sla/standards': { summary: 'Service standards in force (versioned)', tag: 'sla', response: ok('The standards in force and their version', slaResponses.serviceStandardsSchema) },
  'PUT /v1/staff/sla/standards': {
    summary: 'Change the service standards (manager; applies to timers started afterwards)',
    tag: 'sla',
    body: putServiceStandardsSchema,
    response: ok('The new version', slaResponses.serviceStandardsSavedSchema),
  },
  'GET /v1/staff/sla/board': {
    summary: 'SLA board: timers at risk or coming due, paused, and the breaches and exemptions of the last days',
    tag: 'sla',
    query: slaBoardQuerySchema,
    response: ok('The board: timers with their ticket number, status and urgency; configuration alerts', slaResponses.slaBoardSchema),
  },
  'GET /v1/staff/calendars': { summary: 'Working-time calendars', tag: 'sla', response: ok('The calendars, without their windows and dates', slaResponses.calendarListSchema) },
  'GET /v1/staff/calendars/{calendarId}': { summary: 'One calendar with its windows, holidays and make-up workdays', tag: 'sla', response: ok('The calendar', slaResponses.calendarRecordSchema) },
  'PUT /v1/staff/calendars/{calendarId}': {
    summary: 'Create or change a calendar (manager); open timers in it are recomputed',
    tag: 'sla',
    body: putCalendarSchema,
    response: ok('The calendar id and its new version', slaResponses.calendarSavedSchema),
  },
  'POST /v1/staff/tickets/{id}/timers/{kind}/pause': { summary: 'Pause a timer with a reason', tag: 'sla', body: pauseSchema, response: ok('The timer', slaResponses.slaTimerResponseSchema) },
  'POST /v1/staff/tickets/{id}/timers/{kind}/resume': { summary: 'Resume a paused timer (deadline moves by the paused working time)', tag: 'sla', response: ok('The timer', slaResponses.slaTimerResponseSchema) },
  'POST /v1/staff/tickets/{id}/timers/{kind}/exemption': {
    summary: 'Exempt a timer: reason and when the customer was told, before the deadline',
    tag: 'sla',
    body: exemptionSchema,
    response: ok('The timer', slaResponses.slaTimerResponseSchema),
  },
  'POST /v1/staff/tickets/{id}/triage': { summary: 'Classify: simple (remote solution and guidance) or complex (to technical support)', tag: 'triage', body: triageSchema, response: ok('The ticket', ticketResponseSchema) },
  'POST /v1/staff/tickets/{id}/re-triage': {
    summary: 'Correct a triage (manager only; from remote resolution or assessment, before dispatch); the timeline keeps both',
    tag: 'triage',
    body: retriageSchema,
    response: ok('The ticket', ticketResponseSchema),
  },
  'POST /v1/staff/tickets/{id}/remote-resolution/confirm': { summary: 'The customer confirmed the remote fix works: completed', tag: 'triage', body: remoteConfirmationSchema, response: ok('The ticket', ticketResponseSchema) },
  'PATCH /v1/staff/tickets/{id}': { summary: 'Correct ticket facts (device, site, calendar); the timeline keeps before and after', tag: 'triage', body: factsSchema, response: ok('The ticket', ticketResponseSchema) },
  'GET /v1/staff/mail-tasks': { summary: 'Emails that bounced or were marked as spam: call tasks for customer service, oldest first', tag: 'triage', query: mailTasksQuerySchema, response: ok('The open mail tasks', intakeResponses.mailTaskListSchema) },
  'POST /v1/staff/mail-tasks/{taskId}/close': { summary: 'Record the outcome of the call (corrected address, address confirmed, phone only)', tag: 'triage', body: closeMailTaskSchema, response: ok('The task, closed', intakeResponses.mailTaskResponseSchema) },
  'POST /v1/staff/tickets/{id}/assessment': { summary: 'Technical assessment: remote instructions, or on to dispatch', tag: 'dispatch', body: assessmentSchema, response: ok('The ticket', ticketResponseSchema) },
  'GET /v1/staff/tickets/{id}/candidates': { summary: 'Technicians ranked for a visit date, with the reasons each is not eligible', tag: 'dispatch', query: candidatesQuerySchema, response: ok('The technicians ranked, each with the reasons they are not eligible', dispatchResponses.candidateListSchema) },
  'POST /v1/staff/tickets/{id}/schedule': { summary: 'Schedule the visit: technician, agreed window, agreed completion (complex); parts reserved', tag: 'dispatch', body: scheduleSchema, response: { status: 201, schema: jobResponseSchema, description: 'The job (visit) scheduled' } },
  'POST /v1/staff/jobs/{jobId}/reschedule': { summary: 'Move a visit (history kept)', tag: 'dispatch', body: rescheduleSchema, response: ok('The job', jobResponseSchema) },
  'POST /v1/staff/jobs/{jobId}/cancel': { summary: 'Cancel a visit: reservations released, ticket back to dispatch', tag: 'dispatch', body: cancelVisitSchema, response: ok('The job', jobResponseSchema) },
  'GET /v1/staff/jobs': { summary: "A technician's jobs of a day", tag: 'technician', query: jobsQuerySchema, response: ok('The jobs of the day', jobListSchema) },
  'GET /v1/staff/jobs/{jobId}': { summary: 'One of my jobs with its ticket', tag: 'technician', response: ok('The job and what the technician needs of its ticket', jobDetailSchema) },
  'POST /v1/staff/jobs/{jobId}/safety-check': { summary: 'Pre-job safety check of tools and equipment (SAFE-3)', tag: 'technician', body: safetyCheckSchema, response: ok('The job', jobResponseSchema) },
  'POST /v1/staff/jobs/{jobId}/check-in': { summary: 'Arrived on site (stops the on-site timer)', tag: 'technician', body: checkInSchema, response: ok('The job', jobResponseSchema) },
  'POST /v1/staff/jobs/{jobId}/work': { summary: 'Diagnosis on site, work done, tests, usage notes', tag: 'technician', body: workSchema, response: ok('The job', jobResponseSchema) },
  'POST /v1/staff/jobs/{jobId}/parts': { summary: 'A designated part used (stock decremented; valuable parts registered)', tag: 'technician', body: partUseSchema, response: ok('The job', jobResponseSchema) },
  'POST /v1/staff/jobs/{jobId}/sign-off': { summary: "The customer's signature: repair completed, report emailed", tag: 'technician', body: signOffSchema, response: ok('The job', jobResponseSchema) },
  'GET /v1/staff/jobs/{jobId}/repair-report.pdf': { summary: "A signed-off job's repair report (维修服务报告) as a PDF: the job's technician, customer service, technical support; logged as a read of the customer's data", tag: 'technician', produces: 'application/pdf', response: { status: 200, description: 'application/pdf, A4; 404 before sign-off' } },
  'GET /v1/staff/parts': { summary: 'Parts catalog', tag: 'parts', response: ok('The catalog', dispatchResponses.catalogPartListSchema) },
  'PUT /v1/staff/parts/{sku}': { summary: 'Create or change a catalog part', tag: 'parts', body: partSchema, response: ok('The part as saved', dispatchResponses.catalogPartResponseSchema) },
  'GET /v1/staff/parts/{sku}/issue-register': { summary: 'Issue register of a valuable part (PARTS-4)', tag: 'parts', response: ok('The register entries and where each serial is now', dispatchResponses.issueRegisterSchema) },
  'GET /v1/staff/stock/{location}': { summary: 'Stock at a location (warehouse, van-<technician>)', tag: 'parts', response: ok('The balances of each part at the location', dispatchResponses.stockAtLocationSchema) },
  'POST /v1/staff/stock/{location}/{sku}/adjust': { summary: 'Correct stock by hand (+ in, - out) or write off: a ledger entry with reason and actor (Idempotency-Key: a repeat moves nothing)', tag: 'parts', body: stockAdjustSchema, response: ok('The balance after it, and the adjustment', dispatchResponses.stockAdjustedSchema), idempotent: true },
  'GET /v1/staff/parts/{sku}/ledger': { summary: "A part's stock ledger: every movement in time order", tag: 'parts', response: ok("The part's ledger entries", partsResponses.partLedgerSchema) },
  'GET /v1/staff/parts-settings': { summary: 'Purchasing settings: approval threshold, reorder alert address, consumption window', tag: 'parts', response: ok('The settings in force', partsResponses.partsSettingsResponseSchema) },
  'PUT /v1/staff/parts-settings': { summary: 'Change the purchasing settings (manager)', tag: 'parts', body: partsSettingsSchema, response: ok('The settings saved', partsResponses.partsSettingsResponseSchema) },
  'GET /v1/staff/suppliers': { summary: 'Suppliers with qualifications, status and the parts each supplies (PARTS-1)', tag: 'parts', response: ok('Every supplier', partsResponses.supplierListSchema) },
  'PUT /v1/staff/suppliers/{supplierId}': { summary: 'Create or change a supplier (designated parts only)', tag: 'parts', body: supplierSchema, response: ok('The supplier as saved', partsResponses.supplierResponseSchema) },
  'GET /v1/staff/procurement-plan': { summary: "This month's procurement plan from reorder points, reservations, consumption and lead times", tag: 'parts', response: ok('The plan: one line per part to buy', partsResponses.procurementPlanSchema) },
  'POST /v1/staff/procurement-plan/orders': { summary: 'Draft one purchase order per supplier from the plan', tag: 'parts', body: planOrdersSchema, response: { status: 201, schema: partsResponses.purchaseOrderListSchema, description: 'The draft orders, one per supplier' } },
  'GET /v1/staff/purchase-orders': { summary: 'Purchase orders of a year, newest first', tag: 'parts', query: yearQuerySchema, response: ok('The orders, newest first', partsResponses.purchaseOrderListSchema) },
  'POST /v1/staff/purchase-orders': { summary: 'Draft a purchase order (approved suppliers only)', tag: 'parts', body: purchaseOrderDraftSchema, response: { status: 201, schema: partsResponses.purchaseOrderResponseSchema, description: 'The draft order' } },
  'GET /v1/staff/purchase-orders/{orderId}': { summary: 'A purchase order with its receipts and ledger entries', tag: 'parts', response: ok('The order, its receipts and their ledger entries', partsResponses.purchaseOrderDetailSchema) },
  'POST /v1/staff/purchase-orders/{orderId}/submit': { summary: 'Submit: ordered (supplier emailed) or, above the threshold, to the manager', tag: 'parts', response: ok('The order: ordered, or awaiting approval', partsResponses.purchaseOrderResponseSchema) },
  'POST /v1/staff/purchase-orders/{orderId}/approve': { summary: 'Approve (manager): ordered, supplier emailed', tag: 'parts', response: ok('The order, ordered', partsResponses.purchaseOrderResponseSchema) },
  'POST /v1/staff/purchase-orders/{orderId}/close': { summary: 'Close a received or partly received order', tag: 'parts', response: ok('The order, closed', partsResponses.purchaseOrderResponseSchema) },
  'POST /v1/staff/purchase-orders/{orderId}/cancel': { summary: 'Cancel a draft or an order awaiting approval', tag: 'parts', response: ok('The order, cancelled', partsResponses.purchaseOrderResponseSchema) },
  'POST /v1/staff/purchase-orders/{orderId}/receipts': { summary: 'Receiving inspection (PARTS-2): accepted into stock, rejected to a supplier return', tag: 'parts', body: receiptSchema, response: { status: 201, schema: partsResponses.goodsReceivedSchema, description: 'The order after the receipt, the receipt, and the supplier returns it opened' } },
  'GET /v1/staff/supplier-returns': { summary: 'Open supplier returns and exchanges', tag: 'parts', response: ok('The open returns', partsResponses.supplierReturnListSchema) },
  'POST /v1/staff/supplier-returns': { summary: 'Return nonconforming parts found in stock to the supplier of their order (they leave stock; never more than accepted on the order; Idempotency-Key: a repeat opens nothing)', tag: 'parts', body: supplierReturnOpenSchema, response: { status: 201, schema: partsResponses.supplierReturnResponseSchema, description: 'The return opened' }, idempotent: true },
  'POST /v1/staff/supplier-returns/{returnId}/ship': { summary: 'The rejected goods went back to the supplier', tag: 'parts', body: supplierReturnShipSchema, response: ok('The return, shipped', partsResponses.supplierReturnResponseSchema) },
  'POST /v1/staff/supplier-returns/{returnId}/close': { summary: 'Refunded, or exchanged (the replacement enters stock)', tag: 'parts', body: supplierReturnCloseSchema, response: ok('The return, closed', partsResponses.supplierReturnResponseSchema) },
  'GET /v1/staff/transfers': { summary: 'Transfers of a month', tag: 'parts', query: monthQuerySchema, response: ok('The transfers, newest first', partsResponses.stockTransferListSchema) },
  'POST /v1/staff/transfers': { summary: 'Move stock between locations (warehouse to van is an issue; valuable parts into the issue register; Idempotency-Key: a repeat moves nothing)', tag: 'parts', body: transferSchema, response: { status: 201, schema: partsResponses.stockTransferResponseSchema, description: 'The transfer' }, idempotent: true },
  'GET /v1/staff/stocktakes': { summary: 'Stocktakes opened in a month', tag: 'parts', query: monthQuerySchema, response: ok('The stocktakes, newest first', partsResponses.stocktakeListSchema) },
  'POST /v1/staff/stocktakes': { summary: 'Open a count session for a location, or one per location with `all` (the count sheets)', tag: 'parts', body: stocktakeOpenSchema, response: { status: 201, schema: partsResponses.stocktakeListSchema, description: 'The count sessions opened, with their count sheets' } },
  'GET /v1/staff/stocktakes/{stocktakeId}': { summary: 'A stocktake with its correction entries', tag: 'parts', response: ok('The stocktake and its correction entries', partsResponses.stocktakeDetailSchema) },
  'PUT /v1/staff/stocktakes/{stocktakeId}/counts': { summary: 'Counted quantities and serials, reasons for variances', tag: 'parts', body: stocktakeCountSchema, response: ok('The stocktake, submitted', partsResponses.stocktakeResponseSchema) },
  'POST /v1/staff/stocktakes/{stocktakeId}/approve': { summary: 'Approve (manager): one correction entry per variance', tag: 'parts', response: ok('The stocktake, approved', partsResponses.stocktakeResponseSchema) },
  'GET /v1/staff/members': { summary: 'Staff with technician profiles', tag: 'staff', response: ok('Every staff record (contact details for the manager only)', dispatchResponses.staffDirectorySchema) },
  'PUT /v1/staff/members/{staffId}': { summary: 'Create or change a staff record (roles, skills, skill level, van; certificates and training are people records)', tag: 'staff', body: technicianSchema, response: ok('The record as saved', dispatchResponses.staffRecordResponseSchema) },
  'GET /v1/surveys/{id}': { summary: 'The satisfaction survey behind its signed link', operationId: 'getSurvey', tag: 'public', query: surveyQuerySchema, response: ok('The survey', surveyViewSchema) },
  'POST /v1/surveys/{id}': { summary: 'Answer the survey (once; 409 when answered, 410 when the link expired)', operationId: 'answerSurvey', tag: 'public', query: surveyQuerySchema, body: followUpAnswerSchema, example: { satisfaction: 5, equipmentWorking: true, comment: '师傅很专业' }, response: ok('Recorded', surveyAnswerResultSchema) },
  'POST /v1/tickets/{id}/complaints': { summary: "File a complaint from the ticket's status page (signed status link in `t`); it is investigated like one recorded by customer service, and the status view shows where it stands", tag: 'public', query: statusTokenQuerySchema, operationId: 'fileComplaint', body: customerComplaintSchema, response: { status: 201, schema: customerComplaintFiledSchema, description: 'The complaint filed, as the investigation it became' } },
  'GET /v1/staff/follow-ups': { summary: 'Call tasks: completed tickets whose survey went unanswered, oldest first', tag: 'follow-up', query: callTasksQuerySchema, response: ok('The call tasks', followupResponses.callTaskListSchema) },
  'POST /v1/staff/tickets/{id}/follow-up': { summary: 'Record the phone follow-up outcome (same fields as the survey)', tag: 'follow-up', body: followUpAnswerSchema, response: ok('The ticket', ticketResponseSchema) },
  'POST /v1/staff/tickets/{id}/complaints': { summary: 'Register a complaint on a ticket (opens an investigation)', tag: 'follow-up', body: complaintSchema, response: { status: 201, schema: followupResponses.investigationResponseSchema, description: 'The investigation the complaint opened' } },
  'GET /v1/staff/investigations': { summary: 'Open investigations, oldest first, overdue flagged', tag: 'follow-up', response: ok('The open investigations', followupResponses.investigationListSchema) },
  'GET /v1/staff/investigations/{investigationId}': { summary: 'One investigation', tag: 'follow-up', response: ok('The investigation', followupResponses.investigationResponseSchema) },
  'POST /v1/staff/investigations/{investigationId}/analysis': { summary: 'Root cause, corrective measures, owner, due date (manager)', tag: 'follow-up', body: analysisSchema, response: ok('The investigation', followupResponses.investigationResponseSchema) },
  'POST /v1/staff/investigations/{investigationId}/outcome': { summary: 'Draft the outcome letter to the customer', tag: 'follow-up', body: outcomeSchema, response: ok('The investigation', followupResponses.investigationResponseSchema) },
  'POST /v1/staff/investigations/{investigationId}/approve': { summary: 'Approve the letter (manager): sent once, investigation closed', tag: 'follow-up', response: ok('The investigation', followupResponses.investigationResponseSchema) },
  'POST /v1/staff/tickets/{id}/rework-judgement': {
    summary: 'Judge a suspected rework (technician, technical support; the manager overrides): confirmed is free and counts in STD-4a',
    tag: 'follow-up',
    body: reworkJudgementSchema,
    response: ok('The ticket', ticketResponseSchema),
  },
  'GET /v1/staff/quality': { summary: 'Quality figures of a quarter: repeat-failure rate (STD-4a), satisfaction, investigations', tag: 'follow-up', query: qualityQuerySchema, response: ok('The figures of the quarter', followupResponses.qualityFiguresSchema) },
  'GET /v1/statements/{id}': { summary: 'The statement through its signed link: lines, totals, what the customer can do next', operationId: 'getStatement', tag: 'public', query: statementTokenQuerySchema, response: ok('The statement as the customer sees it', publicStatementViewSchema) },
  'POST /v1/statements/{id}/confirm': { summary: 'The customer confirms the revision in force (signed link in ?t=)', operationId: 'confirmStatement', tag: 'public', query: statementTokenQuerySchema, body: confirmStatementSchema, response: ok('The statement as the customer sees it', publicStatementViewSchema) },
  'POST /v1/statements/{id}/dispute': { summary: 'The customer disputes the revision in force, with a reason: back to customer service', operationId: 'disputeStatement', tag: 'public', query: statementTokenQuerySchema, body: disputeStatementSchema, response: ok('The statement as the customer sees it', publicStatementViewSchema) },
  'POST /v1/statements/{id}/invoice-request': { summary: 'The customer requests an invoice (发票) for a confirmed statement', operationId: 'requestInvoice', tag: 'public', query: statementTokenQuerySchema, body: invoiceRequestSchema, response: ok('The statement as the customer sees it', publicStatementViewSchema) },
  'GET /v1/staff/settlement/fee-schedule': { summary: 'Fee schedule and settlement settings in force (versioned)', tag: 'settlement', response: ok('The schedule in force and its version', settlementResponses.feeScheduleInForceSchema) },
  'PUT /v1/staff/settlement/fee-schedule': { summary: 'Change the fee schedule (manager); statements keep the version they were computed with', tag: 'settlement', body: putFeeScheduleSchema, response: ok('The new version', settlementResponses.feeScheduleSavedSchema) },
  'GET /v1/staff/statements': { summary: 'Statements first issued in a month, or the open disputes', tag: 'settlement', query: statementListQuerySchema, response: ok('Statements', statementListSchema) },
  'GET /v1/staff/statements/{statementId}': { summary: 'A statement with every revision and fact, and a fresh customer link', tag: 'settlement', response: ok('The statement with its history', statementDetailSchema) },
  'GET /v1/staff/tickets/{id}/statement': { summary: "A ticket's statement", tag: 'settlement', response: ok('The statement with its history', statementDetailSchema) },
  'POST /v1/staff/statements/{statementId}/confirm': { summary: 'Record a confirmation the customer gave on the phone', tag: 'settlement', body: staffConfirmSchema, response: ok('The statement with its history', statementDetailSchema) },
  'POST /v1/staff/statements/{statementId}/revisions': { summary: 'Revise after a dispute (new revision, history kept, sent again); discounts by the manager only', tag: 'settlement', body: revisionSchema, response: ok('The statement with its history', statementDetailSchema) },
  'POST /v1/staff/statements/{statementId}/payments': { summary: 'Record a payment; paid in full settles the statement and settles and closes the ticket', tag: 'settlement', body: paymentSchema, response: ok('The statement with its history', statementDetailSchema) },
  'POST /v1/staff/statements/{statementId}/invoice-request': { summary: 'Request an invoice for the customer (finance is emailed)', tag: 'settlement', body: invoiceRequestSchema, response: ok('The statement with its history', statementDetailSchema) },
  'POST /v1/staff/statements/{statementId}/invoice': { summary: 'Finance records the issued invoice number; the customer is told', tag: 'settlement', body: invoiceIssuedSchema, response: ok('The statement with its history', statementDetailSchema) },
  'GET /v1/statements/{id}/pdf': { summary: 'The statement in force as a printable PDF (结算单: lines, VAT, total in figures and 大写, payment details, QR code of the link)', tag: 'public', query: statementTokenQuerySchema, produces: 'application/pdf', response: { status: 200, description: 'application/pdf, A4' } },
  'GET /v1/staff/statements/{statementId}/pdf': { summary: 'The statement in force as a printable PDF (结算单)', tag: 'settlement', produces: 'application/pdf', response: { status: 200, description: 'application/pdf, A4' } },
  'GET /v1/staff/devices/{system}/{serial}/coverage': { summary: "A device's installation warranty or maintenance contract", tag: 'settlement', response: ok('The coverage recorded; 404 when none is', settlementResponses.deviceCoverageResponseSchema) },
  'PUT /v1/staff/devices/{system}/{serial}/coverage': { summary: 'Record what a warranty or maintenance contract makes free, and when', tag: 'settlement', body: coverageSchema, response: ok('The coverage recorded', settlementResponses.deviceCoverageResponseSchema) },
  'GET /v1/staff/people/me': { summary: 'My own page: certificates, safety training validity, exams, tools held', tag: 'people', response: ok('person view', peopleResponses.personViewSchema) },
  'GET /v1/staff/people/team': { summary: "The manager's team page: safety validity per person, certificates and tools due, this year's training", tag: 'people', response: ok('team view', peopleResponses.teamViewSchema) },
  'GET /v1/staff/people/settings': { summary: 'People settings (safety validity, reminder days), versioned', tag: 'people', response: ok('{ value, version }', peopleResponses.versionedPeopleSettingsSchema) },
  'PUT /v1/staff/people/settings': { summary: 'Change the people settings (manager)', tag: 'people', body: putPeopleSettingsSchema, response: ok('{ version }', peopleResponses.newVersionSchema) },
  'GET /v1/staff/people/{staffId}': { summary: "A staff member's page (manager)", tag: 'people', response: ok('person view', peopleResponses.personViewSchema) },
  'POST /v1/staff/people/{staffId}/certificates': { summary: 'Record a certificate (number, issuer, validity, scan reference)', tag: 'people', body: certificateSchema, response: { status: 201, schema: peopleResponses.certificateResponseSchema, description: '{ certificate }' } },
  'PUT /v1/staff/people/{staffId}/certificates/{certId}': { summary: 'Correct a certificate record', tag: 'people', body: certificateSchema, response: ok('{ certificate }', peopleResponses.certificateResponseSchema) },
  'GET /v1/staff/training': { summary: "A year's training plan: every session of every group", tag: 'people', query: trainingQuerySchema, response: ok('{ year, sessions }', peopleResponses.trainingPlanSchema) },
  'POST /v1/staff/training/sessions': { summary: 'Plan a training session (topic, date, trainer, method, exam pass mark)', tag: 'people', body: trainingSessionSchema, response: { status: 201, schema: peopleResponses.trainingSessionResponseSchema, description: '{ session }' } },
  'PUT /v1/staff/training/sessions/{sessionId}/results': { summary: 'Attendance and exam scores of a session held (replaces earlier ones)', tag: 'people', body: sessionResultsSchema, response: ok('{ session }', peopleResponses.trainingSessionResponseSchema) },
  'GET /v1/staff/tools': { summary: 'The tool register, soonest inspection due first', tag: 'people', response: ok('{ items }', peopleResponses.toolRegisterSchema) },
  'GET /v1/staff/tools/{assetNo}': { summary: 'A tool with its inspections', tag: 'people', response: ok('{ tool, inspections }', peopleResponses.toolDetailSchema) },
  'PUT /v1/staff/tools/{assetNo}': { summary: 'Register a tool or change its holder, name or interval', tag: 'people', body: toolSchema, response: ok('{ tool }', peopleResponses.toolResponseSchema) },
  'GET /v1/staff/scorecards': { summary: "A quarter's scorecards: live drafts, or frozen at sign-off with the facts that arrived after it", tag: 'people', query: scorecardQuerySchema, response: ok('{ quarter, signOff, cards }', peopleResponses.quarterScorecardsSchema) },
  'GET /v1/staff/scorecards/config': { summary: 'Metric weights and grade bands per group, small-sample minimum (versioned)', tag: 'people', response: ok('{ value, version }', peopleResponses.versionedScorecardConfigSchema) },
  'PUT /v1/staff/scorecards/config': { summary: 'Change the weights and grade bands (manager); scorecards record the version they used', tag: 'people', body: putScorecardConfigSchema, response: ok('{ version }', peopleResponses.newVersionSchema) },
  'POST /v1/staff/scorecards/{quarter}/adjustments/{staffId}': { summary: "The manager's grade with a reason, kept beside the computed one (409 once signed off)", tag: 'people', body: gradeAdjustmentSchema, response: { status: 201, schema: peopleResponses.gradeAdjustmentResponseSchema, description: '{ adjustment }' } },
  'POST /v1/staff/scorecards/{quarter}/sign-off': { summary: 'Sign the quarter off: every scorecard frozen, each person emailed theirs (once; 409 again)', tag: 'people', response: ok('{ signOff, cards }', peopleResponses.quarterSignedOffSchema) },
  'POST /v1/staff/people/{staffId}/assessments': { summary: 'An ad-hoc assessment (incident handling, efficiency), filed in the quarter of its date', tag: 'people', body: adHocAssessmentSchema, response: { status: 201, schema: peopleResponses.adHocAssessmentResponseSchema, description: '{ assessment }' } },
  'GET /v1/staff/privacy/access-log': { summary: "Who read customers' personal data: by Shanghai day, by staff member or by customer phone (exactly one); newest first (manager)", tag: 'privacy', query: accessLogQuerySchema, response: ok('{ items, cursor? }', privacyResponses.accessLogPageSchema) },
  'GET /v1/staff/privacy/requests': { summary: "A month's rights requests (export, correction, erasure)", tag: 'privacy', query: rightsListQuerySchema, response: ok('{ month, items }', privacyResponses.rightsRequestListSchema) },
  'POST /v1/staff/privacy/requests': { summary: "Record a customer's rights request with how their identity was checked (customer service)", tag: 'privacy', body: rightsRequestSchema, response: { status: 201, schema: privacyResponses.rightsRequestResponseSchema, description: '{ request }' } },
  'GET /v1/staff/privacy/requests/{requestId}': { summary: 'A rights request and its outcome', tag: 'privacy', response: ok('{ request }', privacyResponses.rightsRequestResponseSchema) },
  'POST /v1/staff/privacy/requests/{requestId}/export': { summary: 'Everything held about the customer as JSON and CSV (BOM), downloaded or emailed to their address on file (manager; once per request)', tag: 'privacy', body: exportDeliverySchema, response: ok('{ request, data, csv, emailedTo? }', privacyResponses.personalDataExportSchema) },
  'POST /v1/staff/privacy/requests/{requestId}/correction': { summary: "Correct the customer's personal data on all their tickets (manager; once per request)", tag: 'privacy', body: correctionSchema, response: ok('{ request }', privacyResponses.rightsRequestResponseSchema) },
  'POST /v1/staff/privacy/requests/{requestId}/erasure': { summary: "Replace the customer's personal data by a pseudonym everywhere; statements keep invoice title, taxpayer data and amounts (manager; 422 while a ticket is open)", tag: 'privacy', body: erasureSchema, response: ok('{ request }', privacyResponses.rightsRequestResponseSchema) },
  'GET /v1/staff/privacy/settings': { summary: 'Retention periods and how long technicians see a customer after a job (versioned)', tag: 'privacy', response: ok('{ value, version }', privacyResponses.versionedPrivacySettingsSchema) },
  'PUT /v1/staff/privacy/settings': { summary: 'Change the privacy settings (manager)', tag: 'privacy', body: putPrivacySettingsSchema, response: ok('{ version }', privacyResponses.newVersionSchema) },
  'POST /v1/staff/tools/{assetNo}/inspections': { summary: 'Record an inspection: pass moves the next due date on, fail keeps the tool off jobs', tag: 'people', body: toolInspectionSchema, response: { status: 201, schema: peopleResponses.toolInspectedSchema, description: '{ tool, inspection }' } },
};


/** The customer's signature at sign-off: a PNG as a data: URL (here a 1x1 one, to keep the example short). */
const EXAMPLE_SIGNATURE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
/** 营业时间 of a site: 08:30-17:30 with a lunch break. */
const SITE_DAY = [['08:30', '12:00'], ['13:00', '17:30']];

/**
 * Request examples, one per operation with a body (`doc.example` wins): realistic values the route's
 * own schema accepts (test/unit/openapi-examples.test.ts parses each with it and validates it against the document).
 */
const EXAMPLES: Record<string, unknown> = {
  'POST /v1/staff/tickets': { ...EXAMPLE_REPORT, channel: 'phone', privacyNoticeAccepted: undefined },
  'POST /v1/staff/tickets/{id}/contact': { note: '已电话联系客户，确认故障现象' },
  'PUT /v1/staff/sla/standards': { expectedVersion: 2, config: { ...DEFAULT_SERVICE_STANDARDS, warnAtPercent: 75 } },
  'PUT /v1/staff/calendars/{calendarId}': {
    expectedVersion: 0,
    name: '星河湾小区物业工作时间',
    calendar: { timezone: 'Asia/Shanghai', week: { mon: SITE_DAY, tue: SITE_DAY, wed: SITE_DAY, thu: SITE_DAY, fri: SITE_DAY, sat: [['08:30', '12:00']], sun: [] }, holidays: ['2027-01-01'] },
  },
  'POST /v1/staff/tickets/{id}/timers/{kind}/pause': { category: 'waiting_site_access', reason: '物业要求提前一天报备，方可进入地下车库', customerToldAt: '2026-11-10T03:30:00.000Z', customerToldVia: 'phone' },
  'POST /v1/staff/tickets/{id}/timers/{kind}/exemption': { reason: '小区临时封闭管理，物业不允许外来人员进入', customerToldAt: '2026-11-10T04:15:00.000Z', customerToldVia: 'wechat' },
  'POST /v1/staff/tickets/{id}/triage': { classification: 'complex', notes: '夜视红外故障，需上门检修' },
  'POST /v1/staff/tickets/{id}/re-triage': { classification: 'complex', reason: '远程指导两次后仍无画面，需上门检修', notes: '疑似红外灯板损坏' },
  'POST /v1/staff/tickets/{id}/remote-resolution/confirm': { customerConfirmation: '张先生电话确认：重启录像机后画面已恢复正常' },
  'PATCH /v1/staff/tickets/{id}': { device: { model: 'DS-2CD2T47G2-L', serial: 'CCTV-2024-0931' }, site: { contactName: '物业值班室', contactPhone: '13900001111' } },
  'POST /v1/staff/mail-tasks/{taskId}/close': { outcome: 'new_address', newAddress: 'zhangwei@xinghewan-wy.cn', note: '电话联系张先生，原邮箱已停用，改用新邮箱' },
  'POST /v1/staff/tickets/{id}/assessment': {
    diagnosis: '摄像机红外灯板损坏',
    repairPlan: '更换摄像机',
    technicalMeasures: '断电作业，登高使用人字梯',
    toolsNeeded: ['万用表'],
    partsNeeded: [{ sku: 'CAM-IR-4MP', quantity: 1 }],
    skillRequired: 'cctv',
    complexity: 'complex',
    estimatedMinutes: 90,
    onSite: true,
  },
  'POST /v1/staff/tickets/{id}/schedule': {
    technicianId: 'staff-tech-chen',
    window: { from: '2026-11-12T01:00:00.000Z', to: '2026-11-12T03:00:00.000Z' },
    agreedCompletionBy: '2026-11-13T09:00:00.000Z',
  },
  'POST /v1/staff/jobs/{jobId}/reschedule': { window: { from: '2026-11-13T06:00:00.000Z', to: '2026-11-13T08:00:00.000Z' }, reason: '客户临时外出，改约次日下午', technicianId: 'staff-tech-chen' },
  'POST /v1/staff/jobs/{jobId}/cancel': { reason: '客户已自行更换设备，取消上门' },
  'POST /v1/staff/jobs/{jobId}/safety-check': {
    items: [
      { item: 'insulated_tools', ok: true },
      { item: 'multimeter_calibrated', ok: true },
      { item: 'ladder_or_platform', ok: true, note: '3 米绝缘人字梯，防滑脚完好' },
      { item: 'ppe_helmet_gloves', ok: true },
      { item: 'cable_tester', ok: true },
      { item: 'spare_parts_checked', ok: true },
    ],
    toolsChecked: ['MM-0001', 'LAD-0001'],
  },
  'POST /v1/staff/jobs/{jobId}/check-in': { latitude: 31.2304, longitude: 121.4737 },
  'POST /v1/staff/jobs/{jobId}/work': { diagnosis: '红外灯板烧毁，夜视失效', workDone: '更换摄像机并重新调整角度', testResult: '夜间画面清晰，录像机回放正常', usageNotes: '请勿遮挡镜头前方的红外补光区域' },
  'POST /v1/staff/jobs/{jobId}/parts': { sku: 'CAM-IR-4MP', quantity: 1, installedSerial: 'AF6203917', removedSerial: 'CCTV-2024-0931' },
  'POST /v1/staff/jobs/{jobId}/sign-off': { signerName: '张伟', testResult: '夜间画面清晰，回放正常', usageNotes: '请勿遮挡红外补光区域', signaturePng: EXAMPLE_SIGNATURE },
  'PUT /v1/staff/parts/{sku}': { name: '12V 2A 电源适配器', specification: 'DC12V 2A 防水', unit: '个', unitPriceFen: 4500, designated: true, valuable: false, reorderPoint: 10, category: '电源', bin: 'A-02-03' },
  'POST /v1/staff/stock/{location}/{sku}/adjust': { delta: -2, reason: '水晶头受潮氧化，报废', kind: 'written_off' },
  'PUT /v1/staff/parts-settings': { approvalThresholdFen: 800_000, purchasingEmail: 'purchasing@elv-demo.cn', consumptionWeeks: 8 },
  'PUT /v1/staff/suppliers/{supplierId}': {
    name: '杭州安防器材有限公司',
    contactName: '周经理',
    email: 'orders@hz-anfang.example.cn',
    phone: '0571-8888 0000',
    status: 'approved',
    qualifications: [{ document: '营业执照、CCC 认证', validUntil: '2028-12-31' }],
    offers: [
      { sku: 'CAM-IR-4MP', unitPriceFen: 52_000, leadTimeDays: 7 },
      { sku: 'PSU-12V-2A', unitPriceFen: 3_000, leadTimeDays: 3 },
    ],
  },
  'POST /v1/staff/procurement-plan/orders': { month: '2026-11' },
  'POST /v1/staff/purchase-orders': { supplierId: 'hz-anfang', lines: [{ sku: 'CAM-IR-4MP', quantity: 4 }, { sku: 'PSU-12V-2A', quantity: 20 }], expectedBy: '2026-11-20' },
  'POST /v1/staff/purchase-orders/{orderId}/receipts': {
    lines: [
      { line: 1, received: 4, accepted: 3, rejected: 1, rejectReason: '外壳破损', serials: ['AF6203917', 'AF6203918', 'AF6203919'] },
      { line: 2, received: 20, accepted: 20, rejected: 0 },
    ],
    note: '到货验收，一台摄像机外壳破损退回',
    expectedVersion: 2,
  },
  'POST /v1/staff/supplier-returns': { purchaseOrderId: 'da717b10-eeca-4f4c-afe0-48e9d8f2c3f6', sku: 'CAM-IR-4MP', quantity: 1, location: 'warehouse', reason: '入库后通电测试红外灯不亮', serials: ['AF6203918'] },
  'POST /v1/staff/supplier-returns/{returnId}/ship': { note: '顺丰 SF1428630951275 寄回供应商' },
  'POST /v1/staff/supplier-returns/{returnId}/close': { outcome: 'exchange', replacementAccepted: 1, serials: ['AF6204102'], note: '供应商换货，新机通电测试正常' },
  'POST /v1/staff/transfers': { from: 'warehouse', to: 'van-staff-tech-liu', lines: [{ sku: 'PSU-12V-2A', quantity: 4 }, { sku: 'CAM-IR-4MP', quantity: 1, serials: ['AF6203919'] }], reason: '补充刘师傅车载库存' },
  'POST /v1/staff/stocktakes': { location: 'van-staff-tech-chen' },
  'PUT /v1/staff/stocktakes/{stocktakeId}/counts': {
    lines: [
      { sku: 'PSU-12V-2A', counted: 4 },
      { sku: 'RJ45-CAT6', counted: 46, reason: '现场施工消耗未登记' },
      { sku: 'CAM-IR-4MP', counted: 1, serials: ['AF6203917'] },
    ],
  },
  'PUT /v1/staff/members/{staffId}': {
    name: '刘师傅',
    email: 'liu@elv-demo.cn',
    phone: '13700002222',
    roles: ['technician'],
    active: true,
    technician: { skills: ['cctv', 'pa_broadcast', 'building_automation', 'parking'], skillLevel: 'junior', stockLocation: 'van-staff-tech-liu', lead: false },
  },
  'POST /v1/tickets/{id}/complaints': { complaint: '师傅比约定时间晚到两个小时，事先也没有通知' },
  'POST /v1/staff/tickets/{id}/follow-up': { satisfaction: 4, equipmentWorking: true, comment: '电话回访：维修及时，希望到达前提前电话告知' },
  'POST /v1/staff/tickets/{id}/complaints': { complaint: '客户投诉维修人员进入机房未穿鞋套，态度生硬', againstStaffId: 'staff-tech-liu' },
  'POST /v1/staff/investigations/{investigationId}/analysis': {
    rootCause: '维修人员未按现场作业规范执行，出发前未确认客户机房要求',
    correctiveMeasures: '组织服务礼仪培训；派工单增加客户现场要求栏',
    owner: '王经理',
    dueDate: '2026-11-30',
    upheld: true,
    againstStaffId: 'staff-tech-liu',
  },
  'POST /v1/staff/investigations/{investigationId}/outcome': { customerMessage: '张先生您好：经调查，您反映的情况属实。我们已对相关人员进行培训，并改进了派工流程。感谢您的监督。' },
  'POST /v1/staff/tickets/{id}/rework-judgement': { decision: 'confirmed', reason: '同一摄像机 30 天内再次黑屏，原维修时电源接头未做防水处理' },
  'POST /v1/statements/{id}/confirm': { revision: 1 },
  'POST /v1/statements/{id}/dispute': { revision: 1, reason: '上门费与约定不符' },
  'POST /v1/statements/{id}/invoice-request': { type: 'normal', titleType: 'organisation', title: '星河湾物业管理有限公司', taxpayerId: '91350100M000100Y43', email: 'finance@example.cn' },
  'PUT /v1/staff/settlement/fee-schedule': {
    expectedVersion: 3,
    config: { ...DEFAULT_FEE_SCHEDULE, callOutFeeFen: 12_000, payee: { name: '上海安维智能科技有限公司', bankName: '招商银行上海分行营业部', bankAccount: '1219 0888 8810 001', note: '转账请备注结算单号' } },
  },
  'POST /v1/staff/statements/{statementId}/confirm': { revision: 1, note: '客户张先生电话确认，10:20' },
  'POST /v1/staff/statements/{statementId}/revisions': {
    expectedRevision: 1,
    reason: '客户异议：上门工时按实际 75 分钟重新计费',
    labourMinutes: [{ jobId: '8bc4ab31-474d-4251-8604-c5b56944f4a7', minutes: 75 }],
    discount: { percentBasisPoints: 1000, reason: '老客户九折' },
  },
  'POST /v1/staff/statements/{statementId}/payments': { amountFen: 35000, paidOn: '2026-11-20', method: 'bank_transfer', reference: 'TX-20261120-01' },
  'POST /v1/staff/statements/{statementId}/invoice-request': {
    type: 'special',
    titleType: 'organisation',
    title: '上海星河湾物业管理有限公司',
    taxpayerId: '91350100M000100Y43',
    address: '上海市浦东新区星河路 88 号',
    phone: '021-5888 6666',
    bankName: '中国工商银行上海浦东支行',
    bankAccount: '1001234509000012345',
    email: 'finance@xinghewan-wy.cn',
  },
  'POST /v1/staff/statements/{statementId}/invoice': { invoiceNumber: '26312000000012345678', issuedOn: '2026-11-25' },
  'PUT /v1/staff/devices/{system}/{serial}/coverage': { kind: 'maintenance_contract', reference: 'WB-2026-018', validFrom: '2026-01-01', validUntil: '2026-12-31', covers: { labour: true, parts: false, callOut: true } },
  'PUT /v1/staff/people/settings': { expectedVersion: 1, settings: { ...DEFAULT_PEOPLE_SETTINGS, certificateReminderDays: [60, 30, 7] } },
  'POST /v1/staff/people/{staffId}/certificates': { type: 'fire_alarm', name: '消防设施操作员（四级）', number: '3101202611000123', issuer: '上海市消防救援总队', validFrom: '2026-10-15', validUntil: '2030-10-14', scanRef: 'certs/staff-tech-chen/fire-alarm-2026.pdf' },
  'PUT /v1/staff/people/{staffId}/certificates/{certId}': { type: 'work_at_height', number: 'G3101-2026-0421', issuer: '上海市应急管理局', validFrom: '2026-11-01', validUntil: '2032-10-31' },
  'POST /v1/staff/training/sessions': { groups: ['customer_service', 'repair_service'], topic: 'communication', title: '投诉处理与客户沟通技巧', date: '2026-12-08', trainer: '王经理', method: 'classroom', passMark: 70 },
  'PUT /v1/staff/training/sessions/{sessionId}/results': { results: [{ staffId: 'staff-tech-chen', attended: true, score: 92 }, { staffId: 'staff-tech-liu', attended: true, score: 81 }, { staffId: 'staff-cs-li', attended: false }] },
  'PUT /v1/staff/tools/{assetNo}': { kind: 'insulation_tester', name: 'Fluke 1508 绝缘电阻测试仪', holder: 'staff-tech-liu', inspectionIntervalDays: 365, nextDueOn: '2027-11-10' },
  'PUT /v1/staff/scorecards/config': { expectedVersion: 1, config: { ...DEFAULT_SCORECARD_CONFIG, minSatisfactionAnswers: 8 } },
  'POST /v1/staff/scorecards/{quarter}/adjustments/{staffId}': { grade: 'good', reason: '本季度两次夜间紧急抢修处置得当，综合评定上调为良好' },
  'POST /v1/staff/people/{staffId}/assessments': { date: '2026-11-06', kind: 'incident', note: '暴雨夜间处置地下车库监控断电故障，两小时内恢复', grade: 'excellent' },
  'POST /v1/staff/privacy/requests': { kind: 'export', subject: { phone: '13812345678' }, verification: { method: 'callback_registered_phone', note: '回拨登记手机号，核对姓名与报修地址' } },
  'POST /v1/staff/privacy/requests/{requestId}/export': { delivery: 'email' },
  'POST /v1/staff/privacy/requests/{requestId}/correction': { customer: { email: 'zhangwei@xinghewan-wy.cn', organisation: '上海星河湾物业管理有限公司' }, site: { contactName: '物业值班室', contactPhone: '13900001111' } },
  'POST /v1/staff/privacy/requests/{requestId}/erasure': { confirm: true },
  'PUT /v1/staff/privacy/settings': { expectedVersion: 1, settings: { ...DEFAULT_PRIVACY_SETTINGS, technicianContactDays: 14 } },
  'POST /v1/staff/tools/{assetNo}/inspections': { date: '2026-11-10', inspector: '王经理', result: 'pass', notes: '表笔绝缘层完好，校准在有效期内' },
};

/**
 * Rules the schemas cannot say (they depend on stored state, or compare fields): written into the
 * operation's description, and, with the request fields they concern, into `x-rules` so a client (and
 * the fuzz test) knows a 400 on those fields can come from a request the schema allows.
 */
type Rule = string | { text: string; fields: string[] };
const WINDOW_RULE: Rule = { text: "The window's `to` must be after its `from`, and not in the past.", fields: ['window'] };
const LEAD_RULE: Rule = 'Among technicians, only a repair-service lead (a technician whose staff record says `lead`) dispatches: 403 `forbidden` for the others.';
const CERTIFICATE_RULE: Rule = { text: '`validUntil` must not be before `validFrom`.', fields: ['validUntil'] };
const RULES: Record<string, Rule[]> = {
  'GET /v1/staff/tickets/{id}/candidates': [LEAD_RULE],
  'POST /v1/staff/jobs/{jobId}/cancel': [LEAD_RULE],
  'GET /v1/staff/jobs': ['A technician reads their own day; `technicianId` of someone else needs a repair-service lead (403 otherwise).'],
  'POST /v1/staff/tickets/{id}/schedule': [
    LEAD_RULE,
    { text: '`agreedCompletionBy` is required when the assessment classified the fault as complex (400 `validation_failed` on `agreedCompletionBy` otherwise) and ignored for a simple one.', fields: ['agreedCompletionBy'] },
    'The technician must be eligible for the visit date (skills, level, safety training and certificates in date, not on leave): 422 `technician_not_eligible` with `technicianId` and `reasons` otherwise (the reasons of `GET /v1/staff/tickets/{id}/candidates`).',
    WINDOW_RULE,
  ],
  'POST /v1/staff/jobs/{jobId}/reschedule': [LEAD_RULE, WINDOW_RULE],
  'POST /v1/staff/jobs/{jobId}/check-in': ['409 `safety_check_required` until the latest safety check of the job passed.'],
  'POST /v1/staff/jobs/{jobId}/safety-check': [{ text: '`toolsChecked` must be tools registered to the technician of the job.', fields: ['toolsChecked'] }],
  'POST /v1/staff/jobs/{jobId}/parts': ['Only designated parts (422 `part_not_designated`, `sku`), from the van of the technician (409 `insufficient_stock`, `sku`, `location`).'],
  'POST /v1/statements/{id}/confirm': ['`revision` must be the revision in force: 409 `statement_revision_stale` with `currentRevision` otherwise.'],
  'POST /v1/statements/{id}/dispute': ['`revision` must be the revision in force: 409 `statement_revision_stale` with `currentRevision` otherwise.'],
  'POST /v1/staff/statements/{statementId}/payments': ['A payment above what is outstanding: 422 `payment_exceeds_outstanding` with `outstandingFen`.'],
  'POST /v1/staff/statements/{statementId}/revisions': ['A discount needs the manager: 403 `discount_needs_manager`. `expectedRevision` must be the revision in force (409 `statement_revision_stale`, `currentRevision`).'],
  'POST /v1/staff/people/{staffId}/certificates': [CERTIFICATE_RULE],
  'PUT /v1/staff/people/{staffId}/certificates/{certId}': [CERTIFICATE_RULE],
  'POST /v1/staff/purchase-orders/{orderId}/receipts': [{ text: 'Each order line at most once; per line `accepted + rejected = received`, and as many serials as accepted for a serialised part.', fields: ['lines'] }],
  'GET /v1/staff/tickets': [{ text: '`cursor` is the one a previous page returned.', fields: ['cursor'] }],
};

/** Query parameters of which a request names exactly one (`x-exactly-one-of`; 400 on the first of them otherwise). */
const EXACTLY_ONE_OF: Record<string, string[]> = {
  'GET /v1/staff/tickets': ['status', 'phone'],
  'GET /v1/staff/privacy/access-log': ['day', 'staffId', 'phone'],
};

type JsonSchema = Record<string, unknown>;

/** JSON Schema of `schema`; named schemas (`.meta({ id })`) are hoisted into `components`. */
function jsonSchemaInto(components: Record<string, JsonSchema>) {
  return (schema: z.core.$ZodType, io: 'input' | 'output'): JsonSchema => {
    const generated = z.toJSONSchema(schema, { io, target: 'draft-2020-12', unrepresentable: 'any' }) as JsonSchema;
    const rewritten = JSON.parse(JSON.stringify(generated).replaceAll('"#/$defs/', '"#/components/schemas/')) as JsonSchema;
    const { $schema: _dialect, $defs, ...rest } = rewritten;
    for (const [name, definition] of Object.entries(($defs ?? {}) as Record<string, JsonSchema>)) {
      // Two zod schemas with one id would publish whichever came last: refuse it.
      if (components[name] && JSON.stringify(components[name]) !== JSON.stringify(definition)) throw new Error(`Two schemas named ${name} in the OpenAPI document`);
      components[name] = definition;
    }
    return rest;
  };
}

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

const ROLE_NAMES: Record<StaffRole, string> = {
  manager: 'manager',
  customer_service: 'customer service',
  tech_support: 'technical support',
  technician: 'technician',
  finance: 'finance',
};

function rolesSentence(roles: readonly StaffRole[]): string {
  const others = roles.filter((role) => role !== 'manager');
  if (others.length === 0) return '**Roles:** the manager only (403 `forbidden` for anyone else).';
  return `**Roles:** ${others.map((role) => ROLE_NAMES[role]).join(', ')}, and the manager (who may call every staff route); 403 \`forbidden\` for anyone else.`;
}

/** `GET /v1/staff/tickets/{id}/candidates` → `getStaffTicketCandidates`-like names: verb + the path's words. */
function derivedOperationId(route: RouteSpec): string {
  const words = route.path
    .replace(/^\/v1\//, '')
    .split('/')
    .filter((segment) => !segment.startsWith('{'))
    .flatMap((segment) => segment.split(/[-.]/));
  // A document (`.../repair-report.pdf`, `.../pdf`) is one thing to get, not a list.
  const single = route.path.endsWith('}') || /pdf$/.test(route.path);
  const verb = { GET: single ? 'get' : 'list', POST: 'post', PUT: 'put', PATCH: 'patch', DELETE: 'delete' }[route.method];
  return verb + words.map(pascal).join('');
}

/** The codes of each status, for the error responses' descriptions (codes not in the table are 400). */
const BAD_REQUEST_CODES = ['validation_failed', 'invalid_json', 'malformed_path'];
function codesOf(status: number): string[] {
  const codes = Object.entries(STATUS_BY_CODE)
    .filter(([, s]) => s === status)
    .map(([code]) => code);
  return status === 400 ? [...BAD_REQUEST_CODES, ...codes] : status === 500 ? ['internal'] : codes;
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad request: a field is wrong (`fields` lists them, with zh-CN/en messages), the body is not JSON, or the path is malformed',
  401: 'Not signed in, or the staff account is unknown or deactivated',
  403: 'The caller\'s roles may not do this',
  404: 'No such resource (also a wrong or missing link token: it is answered like an unknown id)',
  409: 'Conflict with the current state (refresh and retry, or nothing to do)',
  410: 'The signed link expired',
  413: 'Body too large',
  415: 'Body is not application/json',
  422: 'Well-formed, but a business rule refuses it',
  500: 'Unexpected failure (no detail is given; the request id is in the logs)',
  503: 'Starting up: retry in a moment (`Retry-After`)',
};

/** The statuses an operation can answer besides its success. */
function errorStatuses(route: RouteSpec, doc: RouteDoc): number[] {
  const statuses = new Set<number>([400, 404, 500, 503]);
  if (route.auth === 'staff') [401, 403].forEach((s) => statuses.add(s));
  if (route.method !== 'GET') [409, 422].forEach((s) => statuses.add(s));
  if (doc.body) [413, 415].forEach((s) => statuses.add(s));
  if (doc.query && 't' in doc.query.shape) statuses.add(410);
  if (doc.idempotent) [409, 422].forEach((s) => statuses.add(s));
  return [...statuses].sort();
}

function errorCodesTable(): string {
  const statuses = [...new Set([400, ...Object.values(STATUS_BY_CODE), 500])].sort();
  const rows = statuses.map((status) => `| ${status} | ${codesOf(status).map((code) => `\`${code}\``).join(', ')} |`);
  return ['Every error: `{ error: { code, message, fields?, ...details } }`. The codes by status:', '', '| status | codes |', '|---|---|', ...rows, '', 'Details some codes add are typed as properties of `error`; a client must accept properties it does not know (the schema is open).'].join('\n');
}

const PATH_PARAMETER_TEXT: Record<string, string> = {
  '/v1/surveys/{id}': 'The ticket id: a survey is the ticket\'s (its link is `/survey?id=<ticket id>&t=…`)',
};

export function buildOpenApiDocument(serverUrl: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  const schemas: Record<string, JsonSchema> = {};
  const jsonSchema = jsonSchemaInto(schemas);
  const operationIds = new Set<string>();
  const errorSchema = jsonSchema(errorBodySchema, 'input');
  schemas.Error = { ...(schemas.Error ?? {}), description: errorCodesTable() };
  for (const route of allRoutes()) {
    const key = routeKey(route);
    const doc = ROUTE_DOCS[key];
    if (!doc) throw new Error(`No OpenAPI doc for ${key}`);
    const operationId = doc.operationId ?? derivedOperationId(route);
    if (operationIds.has(operationId)) throw new Error(`Duplicate operationId ${operationId} (${key})`);
    operationIds.add(operationId);
    const parameters: unknown[] = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      ...(PATH_PARAMETER_TEXT[route.path] && m[1] === 'id' ? { description: PATH_PARAMETER_TEXT[route.path] } : {}),
      schema: { type: 'string' },
    }));
    if (doc.query) {
      for (const [name, schema] of Object.entries(doc.query.shape)) {
        // The link token: without it the answer is the 404 of a wrong one, so it is required.
        const required = name === 't' || !z.safeParse(schema, undefined).success;
        parameters.push({
          name,
          in: 'query',
          required,
          ...(name === 't' ? { description: "The signed link's token (`t` of the link); a missing or wrong one answers 404 like an unknown id" } : {}),
          schema: jsonSchema(name === 't' ? z.string().min(1).max(200) : schema, 'input'),
        });
      }
    }
    if (doc.idempotent) {
      parameters.push({ name: 'Idempotency-Key', in: 'header', required: false, description: 'A repeat with the same key and body answers as the first did; another body with the key is 422 `idempotency_key_reused`', schema: { type: 'string', maxLength: 128 } });
    }
    parameters.push({ name: 'Accept-Language', in: 'header', required: false, schema: { type: 'string', example: 'zh-CN' } });
    const description = [
      ...(doc.description ? [doc.description] : []),
      ...(route.roles ? [rolesSentence(route.roles)] : ['**Public:** no sign-in.']),
      ...(EXACTLY_ONE_OF[key] ? [`Exactly one of the query parameters ${EXACTLY_ONE_OF[key]!.map((name) => `\`${name}\``).join(', ')} (\`x-exactly-one-of\`).`] : []),
      ...[...(RULES[key] ?? []), ...(doc.rules ?? [])].map((rule) => `- ${typeof rule === 'string' ? rule : rule.text}`),
    ].join('\n\n');
    const fieldRules = (RULES[key] ?? []).flatMap((rule) => (typeof rule === 'string' ? [] : [{ description: rule.text, fields: rule.fields }]));
    const success = doc.response;
    // Every JSON answer is typed: a route without its response schema is a mistake, not an open object.
    if (!success || (!success.schema && !doc.produces)) throw new Error(`No response schema for ${key}`);
    const successSchema = success.schema ?? z.never();
    const responses: Record<string, unknown> = {
      [success.status]: {
        description: success.description,
        ...(success.status === 201 && (key === 'POST /v1/tickets' || key === 'POST /v1/staff/tickets') ? { headers: { Location: { description: 'The status link', schema: { type: 'string' } } } } : {}),
        content: doc.produces ? { [doc.produces]: { schema: { type: 'string', format: 'binary' } } } : { 'application/json': { schema: jsonSchema(successSchema, 'input') } },
      },
    };
    for (const status of errorStatuses(route, doc)) {
      responses[status] = {
        description: `${STATUS_TEXT[status]}. Codes: ${codesOf(status).map((code) => `\`${code}\``).join(', ')}`,
        content: { 'application/json': { schema: errorSchema } },
      };
    }
    responses['429'] = {
      description: 'Throttled by the gateway (per-route rate); retry later. The gateway\'s own body, not an Error',
      content: { 'application/json': { schema: { type: 'object', properties: { message: { type: 'string' } } } } },
    };
    paths[route.path] ??= {};
    paths[route.path]![route.method.toLowerCase()] = {
      operationId,
      summary: doc.summary,
      description,
      tags: [doc.tag],
      ...(route.auth === 'staff' ? { security: [{ staffJwt: [] }], 'x-roles': [...new Set<StaffRole>(['manager', ...(route.roles ?? [])])] } : { security: [] }),
      parameters,
      ...(fieldRules.length ? { 'x-rules': fieldRules } : {}),
      ...(EXACTLY_ONE_OF[key] ? { 'x-exactly-one-of': EXACTLY_ONE_OF[key] } : {}),
      ...(doc.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: jsonSchema(doc.body, 'input'), ...((doc.example ?? EXAMPLES[key]) !== undefined ? { example: JSON.parse(JSON.stringify(doc.example ?? EXAMPLES[key])) } : {}) } },
            },
          }
        : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'ELV after-sales service API',
      version: '1.0.0',
      description:
        'Responses are open objects: fields may be added within /v1, never removed or retyped; a client ignores fields it does not know. `x-roles` of a staff operation lists the roles that may call it (the manager may call every one).',
    },
    servers: [{ url: serverUrl }],
    components: { schemas, securitySchemes: { staffJwt: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    paths,
  };
}

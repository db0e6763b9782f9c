/**
 * The wiring manifest: every function, its entry module and its triggers, as plain data.
 * Read by the CDK stack (infra/), the local runtime (local/) and test/infra/wiring-drift.test.ts,
 * so the deployed system, the local one and the tests cannot drift apart.
 */

export type StaffRole = 'manager' | 'customer_service' | 'tech_support' | 'technician' | 'finance';
export const STAFF_ROLES: readonly StaffRole[] = ['manager', 'customer_service', 'tech_support', 'technician', 'finance'];

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteSpec {
  method: HttpMethod;
  /** API Gateway HTTP API path, `{name}` marks a path parameter. */
  path: string;
  /** `public`: no login (signed links at most); `staff`: JWT required (Cognito in AWS, local issuer locally). */
  auth: 'public' | 'staff';
  /**
   * Staff routes: the roles that may call it (the manager may call every staff route). The API handler
   * answers 403 to anyone else (lib/platform/http/api-handler.ts) and the OpenAPI document states them
   * (`x-roles`), both from here.
   */
  roles?: readonly StaffRole[];
  /** Per-route throttling (requests per second, burst). */
  throttle: { rate: number; burst: number };
}

export interface QueueSpec {
  /** Messages that failed this many receives move to the queue's DLQ. */
  maxReceiveCount: number;
  /** Must be at least 6x the timeout of the function that consumes it (checked by a test). */
  visibilityTimeoutSeconds: number;
  /** How long the DLQ keeps a parked message. */
  dlqRetentionDays: number;
  /**
   * Who puts messages on the queue: the transactional outbox (the table's stream, one pipe per queue)
   * or SES's bounce and complaint events (EventBridge, through the configuration set). Outbox when absent.
   */
  fedBy?: 'outbox' | 'ses-events';
}

export interface QueueTrigger {
  queue: QueueName;
  batchSize: number;
  maxBatchingWindowSeconds: number;
  /**
   * At most this many concurrent invocations from the queue (2-1000). The email senders are sized to
   * SES's sending rate (14 mails/s by default): 2 invocations of 10 messages each stay well under it.
   */
  maxConcurrency: number;
}

export interface ScheduleTrigger {
  name: string;
  /**
   * EventBridge Scheduler expression; the local runtime understands `rate(N minute|minutes|hour|hours|day|days)`
   * and `cron(...)` with numbers, `*` and `?` (minute hour day-of-month month day-of-week).
   */
  expression: string;
  /** The time zone a `cron(...)` is read in (EventBridge Scheduler's `ScheduleExpressionTimezone`); UTC when absent. */
  timezone?: string;
}

/**
 * What a function may touch: turned into least-privilege grants by CDK and into env vars everywhere.
 * No function sends to a queue: events are outbox items written with the change they report, and the
 * table's stream delivers them (lib/platform/store/outbox.ts).
 */
export interface FunctionAccess {
  table: 'none' | 'read' | 'readWrite';
  sendsEmail: boolean;
  /** Needs the HMAC secret for signed customer links. */
  signsLinks: boolean;
  /**
   * Disables, enables, signs out and regroups staff users in the Cognito user pool (off-boarding and
   * role changes follow the staff record); absent for every function but the one that edits staff records.
   */
  managesStaffIdentities?: boolean;
  /**
   * Reads or writes the customer's contact data (sealed per field, lib/platform/privacy/field-crypto.ts)
   * or an email address's deliverability record (keyed by its blind index): gets the data keys
   * (`kms:Decrypt` on the customer-data key, and `DATA_KEYS_SOURCE`), loaded before each invocation
   * (`loadDataKeys`). Every email sender needs it (the suppression check).
   */
  customerData: boolean;
}

export interface FunctionSpec {
  /** Path of the handler module from the repository root; it exports `handler`. */
  entry: string;
  description: string;
  timeoutSeconds: number;
  memoryMb: number;
  access: FunctionAccess;
  routes?: RouteSpec[];
  /**
   * Answers every request no route matches: the HTTP API's `$default` route in AWS, the local
   * gateway's fallback locally (one function in the manifest has it).
   */
  defaultRoute?: { throttle: RouteSpec['throttle'] };
  queue?: QueueTrigger;
  schedules?: ScheduleTrigger[];
}

export const queues = {
  /** A ticket was accepted (public or staff intake): acknowledge the customer and route it to triage. */
  'ticket-accepted': { maxReceiveCount: 5, visibilityTimeoutSeconds: 180, dlqRetentionDays: 14 },
  /** Work handed from one group to the next (assessment, dispatch, visit scheduled, job signed off): emails. */
  'work-handoffs': { maxReceiveCount: 5, visibilityTimeoutSeconds: 180, dlqRetentionDays: 14 },
  /** A job was signed off: the repair report (PDF) by email (a queue of its own: its sender carries the PDF library). */
  'repair-reports': { maxReceiveCount: 5, visibilityTimeoutSeconds: 180, dlqRetentionDays: 14 },
  /**
   * A ticket was followed up (survey answered or phone outcome recorded): its statement can be computed.
   * Also carries `ticket.completed` (sign-off, remote confirmation) for a statement at completion, if so configured.
   */
  'ticket-followed-up': { maxReceiveCount: 5, visibilityTimeoutSeconds: 180, dlqRetentionDays: 14 },
  /** Letters to customers approved by the manager (investigation outcomes). */
  'customer-notices': { maxReceiveCount: 5, visibilityTimeoutSeconds: 180, dlqRetentionDays: 14 },
  /** Settlement facts to email: disputed, invoice requested or issued. */
  'settlement-mail': { maxReceiveCount: 5, visibilityTimeoutSeconds: 180, dlqRetentionDays: 14 },
  /** A statement issued or revised: it goes with its PDF to the customer and to finance (its sender carries the PDF library). */
  'statements-issued': { maxReceiveCount: 5, visibilityTimeoutSeconds: 180, dlqRetentionDays: 14 },
  /** A calendar was saved: recompute the deadlines of the open timers that count time in it. */
  'calendar-changed': { maxReceiveCount: 5, visibilityTimeoutSeconds: 1800, dlqRetentionDays: 14 },
  /** A quarter's scorecards signed off: each staff member's own scorecard by email. */
  'people-mail': { maxReceiveCount: 5, visibilityTimeoutSeconds: 360, dlqRetentionDays: 14 },
  /** SES bounces and complaints (EventBridge events of the configuration set): mark the address, open a call task. */
  'mail-events': { maxReceiveCount: 5, visibilityTimeoutSeconds: 180, dlqRetentionDays: 14, fedBy: 'ses-events' },
  /** Purchasing facts to email: a purchase order ordered goes to its supplier with its lines as CSV. */
  'parts-mail': { maxReceiveCount: 5, visibilityTimeoutSeconds: 180, dlqRetentionDays: 14 },
} as const satisfies Record<string, QueueSpec>;

export type QueueName = keyof typeof queues;
// `@__PURE__`: a bundle that never reads these tables may drop them (a handler carries its own entry only).
export const QUEUE_NAMES = /* @__PURE__ */ Object.keys(queues) as QueueName[];
/** The queues the transactional outbox feeds (one pipe each in AWS, the stream forwarder locally). */
export const OUTBOX_QUEUE_NAMES = /* @__PURE__ */ QUEUE_NAMES.filter((name) => (queues[name] as QueueSpec).fedBy !== 'ses-events');

/** The API's OpenAPI document: a static file built with the web app (scripts/build-web.ts), served beside the routes. */
export const OPENAPI_PATH = '/v1/openapi.json';

const PUBLIC_THROTTLE = { rate: 20, burst: 40 };
const STAFF_THROTTLE = { rate: 50, burst: 100 };

export const intakePublicApi = {
  entry: 'functions/intake/public-api.ts',
  description: 'Public intake: report a fault, read a ticket by signed link, health',
  timeoutSeconds: 10,
  memoryMb: 512,
  access: { table: 'readWrite', sendsEmail: false, signsLinks: true, customerData: true },
  routes: [
    { method: 'POST', path: '/v1/tickets', auth: 'public', throttle: PUBLIC_THROTTLE },
    { method: 'GET', path: '/v1/tickets/{id}', auth: 'public', throttle: PUBLIC_THROTTLE },
    { method: 'GET', path: '/v1/health', auth: 'public', throttle: PUBLIC_THROTTLE },
  ],
} as const satisfies FunctionSpec;

export const intakeStaffApi = {
  entry: 'functions/intake/staff-api.ts',
  description: 'Staff intake: record a phone/email/chat report, list and read tickets',
  timeoutSeconds: 10,
  memoryMb: 512,
  access: { table: 'readWrite', sendsEmail: false, signsLinks: true, customerData: true },
  routes: [
    { method: 'POST', path: '/v1/staff/tickets', auth: 'staff', roles: ['customer_service'], throttle: STAFF_THROTTLE },
    { method: 'GET', path: '/v1/staff/tickets', auth: 'staff', roles: ['customer_service', 'tech_support', 'finance', 'technician'], throttle: STAFF_THROTTLE },
    { method: 'GET', path: '/v1/staff/tickets/{id}', auth: 'staff', roles: ['customer_service', 'tech_support', 'finance'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/tickets/{id}/contact', auth: 'staff', roles: ['customer_service'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/tickets/{id}/triage', auth: 'staff', roles: ['customer_service'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/tickets/{id}/re-triage', auth: 'staff', roles: ['manager'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/tickets/{id}/remote-resolution/confirm', auth: 'staff', roles: ['customer_service'], throttle: STAFF_THROTTLE },
    { method: 'PATCH', path: '/v1/staff/tickets/{id}', auth: 'staff', roles: ['customer_service', 'tech_support'], throttle: STAFF_THROTTLE },
    { method: 'GET', path: '/v1/staff/mail-tasks', auth: 'staff', roles: ['customer_service'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/mail-tasks/{taskId}/close', auth: 'staff', roles: ['customer_service'], throttle: STAFF_THROTTLE },
  ],
} as const satisfies FunctionSpec;

export const intakeMailEvents = {
  entry: 'functions/intake/mail-events.ts',
  description: 'Queue step: an email bounced or was marked as spam: mark the address, stop sending to it, open a call task',
  timeoutSeconds: 30,
  memoryMb: 512,
  access: { table: 'readWrite', sendsEmail: false, signsLinks: false, customerData: true },
  queue: { queue: 'mail-events', batchSize: 10, maxBatchingWindowSeconds: 1, maxConcurrency: 2 },
} as const satisfies FunctionSpec;

export const intakeAcknowledge = {
  entry: 'functions/intake/acknowledge.ts',
  description: 'Queue step: acknowledgement email to the customer (once), then route the ticket to triage',
  timeoutSeconds: 30,
  memoryMb: 512,
  access: { table: 'readWrite', sendsEmail: true, signsLinks: true, customerData: true },
  queue: { queue: 'ticket-accepted', batchSize: 10, maxBatchingWindowSeconds: 1, maxConcurrency: 2 },
} as const satisfies FunctionSpec;

export const dispatchStaffApi = {
  entry: 'functions/dispatch/staff-api.ts',
  description: 'Assessment by technical support; proposing technicians, scheduling, rescheduling, cancelling visits',
  timeoutSeconds: 15,
  memoryMb: 512,
  access: { table: 'readWrite', sendsEmail: false, signsLinks: false, customerData: true },
  routes: [
    { method: 'POST', path: '/v1/staff/tickets/{id}/assessment', auth: 'staff', roles: ['tech_support'], throttle: STAFF_THROTTLE },
    { method: 'GET', path: '/v1/staff/tickets/{id}/candidates', auth: 'staff', roles: ['technician'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/tickets/{id}/schedule', auth: 'staff', roles: ['technician'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/jobs/{jobId}/reschedule', auth: 'staff', roles: ['technician'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/jobs/{jobId}/cancel', auth: 'staff', roles: ['technician'], throttle: STAFF_THROTTLE },
  ],
} as const satisfies FunctionSpec;

export const dispatchTechnicianApi = {
  entry: 'functions/dispatch/technician-api.ts',
  description: "The technician's visit: own jobs, safety check, check-in, work, parts used, customer sign-off",
  timeoutSeconds: 15,
  memoryMb: 512,
  access: { table: 'readWrite', sendsEmail: false, signsLinks: false, customerData: true },
  routes: [
    { method: 'GET', path: '/v1/staff/jobs', auth: 'staff', roles: ['technician'], throttle: STAFF_THROTTLE },
    { method: 'GET', path: '/v1/staff/jobs/{jobId}', auth: 'staff', roles: ['technician'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/jobs/{jobId}/safety-check', auth: 'staff', roles: ['technician'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/jobs/{jobId}/check-in', auth: 'staff', roles: ['technician'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/jobs/{jobId}/work', auth: 'staff', roles: ['technician'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/jobs/{jobId}/parts', auth: 'staff', roles: ['technician'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/jobs/{jobId}/sign-off', auth: 'staff', roles: ['technician'], throttle: STAFF_THROTTLE },
  ],
} as const satisfies FunctionSpec;

export const dispatchCatalogApi = {
  entry: 'functions/dispatch/catalog-api.ts',
  description: 'Parts catalog, stock per location, issue register; staff records with technician profiles',
  timeoutSeconds: 10,
  memoryMb: 512,
  access: { table: 'readWrite', sendsEmail: false, signsLinks: false, customerData: false, managesStaffIdentities: true },
  routes: [
    { method: 'GET', path: '/v1/staff/parts', auth: 'staff', roles: ['tech_support', 'technician', 'customer_service', 'finance'], throttle: STAFF_THROTTLE },
    { method: 'PUT', path: '/v1/staff/parts/{sku}', auth: 'staff', roles: ['tech_support'], throttle: STAFF_THROTTLE },
    { method: 'GET', path: '/v1/staff/parts/{sku}/issue-register', auth: 'staff', roles: ['tech_support', 'finance'], throttle: STAFF_THROTTLE },
    { method: 'GET', path: '/v1/staff/stock/{location}', auth: 'staff', roles: ['tech_support', 'technician'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/stock/{location}/{sku}/adjust', auth: 'staff', roles: ['tech_support'], throttle: STAFF_THROTTLE },
    { method: 'GET', path: '/v1/staff/members', auth: 'staff', roles: ['customer_service', 'tech_support', 'technician'], throttle: STAFF_THROTTLE },
    { method: 'PUT', path: '/v1/staff/members/{staffId}', auth: 'staff', roles: ['manager'], throttle: STAFF_THROTTLE },
  ],
} as const satisfies FunctionSpec;

export const partsStaffApi = {
  entry: 'functions/parts/staff-api.ts',
  description: 'Stock ledger, suppliers, purchase orders and approval, receiving inspection, supplier returns, transfers, stocktakes, the procurement plan',
  timeoutSeconds: 15,
  memoryMb: 512,
  access: { table: 'readWrite', sendsEmail: false, signsLinks: false, customerData: false },
  routes: [
    { method: 'GET', path: '/v1/staff/parts/{sku}/ledger', auth: 'staff', roles: ['tech_support', 'finance', 'technician'], throttle: STAFF_THROTTLE },
    { method: 'GET', path: '/v1/staff/parts-settings', auth: 'staff', roles: ['tech_support', 'finance'], throttle: STAFF_THROTTLE },
    { method: 'PUT', path: '/v1/staff/parts-settings', auth: 'staff', roles: ['manager'], throttle: STAFF_THROTTLE },
    { method: 'GET', path: '/v1/staff/suppliers', auth: 'staff', roles: ['tech_support', 'finance'], throttle: STAFF_THROTTLE },
    { method: 'PUT', path: '/v1/staff/suppliers/{supplierId}', auth: 'staff', roles: ['tech_support'], throttle: STAFF_THROTTLE },
    { method: 'GET', path: '/v1/staff/procurement-plan', auth: 'staff', roles: ['tech_support', 'finance'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/procurement-plan/orders', auth: 'staff', roles: ['tech_support'], throttle: STAFF_THROTTLE },
    { method: 'GET', path: '/v1/staff/purchase-orders', auth: 'staff', roles: ['tech_support', 'finance'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/purchase-orders', auth: 'staff', roles: ['tech_support'], throttle: STAFF_THROTTLE },
    { method: 'GET', path: '/v1/staff/purchase-orders/{orderId}', auth: 'staff', roles: ['tech_support', 'finance'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/purchase-orders/{orderId}/submit', auth: 'staff', roles: ['tech_support'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/purchase-orders/{orderId}/approve', auth: 'staff', roles: ['manager'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/purchase-orders/{orderId}/close', auth: 'staff', roles: ['tech_support'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/purchase-orders/{orderId}/cancel', auth: 'staff', roles: ['tech_support'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/purchase-orders/{orderId}/receipts', auth: 'staff', roles: ['tech_support'], throttle: STAFF_THROTTLE },
    { method: 'GET', path: '/v1/staff/supplier-returns', auth: 'staff', roles: ['tech_support', 'finance'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/supplier-returns', auth: 'staff', roles: ['tech_support'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/supplier-returns/{returnId}/ship', auth: 'staff', roles: ['tech_support'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/supplier-returns/{returnId}/close', auth: 'staff', roles: ['tech_support'], throttle: STAFF_THROTTLE },
    { method: 'GET', path: '/v1/staff/transfers', auth: 'staff', roles: ['tech_support', 'finance', 'technician'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/transfers', auth: 'staff', roles: ['tech_support'], throttle: STAFF_THROTTLE },
    { method: 'GET', path: '/v1/staff/stocktakes', auth: 'staff', roles: ['tech_support', 'finance'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/stocktakes', auth: 'staff', roles: ['tech_support'], throttle: STAFF_THROTTLE },
    { method: 'GET', path: '/v1/staff/stocktakes/{stocktakeId}', auth: 'staff', roles: ['tech_support', 'finance'], throttle: STAFF_THROTTLE },
    { method: 'PUT', path: '/v1/staff/stocktakes/{stocktakeId}/counts', auth: 'staff', roles: ['tech_support'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/stocktakes/{stocktakeId}/approve', auth: 'staff', roles: ['manager'], throttle: STAFF_THROTTLE },
  ],
} as const satisfies FunctionSpec;

export const partsNotify = {
  entry: 'functions/parts/notify.ts',
  description: 'Queue step: an ordered purchase order goes to its supplier by email (zh-CN, lines as CSV), once',
  timeoutSeconds: 30,
  memoryMb: 512,
  access: { table: 'readWrite', sendsEmail: true, signsLinks: false, customerData: true },
  queue: { queue: 'parts-mail', batchSize: 10, maxBatchingWindowSeconds: 1, maxConcurrency: 2 },
} as const satisfies FunctionSpec;

export const partsReorderWatch = {
  entry: 'functions/parts/reorder-watch.ts',
  description: 'Daily reorder check: email the purchasing owner once each time a part falls below its reorder point',
  timeoutSeconds: 120,
  memoryMb: 512,
  access: { table: 'readWrite', sendsEmail: true, signsLinks: false, customerData: true },
  // 08:00 in Shanghai, before the working day's purchasing.
  schedules: [{ name: 'parts-reorder-watch', expression: 'cron(0 8 * * ? *)', timezone: 'Asia/Shanghai' }],
} as const satisfies FunctionSpec;

export const dispatchNotify = {
  entry: 'functions/dispatch/notify.ts',
  description: 'Queue step: hand-offs between the groups become emails (support, dispatch, job sheet, visit confirmation)',
  timeoutSeconds: 30,
  memoryMb: 512,
  access: { table: 'readWrite', sendsEmail: true, signsLinks: false, customerData: true },
  queue: { queue: 'work-handoffs', batchSize: 10, maxBatchingWindowSeconds: 1, maxConcurrency: 2 },
} as const satisfies FunctionSpec;

export const dispatchReportMail = {
  entry: 'functions/dispatch/report-mail.ts',
  description: 'Queue step: the repair report of a signed-off job, as a PDF, to customer service and the customer; each once',
  timeoutSeconds: 30,
  memoryMb: 512,
  access: { table: 'readWrite', sendsEmail: true, signsLinks: false, customerData: true },
  queue: { queue: 'repair-reports', batchSize: 10, maxBatchingWindowSeconds: 1, maxConcurrency: 2 },
} as const satisfies FunctionSpec;

export const dispatchDocumentsApi = {
  entry: 'functions/dispatch/documents-api.ts',
  description: 'The repair report (维修服务报告) as a PDF, for staff and through the signed status link',
  timeoutSeconds: 15,
  memoryMb: 512,
  access: { table: 'readWrite', sendsEmail: false, signsLinks: true, customerData: true },
  routes: [
    { method: 'GET', path: '/v1/tickets/{id}/repair-report.pdf', auth: 'public', throttle: PUBLIC_THROTTLE },
    { method: 'GET', path: '/v1/staff/jobs/{jobId}/repair-report.pdf', auth: 'staff', roles: ['technician', 'customer_service', 'tech_support'], throttle: STAFF_THROTTLE },
  ],
} as const satisfies FunctionSpec;

export const followupPublicApi = {
  entry: 'functions/followup/public-api.ts',
  description: "The customer's satisfaction survey behind its signed link (answerable once); a complaint filed from the status page",
  timeoutSeconds: 10,
  memoryMb: 512,
  access: { table: 'readWrite', sendsEmail: false, signsLinks: true, customerData: true },
  routes: [
    { method: 'GET', path: '/v1/surveys/{id}', auth: 'public', throttle: PUBLIC_THROTTLE },
    { method: 'POST', path: '/v1/surveys/{id}', auth: 'public', throttle: PUBLIC_THROTTLE },
    { method: 'POST', path: '/v1/tickets/{id}/complaints', auth: 'public', throttle: PUBLIC_THROTTLE },
  ],
} as const satisfies FunctionSpec;

export const followupStaffApi = {
  entry: 'functions/followup/staff-api.ts',
  description: 'Call tasks and phone follow-up outcomes, complaints, investigations, quality figures',
  timeoutSeconds: 15,
  memoryMb: 512,
  access: { table: 'readWrite', sendsEmail: false, signsLinks: true, customerData: true },
  routes: [
    { method: 'GET', path: '/v1/staff/follow-ups', auth: 'staff', roles: ['customer_service'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/tickets/{id}/follow-up', auth: 'staff', roles: ['customer_service'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/tickets/{id}/complaints', auth: 'staff', roles: ['customer_service'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/tickets/{id}/rework-judgement', auth: 'staff', roles: ['technician', 'tech_support'], throttle: STAFF_THROTTLE },
    { method: 'GET', path: '/v1/staff/investigations', auth: 'staff', roles: ['customer_service'], throttle: STAFF_THROTTLE },
    { method: 'GET', path: '/v1/staff/investigations/{investigationId}', auth: 'staff', roles: ['customer_service'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/investigations/{investigationId}/analysis', auth: 'staff', roles: ['manager'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/investigations/{investigationId}/outcome', auth: 'staff', roles: ['customer_service'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/investigations/{investigationId}/approve', auth: 'staff', roles: ['manager'], throttle: STAFF_THROTTLE },
    { method: 'GET', path: '/v1/staff/quality', auth: 'staff', roles: ['customer_service', 'tech_support'], throttle: STAFF_THROTTLE },
  ],
} as const satisfies FunctionSpec;

export const followupSweep = {
  entry: 'functions/followup/sweep.ts',
  description: 'Follow-up watch: due satisfaction surveys (once), call tasks for unanswered ones',
  timeoutSeconds: 60,
  memoryMb: 512,
  access: { table: 'readWrite', sendsEmail: true, signsLinks: true, customerData: true },
  schedules: [{ name: 'followup-sweep', expression: 'rate(5 minutes)' }],
} as const satisfies FunctionSpec;

export const followupNotify = {
  entry: 'functions/followup/notify.ts',
  description: 'Queue step: investigation outcome letters approved by the manager go to the customer once',
  timeoutSeconds: 30,
  memoryMb: 512,
  access: { table: 'readWrite', sendsEmail: true, signsLinks: false, customerData: true },
  queue: { queue: 'customer-notices', batchSize: 10, maxBatchingWindowSeconds: 1, maxConcurrency: 2 },
} as const satisfies FunctionSpec;

export const settlementStatement = {
  entry: 'functions/settlement/statement.ts',
  description: 'Queue step: the statement of a followed-up (or, if configured, completed) ticket, once; then its emails',
  timeoutSeconds: 30,
  memoryMb: 512,
  access: { table: 'readWrite', sendsEmail: false, signsLinks: false, customerData: true },
  queue: { queue: 'ticket-followed-up', batchSize: 10, maxBatchingWindowSeconds: 1, maxConcurrency: 2 },
} as const satisfies FunctionSpec;

export const settlementNotify = {
  entry: 'functions/settlement/notify.ts',
  description: 'Queue step: disputes to customer service, invoice emails; each once',
  timeoutSeconds: 30,
  memoryMb: 512,
  access: { table: 'readWrite', sendsEmail: true, signsLinks: false, customerData: true },
  queue: { queue: 'settlement-mail', batchSize: 10, maxBatchingWindowSeconds: 1, maxConcurrency: 2 },
} as const satisfies FunctionSpec;

export const settlementStatementMail = {
  entry: 'functions/settlement/statement-mail.ts',
  description: 'Queue step: an issued or revised statement, its PDF attached, to the customer (with the signed link) and to finance (with the CSV); each once',
  timeoutSeconds: 30,
  memoryMb: 512,
  access: { table: 'readWrite', sendsEmail: true, signsLinks: true, customerData: true },
  queue: { queue: 'statements-issued', batchSize: 10, maxBatchingWindowSeconds: 1, maxConcurrency: 2 },
} as const satisfies FunctionSpec;

export const settlementPublicApi = {
  entry: 'functions/settlement/public-api.ts',
  description: "The customer's statement by signed link: read (also as PDF), confirm, dispute, request an invoice",
  timeoutSeconds: 10,
  memoryMb: 512,
  access: { table: 'readWrite', sendsEmail: false, signsLinks: true, customerData: true },
  routes: [
    { method: 'GET', path: '/v1/statements/{id}', auth: 'public', throttle: PUBLIC_THROTTLE },
    { method: 'POST', path: '/v1/statements/{id}/confirm', auth: 'public', throttle: PUBLIC_THROTTLE },
    { method: 'POST', path: '/v1/statements/{id}/dispute', auth: 'public', throttle: PUBLIC_THROTTLE },
    { method: 'POST', path: '/v1/statements/{id}/invoice-request', auth: 'public', throttle: PUBLIC_THROTTLE },
  ],
} as const satisfies FunctionSpec;

export const settlementStaffApi = {
  entry: 'functions/settlement/staff-api.ts',
  description: 'Fee schedule, statements, revisions, payments, invoices, device coverage',
  timeoutSeconds: 15,
  memoryMb: 512,
  access: { table: 'readWrite', sendsEmail: false, signsLinks: true, customerData: true },
  routes: [
    { method: 'GET', path: '/v1/staff/settlement/fee-schedule', auth: 'staff', roles: ['customer_service', 'tech_support', 'technician', 'finance'], throttle: STAFF_THROTTLE },
    { method: 'PUT', path: '/v1/staff/settlement/fee-schedule', auth: 'staff', roles: ['manager'], throttle: STAFF_THROTTLE },
    { method: 'GET', path: '/v1/staff/statements', auth: 'staff', roles: ['customer_service', 'finance'], throttle: STAFF_THROTTLE },
    { method: 'GET', path: '/v1/staff/statements/{statementId}', auth: 'staff', roles: ['customer_service', 'finance'], throttle: STAFF_THROTTLE },
    { method: 'GET', path: '/v1/staff/tickets/{id}/statement', auth: 'staff', roles: ['customer_service', 'finance'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/statements/{statementId}/confirm', auth: 'staff', roles: ['customer_service'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/statements/{statementId}/revisions', auth: 'staff', roles: ['customer_service'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/statements/{statementId}/payments', auth: 'staff', roles: ['customer_service', 'finance'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/statements/{statementId}/invoice-request', auth: 'staff', roles: ['customer_service', 'finance'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/statements/{statementId}/invoice', auth: 'staff', roles: ['finance'], throttle: STAFF_THROTTLE },
    { method: 'GET', path: '/v1/staff/devices/{system}/{serial}/coverage', auth: 'staff', roles: ['customer_service', 'tech_support', 'technician', 'finance'], throttle: STAFF_THROTTLE },
    { method: 'PUT', path: '/v1/staff/devices/{system}/{serial}/coverage', auth: 'staff', roles: ['customer_service'], throttle: STAFF_THROTTLE },
  ],
} as const satisfies FunctionSpec;

export const settlementDocumentsApi = {
  entry: 'functions/settlement/documents-api.ts',
  description: 'The statement (结算单) as a PDF, for customer service and finance and through its signed link',
  timeoutSeconds: 15,
  memoryMb: 512,
  access: { table: 'read', sendsEmail: false, signsLinks: true, customerData: true },
  routes: [
    { method: 'GET', path: '/v1/statements/{id}/pdf', auth: 'public', throttle: PUBLIC_THROTTLE },
    { method: 'GET', path: '/v1/staff/statements/{statementId}/pdf', auth: 'staff', roles: ['customer_service', 'finance'], throttle: STAFF_THROTTLE },
  ],
} as const satisfies FunctionSpec;

export const settlementDigest = {
  entry: 'functions/settlement/digest.ts',
  description: "Finance's monthly digest on the 1st (Asia/Shanghai): statements, confirmations, payments, open disputes as CSV, once",
  timeoutSeconds: 120,
  memoryMb: 512,
  access: { table: 'readWrite', sendsEmail: true, signsLinks: false, customerData: true },
  // 00:05 on the 1st in Shanghai; a missed month is caught up by the next run (lib/settlement/usecases/digest.ts).
  schedules: [{ name: 'settlement-monthly-digest', expression: 'cron(5 0 1 * ? *)', timezone: 'Asia/Shanghai' }],
} as const satisfies FunctionSpec;

export const slaStaffApi = {
  entry: 'functions/sla/staff-api.ts',
  description: 'SLA staff API: service standards, calendars, the SLA board, pause/resume/exempt a ticket timer',
  timeoutSeconds: 10,
  memoryMb: 512,
  access: { table: 'readWrite', sendsEmail: false, signsLinks: false, customerData: false },
  routes: [
    { method: 'GET', path: '/v1/staff/sla/standards', auth: 'staff', roles: ['customer_service', 'tech_support', 'technician', 'finance'], throttle: STAFF_THROTTLE },
    { method: 'PUT', path: '/v1/staff/sla/standards', auth: 'staff', roles: ['manager'], throttle: STAFF_THROTTLE },
    { method: 'GET', path: '/v1/staff/sla/board', auth: 'staff', roles: ['customer_service', 'tech_support'], throttle: STAFF_THROTTLE },
    { method: 'GET', path: '/v1/staff/calendars', auth: 'staff', roles: ['customer_service', 'tech_support', 'technician', 'finance'], throttle: STAFF_THROTTLE },
    { method: 'GET', path: '/v1/staff/calendars/{calendarId}', auth: 'staff', roles: ['customer_service', 'tech_support', 'technician', 'finance'], throttle: STAFF_THROTTLE },
    { method: 'PUT', path: '/v1/staff/calendars/{calendarId}', auth: 'staff', roles: ['manager'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/tickets/{id}/timers/{kind}/pause', auth: 'staff', roles: ['customer_service', 'tech_support'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/tickets/{id}/timers/{kind}/resume', auth: 'staff', roles: ['customer_service', 'tech_support'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/tickets/{id}/timers/{kind}/exemption', auth: 'staff', roles: ['customer_service'], throttle: STAFF_THROTTLE },
  ],
} as const satisfies FunctionSpec;

export const slaSweep = {
  entry: 'functions/sla/sweep.ts',
  description: 'Breach watch: warning at 80% of an SLA timer, breach at its deadline, each email once',
  timeoutSeconds: 60,
  memoryMb: 512,
  access: { table: 'readWrite', sendsEmail: true, signsLinks: false, customerData: true },
  schedules: [{ name: 'sla-sweep', expression: 'rate(1 minute)' }],
} as const satisfies FunctionSpec;

export const slaRecompute = {
  entry: 'functions/sla/recompute.ts',
  description: 'Queue step: recompute the deadlines of open timers after a calendar change',
  timeoutSeconds: 300,
  memoryMb: 512,
  access: { table: 'readWrite', sendsEmail: false, signsLinks: false, customerData: false },
  queue: { queue: 'calendar-changed', batchSize: 1, maxBatchingWindowSeconds: 0, maxConcurrency: 2 },
} as const satisfies FunctionSpec;

export const peopleStaffApi = {
  entry: 'functions/people/staff-api.ts',
  description: "People: the manager's team page, each person's own page, certificates, training sessions and exams, the tool register, quarterly scorecards",
  timeoutSeconds: 15,
  memoryMb: 512,
  access: { table: 'readWrite', sendsEmail: false, signsLinks: false, customerData: false },
  routes: [
    { method: 'GET', path: '/v1/staff/people/me', auth: 'staff', roles: ['customer_service', 'tech_support', 'technician', 'finance'], throttle: STAFF_THROTTLE },
    { method: 'GET', path: '/v1/staff/people/team', auth: 'staff', roles: ['manager'], throttle: STAFF_THROTTLE },
    { method: 'GET', path: '/v1/staff/people/settings', auth: 'staff', roles: ['manager'], throttle: STAFF_THROTTLE },
    { method: 'PUT', path: '/v1/staff/people/settings', auth: 'staff', roles: ['manager'], throttle: STAFF_THROTTLE },
    { method: 'GET', path: '/v1/staff/people/{staffId}', auth: 'staff', roles: ['manager'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/people/{staffId}/certificates', auth: 'staff', roles: ['manager'], throttle: STAFF_THROTTLE },
    { method: 'PUT', path: '/v1/staff/people/{staffId}/certificates/{certId}', auth: 'staff', roles: ['manager'], throttle: STAFF_THROTTLE },
    { method: 'GET', path: '/v1/staff/training', auth: 'staff', roles: ['manager'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/training/sessions', auth: 'staff', roles: ['manager'], throttle: STAFF_THROTTLE },
    { method: 'PUT', path: '/v1/staff/training/sessions/{sessionId}/results', auth: 'staff', roles: ['manager'], throttle: STAFF_THROTTLE },
    { method: 'GET', path: '/v1/staff/tools', auth: 'staff', roles: ['tech_support'], throttle: STAFF_THROTTLE },
    { method: 'GET', path: '/v1/staff/tools/{assetNo}', auth: 'staff', roles: ['tech_support', 'technician'], throttle: STAFF_THROTTLE },
    { method: 'PUT', path: '/v1/staff/tools/{assetNo}', auth: 'staff', roles: ['tech_support'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/tools/{assetNo}/inspections', auth: 'staff', roles: ['tech_support'], throttle: STAFF_THROTTLE },
    { method: 'GET', path: '/v1/staff/scorecards', auth: 'staff', roles: ['manager'], throttle: STAFF_THROTTLE },
    { method: 'GET', path: '/v1/staff/scorecards/config', auth: 'staff', roles: ['manager'], throttle: STAFF_THROTTLE },
    { method: 'PUT', path: '/v1/staff/scorecards/config', auth: 'staff', roles: ['manager'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/scorecards/{quarter}/adjustments/{staffId}', auth: 'staff', roles: ['manager'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/scorecards/{quarter}/sign-off', auth: 'staff', roles: ['manager'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/people/{staffId}/assessments', auth: 'staff', roles: ['manager'], throttle: STAFF_THROTTLE },
  ],
} as const satisfies FunctionSpec;

export const peopleNotify = {
  entry: 'functions/people/notify.ts',
  description: 'Queue step: after the manager signs a quarter off, each staff member gets their own scorecard by email, once',
  timeoutSeconds: 60,
  memoryMb: 512,
  access: { table: 'readWrite', sendsEmail: true, signsLinks: false, customerData: true },
  queue: { queue: 'people-mail', batchSize: 1, maxBatchingWindowSeconds: 0, maxConcurrency: 2 },
} as const satisfies FunctionSpec;

export const peopleSweep = {
  entry: 'functions/people/sweep.ts',
  description: "People watch: certificate expiry reminders (30 and 7 days before), tools overdue for inspection, the quarter's draft scorecards to the manager; each email once",
  timeoutSeconds: 60,
  memoryMb: 512,
  access: { table: 'readWrite', sendsEmail: true, signsLinks: false, customerData: true },
  // 08:00 every day in Shanghai: reminders arrive at the start of the working day.
  schedules: [{ name: 'people-sweep', expression: 'cron(0 8 * * ? *)', timezone: 'Asia/Shanghai' }],
} as const satisfies FunctionSpec;

export const privacyStaffApi = {
  entry: 'functions/privacy/staff-api.ts',
  description: "Confidentiality: customers' rights requests (export, correction, erasure), the access log of personal data, retention settings",
  timeoutSeconds: 29,
  memoryMb: 512,
  access: { table: 'readWrite', sendsEmail: true, signsLinks: false, customerData: true },
  routes: [
    { method: 'GET', path: '/v1/staff/privacy/access-log', auth: 'staff', roles: ['manager'], throttle: STAFF_THROTTLE },
    { method: 'GET', path: '/v1/staff/privacy/requests', auth: 'staff', roles: ['customer_service'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/privacy/requests', auth: 'staff', roles: ['customer_service'], throttle: STAFF_THROTTLE },
    { method: 'GET', path: '/v1/staff/privacy/requests/{requestId}', auth: 'staff', roles: ['customer_service'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/privacy/requests/{requestId}/export', auth: 'staff', roles: ['manager'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/privacy/requests/{requestId}/correction', auth: 'staff', roles: ['manager'], throttle: STAFF_THROTTLE },
    { method: 'POST', path: '/v1/staff/privacy/requests/{requestId}/erasure', auth: 'staff', roles: ['manager'], throttle: STAFF_THROTTLE },
    { method: 'GET', path: '/v1/staff/privacy/settings', auth: 'staff', roles: ['manager'], throttle: STAFF_THROTTLE },
    { method: 'PUT', path: '/v1/staff/privacy/settings', auth: 'staff', roles: ['manager'], throttle: STAFF_THROTTLE },
  ],
} as const satisfies FunctionSpec;

export const privacyRetention = {
  entry: 'functions/privacy/retention.ts',
  description: 'Erasure by age: contact data of closed and cancelled tickets a retention period (default 3 years) after they ended',
  timeoutSeconds: 300,
  memoryMb: 512,
  access: { table: 'readWrite', sendsEmail: false, signsLinks: false, customerData: true },
  // 03:00 every day in Shanghai: outside working hours.
  schedules: [{ name: 'privacy-retention', expression: 'cron(0 3 * * ? *)', timezone: 'Asia/Shanghai' }],
} as const satisfies FunctionSpec;

export const platformUnmatched = {
  entry: 'functions/platform/unmatched.ts',
  description: 'Requests no route takes: 405 with Allow for a known path with another method, 400 for a malformed path, 404 otherwise',
  timeoutSeconds: 3,
  memoryMb: 256,
  access: { table: 'none', sendsEmail: false, signsLinks: false, customerData: false },
  defaultRoute: { throttle: PUBLIC_THROTTLE },
} as const satisfies FunctionSpec;

/**
 * Every function by name. A handler imports its own entry (`partsStaffApi`), not this table, so its
 * bundle carries its own manifest entry only (esbuild drops the others); infra, the local runtime
 * and the tests read the whole table.
 */
export const functions = {
  'intake-public-api': intakePublicApi,
  'intake-staff-api': intakeStaffApi,
  'intake-mail-events': intakeMailEvents,
  'intake-acknowledge': intakeAcknowledge,
  'dispatch-staff-api': dispatchStaffApi,
  'dispatch-technician-api': dispatchTechnicianApi,
  'dispatch-catalog-api': dispatchCatalogApi,
  'parts-staff-api': partsStaffApi,
  'parts-notify': partsNotify,
  'parts-reorder-watch': partsReorderWatch,
  'dispatch-notify': dispatchNotify,
  'dispatch-report-mail': dispatchReportMail,
  'dispatch-documents-api': dispatchDocumentsApi,
  'followup-public-api': followupPublicApi,
  'followup-staff-api': followupStaffApi,
  'followup-sweep': followupSweep,
  'followup-notify': followupNotify,
  'settlement-statement': settlementStatement,
  'settlement-notify': settlementNotify,
  'settlement-statement-mail': settlementStatementMail,
  'settlement-public-api': settlementPublicApi,
  'settlement-staff-api': settlementStaffApi,
  'settlement-documents-api': settlementDocumentsApi,
  'settlement-digest': settlementDigest,
  'sla-staff-api': slaStaffApi,
  'sla-sweep': slaSweep,
  'sla-recompute': slaRecompute,
  'people-staff-api': peopleStaffApi,
  'people-notify': peopleNotify,
  'people-sweep': peopleSweep,
  'privacy-staff-api': privacyStaffApi,
  'privacy-retention': privacyRetention,
  'platform-unmatched': platformUnmatched,
} as const satisfies Record<string, FunctionSpec>;

export type FunctionName = keyof typeof functions;
export const FUNCTION_NAMES = /* @__PURE__ */ Object.keys(functions) as FunctionName[];

export function functionSpec(name: FunctionName): FunctionSpec {
  return functions[name];
}

/** The function of the `$default` route (the one with `defaultRoute`). */
export function defaultRouteFunction(): FunctionName {
  const [name, ...others] = FUNCTION_NAMES.filter((candidate) => (functionSpec(candidate) as FunctionSpec).defaultRoute);
  if (!name || others.length) throw new Error('The manifest needs exactly one function with defaultRoute');
  return name;
}

export function routeKey(route: Pick<RouteSpec, 'method' | 'path'>): string {
  return `${route.method} ${route.path}`;
}

/** The roles of a staff route (undefined for a public one or a path not in the manifest). */
export function routeRoles(key: string): readonly StaffRole[] | undefined {
  return allRoutes().find((route) => routeKey(route) === key)?.roles;
}

export function allRoutes(): Array<RouteSpec & { functionName: FunctionName }> {
  return FUNCTION_NAMES.flatMap((functionName) =>
    (functionSpec(functionName).routes ?? []).map((route) => ({ ...route, functionName })),
  );
}

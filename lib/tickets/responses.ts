/**
 * 工单 API 的响应结构（OpenAPI 文档由此生成；处理函数只以类型引用它们，不打进函数包）。
 * Response schemas of the ticket API: the OpenAPI document publishes them (lib/openapi.ts) and the
 * handlers answer through them as types only (`typedResponse<typeof schema>`), so they stay out of
 * the function bundles. Responses are open objects: a client reads the fields it knows and ignores
 * the others (fields are added, never removed or retyped, within /v1).
 */
import * as z from 'zod';
import { CHANNELS, LOCALES, SYSTEM_TYPES, TICKET_STATUSES, URGENCIES } from './domain/ticket.ts';

export const createdTicketSchema = z
  .object({
    id: z.uuid(),
    number: z.string().meta({ example: '20261127-0007' }),
    status: z.enum(TICKET_STATUSES),
    statusUrl: z.url(),
  })
  .meta({ id: 'CreatedTicket' });

export const publicTicketViewSchema = z
  .object({
    number: z.string(),
    status: z.enum(TICKET_STATUSES),
    statusLabel: z.string(),
    urgency: z.enum(URGENCIES),
    system: z.enum(SYSTEM_TYPES),
    reportedAt: z.iso.datetime(),
    milestones: z.array(z.object({ at: z.iso.datetime(), type: z.string(), label: z.string() })),
    nextStep: z.string(),
    appointment: z.object({ from: z.iso.datetime(), to: z.iso.datetime() }).optional(),
    promises: z.array(
      z.object({
        kind: z.string(),
        label: z.string(),
        state: z.enum(['pending', 'kept', 'late', 'waived']),
        stateLabel: z.string(),
        dueAt: z.iso.datetime().optional(),
        newExpectedAt: z.iso.datetime().optional(),
        note: z.string().optional(),
      }),
    ),
    /** The complaints the customer filed from the status page, each with where it stands and, once approved, the reply. */
    complaints: z.array(
      z.object({
        investigationId: z.uuid(),
        filedAt: z.iso.datetime(),
        complaint: z.string(),
        status: z.enum(['open', 'outcome_pending_approval', 'closed']),
        statusLabel: z.string(),
        reply: z.string().optional(),
      }),
    ),
  })
  .meta({ id: 'PublicTicketView' });

const instant = z.iso.datetime({ offset: true });

export const contactPersonSchema = z.object({ name: z.string().optional(), phone: z.string().optional(), email: z.string().optional(), organisation: z.string().optional() }).meta({
  description: "The customer's contact data as far as the caller's role needs it (need-to-know): fields the role may not see are absent or replaced by a mask",
});

/** The site as far as need-to-know lets the caller see it (its name, a place, stays for everyone who sees the ticket). */
export const siteViewSchema = z.object({ address: z.string().optional(), name: z.string().optional(), contactName: z.string().optional(), contactPhone: z.string().optional() });

/** The technical assessment as recorded (FLOW-2): what technical support sent, with who and when. */
export const ticketAssessmentSchema = z
  .object({
    diagnosis: z.string(),
    repairPlan: z.string(),
    technicalMeasures: z.string(),
    toolsNeeded: z.array(z.string()),
    toolKinds: z.array(z.string()).optional().meta({ description: 'Registered tool kinds the job needs (SAFE-3); absent on assessments recorded before the tool register' }),
    partsNeeded: z.array(z.object({ sku: z.string(), quantity: z.number().int() })),
    skillRequired: z.enum(SYSTEM_TYPES),
    complexity: z.enum(['simple', 'complex']),
    estimatedMinutes: z.number().int(),
    onSite: z.boolean(),
    requiresWorkAtHeight: z.boolean(),
    requiresElectrician: z.boolean(),
    remoteInstructions: z.string().optional(),
    by: z.string(),
    at: instant,
  })
  .meta({ id: 'TicketAssessment' });

/** A suspected repeat failure within the repair warranty (STD-4b), linked to the earlier repair, with its judgements. */
export const reworkSchema = z
  .object({
    ofTicketId: z.uuid(),
    ofTicketNumber: z.string(),
    repairedAt: instant,
    repairQuarter: z.string().optional().meta({ description: 'The quarter (Asia/Shanghai) of the earlier repair', example: '2026-Q4' }),
    judgement: z.enum(['suspected', 'confirmed', 'rejected']).optional().meta({ description: 'Absent: recorded before judgements existed, when every rework was free' }),
    decisions: z
      .array(z.object({ decision: z.enum(['confirmed', 'rejected']), reason: z.string(), by: z.string(), at: instant, override: z.boolean().meta({ description: 'The manager changed an earlier decision' }) }))
      .optional(),
  })
  .meta({ id: 'Rework' });

/** A ticket as staff see it (`GET /v1/staff/tickets/{id}`, lists, every staff action that answers a ticket). */
export const staffTicketSchema = z
  .object({
    id: z.uuid(),
    number: z.string().meta({ example: '20261127-0007' }),
    status: z.enum(TICKET_STATUSES),
    urgency: z.enum(URGENCIES),
    channel: z.enum(CHANNELS),
    locale: z.enum(LOCALES),
    customer: contactPersonSchema.optional(),
    site: siteViewSchema.optional(),
    device: z.object({ system: z.enum(SYSTEM_TYPES), model: z.string().optional(), serial: z.string().optional(), location: z.string().optional() }),
    symptom: z.string().optional(),
    preferredContactTime: z.string().optional(),
    privacyNotice: z.object({ version: z.string(), acceptedAt: instant }).optional().meta({ description: 'The privacy notice the reporter acknowledged when reporting' }),
    createdAt: instant,
    updatedAt: instant,
    createdBy: z.string().optional().meta({ description: 'Staff id when customer service recorded the report' }),
    contactedBy: z.string().optional().meta({ description: 'Who recorded the first contact: the customer-service agent the ticket counts for' }),
    acknowledgedAt: instant.optional().meta({ description: 'When the acknowledgement went out (the ticket page only)' }),
    emailUndeliverable: z
      .object({ address: z.string().optional().meta({ description: 'The address that bounced, when the role may see the customer\'s email (need-to-know)' }), problem: z.enum(['bounce', 'complaint']), at: instant, taskId: z.string().meta({ description: "Customer service's call task about it" }) })
      .optional()
      .meta({ description: "The customer's email bounced or was marked as spam (the ticket page only)" }),
    triage: z.object({ classification: z.enum(['simple', 'complex']), notes: z.string(), by: z.string(), at: instant }).optional(),
    assessment: ticketAssessmentSchema.optional(),
    remoteResolution: z
      .object({ solution: z.string(), guidance: z.string(), confirmedAt: instant.optional(), confirmedBy: z.string().optional(), customerConfirmation: z.string().optional() })
      .optional()
      .meta({ description: 'The remote fix customer service gave, and the customer\'s confirmation once it works' }),
    rework: reworkSchema.optional(),
    freeOfCharge: z.boolean().optional().meta({ description: 'No fee is charged (a confirmed rework)' }),
    currentJobId: z.string().optional(),
    jobIds: z.array(z.string()).optional().meta({ description: 'Every visit so far' }),
    appointment: z.object({ from: instant, to: instant }).optional(),
    completedAt: instant.optional(),
    calendarId: z.string().optional().meta({ description: "The site's business calendar for SLA working time; the configured default when absent" }),
    erasedAt: instant.optional().meta({ description: "The customer's personal data was erased: the contact fields hold a pseudonym" }),
    version: z.number().int(),
  })
  .meta({ id: 'Ticket' });

export const ticketEventSchema = z
  .object({
    eventId: z.string(),
    at: instant,
    type: z.string(),
    actor: z.string(),
    fromStatus: z.enum(TICKET_STATUSES).optional(),
    toStatus: z.enum(TICKET_STATUSES).optional(),
    data: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({ id: 'TicketEvent' });

/** `{ ticket }`: what every staff action on a ticket answers. */
export const ticketResponseSchema = z.object({ ticket: staffTicketSchema }).meta({ id: 'TicketResponse' });

export const ticketListSchema = z
  .object({ items: z.array(staffTicketSchema), cursor: z.string().optional().meta({ description: 'Pass as `cursor` for the next page; absent on the last page' }) })
  .meta({ id: 'TicketList' });

export const healthSchema = z.object({ status: z.literal('ok') }).meta({ id: 'Health' });

/** Fields an error may carry beside code, message and fields, by the code that sets them. */
export const ERROR_DETAIL_FIELDS = {
  currentStatus: { schema: z.string(), codes: ['invalid_transition'], description: "The ticket's status when the action was refused" },
  statementStatus: { schema: z.string(), codes: ['statement_state'], description: "The statement's status when the action was refused" },
  currentRevision: { schema: z.number().int(), codes: ['statement_revision_stale'], description: 'The revision in force; act on it instead' },
  outstandingFen: { schema: z.number().int(), codes: ['payment_exceeds_outstanding'], description: 'What is still to pay, in fen' },
  technicianId: { schema: z.string(), codes: ['technician_not_eligible'], description: 'The technician refused' },
  reasons: { schema: z.array(z.object({ code: z.string() })), codes: ['technician_not_eligible'], description: 'Why the technician is not eligible (codes as in the candidates list)' },
  sku: { schema: z.string(), codes: ['part_not_designated', 'insufficient_stock', 'supplier_not_approved'], description: 'The part concerned' },
  location: { schema: z.string(), codes: ['insufficient_stock'], description: 'The stock location concerned' },
  supplierId: { schema: z.string(), codes: ['supplier_not_approved'], description: 'The supplier concerned' },
  reason: { schema: z.string(), codes: ['supplier_not_approved'], description: 'Why the supplier may not supply the part' },
  state: { schema: z.string(), codes: ['document_state'], description: "The purchasing document's state" },
  timerState: { schema: z.string(), codes: ['timer_state'], description: "The timer's state" },
  dueAt: { schema: z.string(), codes: ['exemption_too_late'], description: "The timer's deadline" },
  allow: { schema: z.array(z.string()), codes: ['method_not_allowed'], description: 'The methods the path has (also in the `Allow` header)' },
} as const;

/**
 * Every error body: `{ error: { code, message, fields?, ...details } }`. Open: the details an error
 * code carries (ERROR_DETAIL_FIELDS) are typed here, and a client must accept fields it does not know.
 */
export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string().meta({ description: 'Stable machine-readable code (the list with statuses is in the description of this schema)', example: 'validation_failed' }),
      message: z.string().meta({ description: "For people, in the request's locale (Accept-Language or the body's locale): zh-CN or en", example: '请求数据有误，请检查标注的字段' }),
      fields: z
        .array(z.object({ path: z.string().meta({ example: 'customer.phone' }), message: z.string().meta({ example: '电话号码格式不正确（中国大陆手机号或 +国家码 格式）' }) }))
        .optional()
        .meta({ description: 'validation_failed: one entry per field that is wrong' }),
      ...Object.fromEntries(Object.entries(ERROR_DETAIL_FIELDS).map(([name, field]) => [name, field.schema.optional().meta({ description: `${field.codes.join(', ')}: ${field.description}` })])),
    }),
  })
  .meta({ id: 'Error' });

/**
 * Request and response schemas of the ticket API. The same schemas validate requests and generate
 * the OpenAPI document (lib/openapi.ts), so the two cannot disagree.
 */
import * as z from 'zod';
import { CHANNELS, LOCALES, SYSTEM_TYPES, TICKET_STATUSES, URGENCIES } from './domain/ticket.ts';
import { normalisePhone } from './domain/phone.ts';
import { PRIVACY_NOTICE_VERSION, PRIVACY_NOTICE_VERSIONS } from './domain/privacy-notice.ts';

export const MAX_BODY_BYTES = 16 * 1024;

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional().transform((v) => (v === '' ? undefined : v));

export const phoneSchema = z
  .string()
  .max(32)
  .transform((value, ctx) => {
    const normalised = normalisePhone(value);
    if (!normalised) {
      ctx.addIssue({ code: 'custom', params: { key: 'invalid_phone' }, message: 'invalid phone' });
      return z.NEVER;
    }
    return normalised;
  })
  .meta({
    description: 'Mainland China mobile (e.g. 138 1234 5678) or E.164 (+8613812345678); stored as E.164. Spaces, dashes and brackets are ignored; the pattern gives the plain forms',
    example: '13812345678',
    // What normalisePhone accepts, without the separators it ignores ("" is not a phone).
    pattern: '^(?:(?:\\+86|0086|86)?1[3-9][0-9]{9}|(?:\\+|00)[1-9][0-9]{6,14})$',
  });

export const customerSchema = z.strictObject({
  name: text(100),
  phone: phoneSchema,
  email: z.email().max(254).optional(),
  organisation: optionalText(200),
});

export const siteSchema = z.strictObject({
  address: text(500),
  name: optionalText(200),
  contactName: optionalText(100),
  contactPhone: phoneSchema.optional(),
});

export const deviceSchema = z.strictObject({
  system: z.enum(SYSTEM_TYPES),
  model: optionalText(100),
  serial: optionalText(100),
  location: optionalText(200).meta({ description: 'Where in the building, e.g. "B1 car park, entrance 2"' }),
});

const reportFields = {
  customer: customerSchema,
  site: siteSchema,
  device: deviceSchema,
  symptom: text(4000),
  urgency: z.enum(URGENCIES).default('general'),
  preferredContactTime: optionalText(200),
  locale: z.enum(LOCALES).default('zh-CN'),
};

/**
 * The reporter's acknowledgement of the privacy notice (lib/tickets/domain/privacy-notice.ts), recorded
 * on the ticket as a fact. Optional on the API (integrations and older clients report without it; the
 * phone channel is recorded by staff); the public report page always sends it.
 */
const privacyFields = {
  privacyNoticeAccepted: z.literal(true).optional().meta({ description: 'The reporter read the privacy notice and agreed (only `true` is accepted)' }),
  privacyNoticeVersion: z.enum(PRIVACY_NOTICE_VERSIONS).optional().meta({ description: 'The version of the notice shown; the current one when absent', example: PRIVACY_NOTICE_VERSION }),
};

/** `POST /v1/tickets`: a customer reports a fault. Unknown fields are refused. */
export const publicReportSchema = z.strictObject({ ...reportFields, ...privacyFields }).meta({ id: 'FaultReport' });

/** The public report page's form: the same report, with the acknowledgement ticked (a field message otherwise). */
export const reportPageSchema = z.strictObject({
  ...reportFields,
  ...privacyFields,
  privacyNoticeAccepted: z.unknown().refine((value) => value === true, { params: { key: 'privacy_notice_required' } }),
});

/** `POST /v1/staff/tickets`: customer service records a report taken by phone, email or chat. */
export const staffReportSchema = z
  .strictObject({ ...reportFields, channel: z.enum(CHANNELS).exclude(['api', 'follow_up']) })
  .meta({ id: 'StaffFaultReport' });

export type PublicReport = z.output<typeof publicReportSchema>;
export type StaffReport = z.output<typeof staffReportSchema>;

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

export const ticketIdParamSchema = z.uuid();
export const statusTokenQuerySchema = z.strictObject({ t: z.string().min(1).max(200) });

/**
 * `GET /v1/staff/tickets`: a status list (`status`, paged), or a customer's tickets by phone (`phone`,
 * normalised to E.164 and found through the customer index; newest first, the first `limit`).
 */
export const staffListQuerySchema = z
  .strictObject({
    status: z.enum(TICKET_STATUSES).optional(),
    phone: phoneSchema.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: z.string().max(200).optional(),
    order: z.enum(['newest', 'oldest']).default('newest'),
  })
  .superRefine((query, ctx) => {
    if ((query.status === undefined) === (query.phone === undefined)) ctx.addIssue({ code: 'custom', path: ['status'], params: { key: 'required' }, message: 'status or phone (one of them)' });
  });

/**
 * Responses are open objects: a client reads the fields it knows and ignores the others (fields are
 * added, never removed or retyped, within /v1). The handlers answer through these schemas
 * (`typedResponse`), so the document describes what they send.
 */
const instant = z.iso.datetime({ offset: true });

const contactPerson = z.object({ name: z.string().optional(), phone: z.string().optional(), email: z.string().optional(), organisation: z.string().optional() }).meta({
  description: "The customer's contact data as far as the caller's role needs it (need-to-know): fields the role may not see are absent or replaced by a mask",
});

/** A ticket as staff see it (`GET /v1/staff/tickets/{id}`, lists, every staff action that answers a ticket). */
export const staffTicketSchema = z
  .object({
    id: z.uuid(),
    number: z.string().meta({ example: '20261127-0007' }),
    status: z.enum(TICKET_STATUSES),
    urgency: z.enum(URGENCIES),
    channel: z.enum(CHANNELS),
    locale: z.enum(LOCALES),
    customer: contactPerson.optional(),
    site: z.object({ address: z.string().optional(), name: z.string().optional(), contactName: z.string().optional(), contactPhone: z.string().optional() }).optional(),
    device: z.object({ system: z.enum(SYSTEM_TYPES), model: z.string().optional(), serial: z.string().optional(), location: z.string().optional() }),
    symptom: z.string().optional(),
    createdAt: instant,
    updatedAt: instant,
    triage: z.object({ classification: z.enum(['simple', 'complex']), notes: z.string(), by: z.string(), at: instant }).optional(),
    assessment: z.object({ complexity: z.enum(['simple', 'complex']), onSite: z.boolean(), estimatedMinutes: z.number() }).optional(),
    currentJobId: z.string().optional(),
    appointment: z.object({ from: instant, to: instant }).optional(),
    completedAt: instant.optional(),
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

export const ticketDetailSchema = z
  .object({
    ticket: staffTicketSchema,
    events: z.array(ticketEventSchema),
    timers: z.array(z.object({ kind: z.string(), state: z.string() })),
    statusUrl: z.url().meta({ description: "A fresh signed status link to give the customer" }),
  })
  .meta({ id: 'TicketDetail' });

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

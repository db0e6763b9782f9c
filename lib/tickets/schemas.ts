/**
 * Request schemas of the ticket API. The same schemas validate requests and generate the OpenAPI
 * document (lib/openapi.ts), so the two cannot disagree; the responses are in responses.ts.
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

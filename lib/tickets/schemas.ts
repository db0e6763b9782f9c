/**
 * Request schemas of the ticket API. The same schemas validate requests and generate the OpenAPI
 * document (lib/openapi.ts), so the two cannot disagree; the responses are in responses.ts.
 */
import * as z from 'zod/mini';
import { meta } from '../platform/schema-meta.ts';
import { CHANNELS, LOCALES, type Channel, SYSTEM_TYPES, TICKET_STATUSES, URGENCIES } from './domain/ticket.ts';
import { normalisePhone } from './domain/phone.ts';
import { PRIVACY_NOTICE_VERSION, PRIVACY_NOTICE_VERSIONS } from './domain/privacy-notice.ts';

// An exported schema that calls more than zod's constructors (a check, `.apply(meta())`, a helper) is
// built inside a /* @__PURE__ */ arrow, so that a function's bundle keeps only the schemas it uses
// (lib/platform/schema-meta.ts says why).

export const MAX_BODY_BYTES = 16 * 1024;

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const optionalText = (max: number) => z.pipe(z.optional(z.string().check(z.trim(), z.maxLength(max))), z.transform((v) => (v === '' ? undefined : v)));

export const phoneSchema = /* @__PURE__ */ (() =>
  z
    .pipe(
      z.string().check(z.maxLength(32)),
      z.transform((value: string, payload) => {
        const normalised = normalisePhone(value);
        if (!normalised) {
          payload.issues.push({ code: 'custom', input: value, params: { key: 'invalid_phone' }, message: 'invalid phone' });
          return z.NEVER;
        }
        return normalised;
      }),
    )
    .apply(
      meta({
        description: 'Mainland China mobile (e.g. 138 1234 5678) or E.164 (+8613812345678); stored as E.164. Spaces, dashes and brackets are ignored; the pattern gives the plain forms',
        example: '13812345678',
        // What normalisePhone accepts, without the separators it ignores ("" is not a phone).
        pattern: '^(?:(?:\\+86|0086|86)?1[3-9][0-9]{9}|(?:\\+|00)[1-9][0-9]{6,14})$',
      }),
    ))();

export const customerSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    name: text(100),
    phone: phoneSchema,
    email: z.optional(z.email().check(z.maxLength(254))),
    organisation: optionalText(200),
  }))();

export const siteSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    address: text(500),
    name: optionalText(200),
    contactName: optionalText(100),
    contactPhone: z.optional(phoneSchema),
  }))();

export const deviceSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    system: z.enum(SYSTEM_TYPES),
    model: optionalText(100),
    serial: optionalText(100),
    location: optionalText(200).apply(meta({ description: 'Where in the building, e.g. "B1 car park, entrance 2"' })),
  }))();

const reportFields = {
  customer: customerSchema,
  site: siteSchema,
  device: deviceSchema,
  symptom: text(4000),
  urgency: z._default(z.enum(URGENCIES), 'general'),
  preferredContactTime: optionalText(200),
  locale: z._default(z.enum(LOCALES), 'zh-CN'),
};

/**
 * The reporter's acknowledgement of the privacy notice (lib/tickets/domain/privacy-notice.ts), recorded
 * on the ticket as a fact. Optional on the API (integrations and older clients report without it; the
 * phone channel is recorded by staff); the public report page always sends it.
 */
const privacyFields = {
  privacyNoticeAccepted: z.optional(z.literal(true)).apply(meta({ description: 'The reporter read the privacy notice and agreed (only `true` is accepted)' })),
  privacyNoticeVersion: z.optional(z.enum(PRIVACY_NOTICE_VERSIONS)).apply(meta({ description: 'The version of the notice shown; the current one when absent', example: PRIVACY_NOTICE_VERSION })),
};

/** `POST /v1/tickets`: a customer reports a fault. Unknown fields are refused. */
export const publicReportSchema = /* @__PURE__ */ (() =>
  z.strictObject({ ...reportFields, ...privacyFields }).apply(meta({ id: 'FaultReport' })))();

/** The public report page's form: the same report, with the acknowledgement ticked (a field message otherwise). */
export const reportPageSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    ...reportFields,
    ...privacyFields,
    privacyNoticeAccepted: z.unknown().check(z.refine((value) => value === true, { params: { key: 'privacy_notice_required' } })),
  }))();

/** The channels customer service records a report from: not the API's own, nor the follow-up's. */
const STAFF_CHANNELS = CHANNELS.filter((channel): channel is Exclude<Channel, 'api' | 'follow_up'> => channel !== 'api' && channel !== 'follow_up');

/** `POST /v1/staff/tickets`: customer service records a report taken by phone, email or chat. */
export const staffReportSchema = /* @__PURE__ */ (() =>
  z.strictObject({ ...reportFields, channel: z.enum(STAFF_CHANNELS) }).apply(meta({ id: 'StaffFaultReport' })))();

export type PublicReport = z.output<typeof publicReportSchema>;
export type StaffReport = z.output<typeof staffReportSchema>;

export const ticketIdParamSchema = z.uuid();
export const statusTokenQuerySchema = /* @__PURE__ */ (() =>
  z.strictObject({ t: z.string().check(z.minLength(1), z.maxLength(200)) }))();

/**
 * `GET /v1/staff/tickets`: a status list (`status`, paged), or a customer's tickets by phone (`phone`,
 * normalised to E.164 and found through the customer index; newest first, the first `limit`).
 */
export const staffListQuerySchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      status: z.optional(z.enum(TICKET_STATUSES)),
      phone: z.optional(phoneSchema),
      limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 20),
      cursor: z.optional(z.string().check(z.maxLength(200))),
      order: z._default(z.enum(['newest', 'oldest']), 'newest'),
    })
    .check(
      z.superRefine((query, ctx) => {
        if ((query.status === undefined) === (query.phone === undefined)) ctx.addIssue({ code: 'custom', path: ['status'], params: { key: 'required' }, message: 'status or phone (one of them)' });
      }),
    ))();

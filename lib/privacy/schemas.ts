/** Request schemas of the privacy routes (zod; the web form runs them too). */
import * as z from 'zod/mini';
import { meta } from '../platform/schema-meta.ts';
import { phoneSchema, privacySettingsSchema } from '../tickets/index.ts';
import { RIGHTS_KINDS, VERIFICATION_METHODS } from './domain/rights.ts';

// An exported schema that calls more than zod's constructors (a check, `.apply(meta())`, a helper) is
// built inside a /* @__PURE__ */ arrow, so that a function's bundle keeps only the schemas it uses
// (lib/platform/schema-meta.ts says why).

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const optionalText = (max: number) => z.pipe(z.optional(z.string().check(z.trim(), z.maxLength(max))), z.transform((v) => (v === '' ? undefined : v)));

/** A customer is found by the phone or the email they gave (at least one). */
export const rightsSubjectSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({ phone: z.optional(phoneSchema), email: z.optional(z.email().check(z.maxLength(254), z.toLowerCase())) })
    .check(
      z.superRefine((value, ctx) => {
        if (!value.phone && !value.email) ctx.addIssue({ code: 'custom', path: ['phone'], message: 'required', params: { key: 'phone_or_email' } });
      }),
    ))();

export const rightsRequestSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      kind: z.enum(RIGHTS_KINDS),
      subject: rightsSubjectSchema,
      verification: z.strictObject({ method: z.enum(VERIFICATION_METHODS), note: text(500) }),
    })
    .apply(meta({ id: 'RightsRequest' })))();

export const rightsRequestIdSchema = /* @__PURE__ */ (() =>
  z.string().check(z.regex(/^[0-9a-f-]{36}$/)))();

export const exportDeliverySchema = /* @__PURE__ */ (() =>
  z.strictObject({ delivery: z._default(z.enum(['download', 'email']), 'download') }).apply(meta({ id: 'ExportDelivery' })))();

/** The corrected values; a field left out stays as it is. */
export const correctionSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      customer: z.optional(
        z.strictObject({ name: z.optional(text(100)), phone: z.optional(phoneSchema), email: z.optional(z.email().check(z.maxLength(254))), organisation: optionalText(200) }),
      ),
      site: z.optional(z.strictObject({ address: z.optional(text(500)), contactName: optionalText(100), contactPhone: z.optional(phoneSchema) })),
    })
    .apply(meta({ id: 'PersonalDataCorrection' })))();

export const erasureSchema = /* @__PURE__ */ (() =>
  z.strictObject({ confirm: z.literal(true) }).apply(meta({ id: 'ErasureConfirmation' })))();

export const accessLogQuerySchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      day: z.optional(z.iso.date()),
      staffId: z.optional(z.string().check(z.regex(/^[A-Za-z0-9@._-]{1,128}$/))),
      phone: z.optional(phoneSchema),
      limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(200)), 50),
      cursor: z.optional(z.string().check(z.maxLength(100))),
    })
    .check(
      z.superRefine((value, ctx) => {
        const given = [value.day, value.staffId, value.phone].filter((v) => v !== undefined).length;
        if (given !== 1) ctx.addIssue({ code: 'custom', path: ['day'], message: 'required', params: { key: 'one_of_day_staff_phone' } });
      }),
    ))();

export const rightsListQuerySchema = /* @__PURE__ */ (() =>
  z.strictObject({ month: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}$/))) }))();

export const putPrivacySettingsSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({ settings: privacySettingsSchema, expectedVersion: z.number().check(z.int(), z.minimum(0)) })
    .apply(meta({ id: 'PutPrivacySettings' })))();

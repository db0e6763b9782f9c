/** Request schemas of the privacy routes (zod; the web form runs them too). */
import * as z from 'zod';
import { phoneSchema, privacySettingsSchema } from '../tickets/index.ts';
import { RIGHTS_KINDS, VERIFICATION_METHODS } from './domain/rights.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional().transform((v) => (v === '' ? undefined : v));

/** A customer is found by the phone or the email they gave (at least one). */
export const rightsSubjectSchema = z
  .strictObject({ phone: phoneSchema.optional(), email: z.email().max(254).toLowerCase().optional() })
  .superRefine((value, ctx) => {
    if (!value.phone && !value.email) ctx.addIssue({ code: 'custom', path: ['phone'], message: 'required', params: { key: 'phone_or_email' } });
  });

export const rightsRequestSchema = z
  .strictObject({
    kind: z.enum(RIGHTS_KINDS),
    subject: rightsSubjectSchema,
    verification: z.strictObject({ method: z.enum(VERIFICATION_METHODS), note: text(500) }),
  })
  .meta({ id: 'RightsRequest' });

export const rightsRequestIdSchema = z.string().regex(/^[0-9a-f-]{36}$/);

export const exportDeliverySchema = z.strictObject({ delivery: z.enum(['download', 'email']).default('download') }).meta({ id: 'ExportDelivery' });

/** The corrected values; a field left out stays as it is. */
export const correctionSchema = z
  .strictObject({
    customer: z.strictObject({ name: text(100).optional(), phone: phoneSchema.optional(), email: z.email().max(254).optional(), organisation: optionalText(200) }).optional(),
    site: z.strictObject({ address: text(500).optional(), contactName: optionalText(100), contactPhone: phoneSchema.optional() }).optional(),
  })
  .meta({ id: 'PersonalDataCorrection' });

export const erasureSchema = z.strictObject({ confirm: z.literal(true) }).meta({ id: 'ErasureConfirmation' });

export const accessLogQuerySchema = z
  .strictObject({
    day: z.iso.date().optional(),
    staffId: z.string().regex(/^[A-Za-z0-9@._-]{1,128}$/).optional(),
    phone: phoneSchema.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(100).optional(),
  })
  .superRefine((value, ctx) => {
    const given = [value.day, value.staffId, value.phone].filter((v) => v !== undefined).length;
    if (given !== 1) ctx.addIssue({ code: 'custom', path: ['day'], message: 'required', params: { key: 'one_of_day_staff_phone' } });
  });

export const rightsListQuerySchema = z.strictObject({ month: z.string().regex(/^\d{4}-\d{2}$/).optional() });

export const putPrivacySettingsSchema = z
  .strictObject({ settings: privacySettingsSchema, expectedVersion: z.number().int().min(0) })
  .meta({ id: 'PutPrivacySettings' });

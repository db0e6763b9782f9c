/** Request schemas of the settlement API (public statement page and staff), also the OpenAPI source. */
import * as z from 'zod/mini';
import { meta } from '../platform/schema-meta.ts';
import { feeScheduleSchema } from './domain/fees.ts';
import { INVOICE_TYPES, PAYMENT_METHODS, isValidTaxpayerId } from './domain/statement.ts';
import { SYSTEM_TYPES } from '../tickets/index.ts';

// An exported schema that calls more than zod's constructors (a check, `.apply(meta())`, a helper) is
// built inside a /* @__PURE__ */ arrow, so that a function's bundle keeps only the schemas it uses
// (lib/platform/schema-meta.ts says why).

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const optionalText = (max: number) => z.pipe(z.optional(z.string().check(z.trim(), z.maxLength(max))), z.transform((v) => (v === '' ? undefined : v)));
const localDay = z.iso.date().apply(meta({ description: 'Local date (Asia/Shanghai), YYYY-MM-DD', example: '2026-06-01' }));
const revision = z.number().check(z.int(), z.minimum(1), z.maximum(1000));

export const statementIdParamSchema = z.uuid();
export const statementTokenQuerySchema = /* @__PURE__ */ (() =>
  z.strictObject({ t: z.string().check(z.minLength(1), z.maxLength(200)) }))();

export const confirmStatementSchema = /* @__PURE__ */ (() =>
  z.strictObject({ revision, locale: z.optional(z.enum(['zh-CN', 'en'])) }).apply(meta({ id: 'StatementConfirmation' })))();

export const disputeStatementSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({ revision, reason: text(2000), locale: z.optional(z.enum(['zh-CN', 'en'])) })
    .apply(meta({ id: 'StatementDispute' })))();

export const staffConfirmSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({ revision, note: text(1000).apply(meta({ description: 'How the customer confirmed, e.g. "by phone with Mr Zhang, 10:20"' })) })
    .apply(meta({ id: 'StaffStatementConfirmation' })))();

const taxpayerId = z
  .string()
  .check(z.trim(), z.toUpperCase(), z.refine(isValidTaxpayerId, { params: { key: 'invalid_taxpayer_id' } }))
  .apply(
    meta({
      description: '纳税人识别号: 18-character unified social credit code (GB 32100-2015) with its check character (format `cn-uscc`)',
      example: '91350100M000100Y43',
      format: 'cn-uscc',
      pattern: '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$',
    }),
  );

/** 普通发票 to an organisation or a person; 专用发票 only to an organisation, with address, phone and bank. */
export const invoiceRequestSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      type: z.enum(INVOICE_TYPES).apply(meta({ description: 'normal: 增值税普通发票; special: 增值税专用发票' })),
      titleType: z._default(z.enum(['organisation', 'personal']), 'organisation'),
      title: text(200).apply(meta({ description: '发票抬头' })),
      taxpayerId: z.optional(taxpayerId),
      address: optionalText(300),
      phone: optionalText(40),
      bankName: optionalText(200),
      bankAccount: z.optional(z.string().check(z.trim(), z.regex(/^\d{8,30}$/))),
      email: z.optional(z.email().check(z.maxLength(254))),
      locale: z.optional(z.enum(['zh-CN', 'en'])),
    })
    .check(
      z.superRefine((value, ctx) => {
        const required = (path: string) => ctx.addIssue({ code: 'custom', path: [path], params: { key: 'required' }, message: 'required' });
        if (value.titleType === 'organisation' && !value.taxpayerId) required('taxpayerId');
        if (value.type === 'special') {
          if (value.titleType === 'personal') ctx.addIssue({ code: 'custom', path: ['titleType'], params: { key: 'special_invoice_personal' }, message: 'special needs an organisation' });
          for (const field of ['address', 'phone', 'bankName', 'bankAccount'] as const) if (!value[field]) required(field);
        }
      }),
    )
    .apply(
      meta({
        id: 'InvoiceRequest',
        description: 'An organisation title needs `taxpayerId`; a special invoice (专用发票) needs an organisation title and `taxpayerId`, `address`, `phone`, `bankName`, `bankAccount`.',
        // The superRefine above, said in JSON Schema (zod cannot derive it): the document and the check agree.
        allOf: [
          {
            // titleType defaults to organisation: only a personal title goes without a taxpayer id.
            if: { type: 'object', properties: { titleType: { const: 'personal' } }, required: ['titleType'] },
            else: { type: 'object', properties: { taxpayerId: { type: 'string' } }, required: ['taxpayerId'] },
          },
          {
            if: { type: 'object', properties: { type: { const: 'special' } }, required: ['type'] },
            then: {
              type: 'object',
              required: ['address', 'phone', 'bankName', 'bankAccount'],
              properties: {
                titleType: { const: 'organisation' },
                address: { type: 'string', pattern: '\\S' },
                phone: { type: 'string', pattern: '\\S' },
                bankName: { type: 'string', pattern: '\\S' },
                bankAccount: { type: 'string' },
              },
            },
          },
        ],
      }),
    ))();

/** A discount on a revision: a percentage or an amount, not both. */
const discountSchema = z
  .strictObject({
    percentBasisPoints: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(10_000))).apply(meta({ description: '1000 = 10 %' })),
    amountFen: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(100_000_000))),
    reason: text(500),
  })
  .check(z.refine((d) => (d.percentBasisPoints === undefined) !== (d.amountFen === undefined), { params: { key: 'discount_one_of' } }))
  .apply(
    meta({
      description: 'Either `percentBasisPoints` or `amountFen`, not both',
      oneOf: [
        { type: 'object', properties: { percentBasisPoints: { type: 'integer' } }, required: ['percentBasisPoints'] },
        { type: 'object', properties: { amountFen: { type: 'integer' } }, required: ['amountFen'] },
      ],
    }),
  );

export const revisionSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      expectedRevision: revision,
      reason: text(1000),
      labourMinutes: z.optional(z.array(z.strictObject({ jobId: z.uuid(), minutes: z.number().check(z.int(), z.minimum(0), z.maximum(24 * 60)) })).check(z.maxLength(20))),
      discount: z.optional(z.nullable(discountSchema)).apply(meta({ description: 'Manager only. null removes the discount in force; absent keeps it' })),
    })
    .apply(meta({ id: 'StatementRevision' })))();

export const paymentSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      amountFen: z.number().check(z.int(), z.minimum(1), z.maximum(100_000_000)),
      paidOn: localDay,
      method: z.enum(PAYMENT_METHODS),
      reference: optionalText(100),
    })
    .apply(meta({ id: 'Payment' })))();

export const invoiceIssuedSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      invoiceNumber: z
        .string()
        .check(z.trim(), z.regex(/^\d{8,20}$/))
        .apply(meta({ description: '8-digit (paper) or 20-digit (fully digital) invoice number' })),
      issuedOn: localDay,
    })
    .apply(meta({ id: 'InvoiceIssued' })))();

export const putFeeScheduleSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({ expectedVersion: z.number().check(z.int(), z.minimum(0)), config: feeScheduleSchema })
    .apply(meta({ id: 'FeeScheduleUpdate' })))();

export const statementListQuerySchema = /* @__PURE__ */ (() =>
  z.strictObject({
    month: z.optional(z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/))).apply(meta({ description: 'Local month YYYY-MM (default: this month)' })),
    status: z.optional(z.enum(['disputed'])).apply(meta({ description: 'disputed: the open disputes, whatever their month' })),
  }))();

export const coverageParamsSchema = /* @__PURE__ */ (() =>
  z.strictObject({ system: z.enum(SYSTEM_TYPES), serial: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)) }))();

export const coverageSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      kind: z.enum(['installation_warranty', 'maintenance_contract']),
      reference: text(100),
      validFrom: localDay,
      validUntil: localDay,
      covers: z.strictObject({ labour: z.boolean(), parts: z.boolean(), callOut: z.boolean() }),
    })
    .check(z.refine((c) => c.validFrom <= c.validUntil, { path: ['validUntil'], params: { key: 'window_order' } }))
    .apply(meta({ id: 'DeviceCoverage' })))();

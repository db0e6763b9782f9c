/**
 * 结算的响应结构（OpenAPI 文档由此生成；处理函数只以类型引用，不打进函数包）。
 * Response schemas of the settlement API: the OpenAPI document publishes them
 * (lib/openapi.ts) and the handlers answer through them as types only
 * (`typedResponse<typeof schema>`), so they stay out of the function bundles. Open objects: fields
 * may be added within /v1, never removed or retyped.
 */
import * as z from 'zod';
import { LOCALES, SYSTEM_TYPES } from '../tickets/index.ts';
import { FACT_KINDS, INVOICE_TYPES, PAYMENT_METHODS, STATEMENT_STATUSES } from './domain/statement.ts';
import { LINE_KINDS, WAIVER_REASONS, feeScheduleSchema } from './domain/fees.ts';
import { SKILL_LEVELS } from '../staff/index.ts';

const at = z.iso.datetime({ offset: true });
const fen = z.number().int().meta({ description: 'Amount in fen (1/100 yuan)' });
/** A line as stored with a revision: the inputs of its amount (the customer's wording is `StatementLine`). */
const line = z
  .object({
    kind: z.enum(LINE_KINDS),
    jobId: z.string().optional().meta({ description: 'The visit a labour, call-out or part line belongs to' }),
    technicianName: z.string().optional(),
    skillLevel: z.enum(SKILL_LEVELS).optional(),
    onSiteMinutes: z.number().int().optional().meta({ description: 'Labour: minutes on site, or as corrected by customer service' }),
    billedMinutes: z.number().int().optional(),
    sku: z.string().optional(),
    name: z.string().optional(),
    quantity: z.number().optional(),
    unitFen: z.number().int().optional().meta({ description: 'Unit price (parts), hourly rate (labour), or fee (call-out, remote)' }),
    installedSerial: z.string().optional(),
    removedSerial: z.string().optional(),
    basisPoints: z.number().int().optional().meta({ description: 'Surcharge, discount and tax: the rate' }),
    baseFen: z.number().int().optional().meta({ description: 'Surcharge, discount and tax: the base it applies to' }),
    grossFen: fen.meta({ description: 'Before any waiver' }),
    amountFen: fen.meta({ description: 'What the customer pays for the line (0 when waived, negative for a discount)' }),
    waived: z.enum(WAIVER_REASONS).optional(),
    reason: z.string().optional(),
  })
  .meta({ id: 'StatementLineRecord' });
/** A line as the customer reads it: described in their language, waivers explained. */
const publicLine = z
  .object({
    kind: z.string(),
    description: z.string(),
    quantity: z.number().optional(),
    unitFen: z.number().int().optional(),
    amountFen: z.number().int(),
    waived: z.string().optional(),
    waivedText: z.string().optional(),
    installedSerial: z.string().optional(),
    removedSerial: z.string().optional(),
  })
  .meta({ id: 'StatementLine' });
const device = z.object({ system: z.enum(SYSTEM_TYPES), model: z.string().optional(), serial: z.string().optional() });

/** What the customer sees behind the statement link: no phone, email or address. */
export const publicStatementViewSchema = z
  .object({
    statementId: z.uuid(),
    number: z.string(),
    ticketNumber: z.string(),
    status: z.enum(STATEMENT_STATUSES),
    statusText: z.string(),
    revision: z.number().int(),
    issuedAt: at,
    revisionReason: z.string().optional(),
    customer: z.object({ name: z.string(), organisation: z.string().optional() }),
    site: z.object({ name: z.string() }).optional(),
    device,
    lines: z.array(publicLine),
    subtotalFen: fen,
    discountFen: fen,
    netFen: fen,
    vatBasisPoints: z.number().int(),
    taxFen: fen,
    totalFen: fen,
    paidFen: fen,
    outstandingFen: fen,
    confirmedAt: at.optional(),
    dispute: z.object({ at, reason: z.string() }).optional(),
    invoice: z.object({ type: z.enum(INVOICE_TYPES), title: z.string(), requestedAt: at, invoiceNumber: z.string().optional(), issuedOn: z.iso.date().optional() }).optional(),
    actions: z.object({ confirm: z.boolean(), dispute: z.boolean(), requestInvoice: z.boolean() }).meta({ description: 'What the customer can do next' }),
  })
  .meta({ id: 'PublicStatementView' });

/** The invoice (发票) the customer or customer service asked for: its title and, for a special invoice, the registered details. */
const invoiceRequestSchema = z.object({
  type: z.enum(INVOICE_TYPES),
  titleType: z.enum(['organisation', 'personal']),
  title: z.string().meta({ description: '发票抬头' }),
  taxpayerId: z.string().optional().meta({ description: '纳税人识别号 (unified social credit code)' }),
  address: z.string().optional(),
  phone: z.string().optional(),
  bankName: z.string().optional(),
  bankAccount: z.string().optional(),
  email: z.string().optional().meta({ description: "Where the electronic invoice goes (the customer's email when absent)" }),
  requestedAt: at,
  requestedBy: z.string().meta({ description: '`customer` or a staff id' }),
});

export const statementSchema = z
  .object({
    statementId: z.uuid(),
    number: z.string(),
    ticketId: z.uuid(),
    ticketNumber: z.string(),
    locale: z.enum(LOCALES),
    status: z.enum(STATEMENT_STATUSES),
    revision: z.number().int().meta({ description: 'The revision in force' }),
    feeScheduleVersion: z.number().int(),
    customer: z.object({ name: z.string(), organisation: z.string().optional() }),
    site: z.object({ address: z.string(), name: z.string().optional() }),
    device,
    subtotalFen: fen,
    discountFen: fen,
    taxFen: fen,
    totalFen: fen,
    paidFen: fen,
    payments: z.array(
      z.object({ paymentId: z.string(), amountFen: fen, paidOn: z.iso.date(), method: z.enum(PAYMENT_METHODS), reference: z.string().optional(), recordedAt: at, recordedBy: z.string() }),
    ),
    issuedAt: at,
    revisedAt: at.optional(),
    confirmation: z.object({ revision: z.number().int(), at, by: z.string(), note: z.string().optional() }).optional().meta({ description: 'The customer confirmed this revision (by link, or on the phone with customer service)' }),
    dispute: z.object({ revision: z.number().int(), at, reason: z.string() }).optional().meta({ description: 'The open dispute (a revision clears it)' }),
    invoiceRequest: invoiceRequestSchema.optional(),
    invoice: z.object({ invoiceNumber: z.string(), issuedOn: z.iso.date(), recordedAt: at, recordedBy: z.string() }).optional().meta({ description: 'The invoice issued' }),
    settledAt: at.optional(),
    createdAt: at,
    updatedAt: at,
    version: z.number().int(),
  })
  .meta({ id: 'Statement' });

export const statementRevisionSchema = z
  .object({
    statementId: z.uuid(),
    revision: z.number().int(),
    feeScheduleVersion: z.number().int(),
    issuedAt: at,
    issuedBy: z.string().meta({ description: '`system` for the first computation, the staff id for a revision' }),
    reason: z.string().optional(),
    lines: z.array(line),
    subtotalFen: fen,
    discountFen: fen,
    netFen: fen,
    taxFen: fen,
    totalFen: fen,
    vatBasisPoints: z.number().int(),
    minutesOverride: z.record(z.string(), z.number().int()).optional().meta({ description: 'Corrected on-site minutes by job id' }),
    discount: z
      .discriminatedUnion('kind', [
        z.object({ kind: z.literal('percent'), basisPoints: z.number().int(), reason: z.string(), approvedBy: z.string() }),
        z.object({ kind: z.literal('amount'), amountFen: fen, reason: z.string(), approvedBy: z.string() }),
      ])
      .optional(),
    waivers: z.array(z.enum(WAIVER_REASONS)),
    coverageReference: z.string().optional(),
  })
  .meta({ id: 'StatementRevisionRecord' });

/** A statement with its revisions and facts, and a fresh customer link (every staff statement action answers it). */
export const statementDetailSchema = z
  .object({
    statement: statementSchema,
    revisions: z.array(statementRevisionSchema),
    facts: z.array(
      z.object({
        statementId: z.uuid(),
        factId: z.string(),
        kind: z.enum(FACT_KINDS),
        at,
        by: z.string(),
        statementNumber: z.string(),
        ticketNumber: z.string(),
        customerName: z.string(),
        revision: z.number().int(),
        totalFen: fen,
        data: z.record(z.string(), z.unknown()).optional(),
      }),
    ),
    outstandingFen: fen,
    current: z
      .object({ revision: z.number().int(), lines: z.array(publicLine) })
      .optional()
      .meta({ description: 'The revision in force, its lines worded as the customer reads them (zh-CN)' }),
    customerUrl: z.url(),
    customerUrlExpiresAt: at,
  })
  .meta({ id: 'StatementDetail' });

export const statementListSchema = z
  .object({ month: z.string().optional().meta({ description: 'Absent for the open disputes' }), items: z.array(statementSchema) })
  .meta({ id: 'StatementList' });

/* 收费标准与设备保修 · Fee schedule and device coverage */

const version = z.number().int().meta({ description: 'The version in force; send it as `expectedVersion` to change the schedule' });

/** The fee schedule in force: the stored document over the built-in defaults (version 0 until first saved). */
export const feeScheduleInForceSchema = z
  .object({
    value: feeScheduleSchema,
    version,
    updatedAt: at.optional(),
    updatedBy: z.string().optional().meta({ description: 'Staff id of who saved this version; absent for the defaults' }),
  })
  .meta({ id: 'FeeScheduleInForce' });

export const feeScheduleSavedSchema = z.object({ version }).meta({ id: 'FeeScheduleSaved' });

/** A device's warranty or maintenance contract as recorded (`DeviceCoverage` is what a client sends). */
export const deviceCoverageRecordSchema = z
  .object({
    system: z.enum(SYSTEM_TYPES),
    serial: z.string(),
    kind: z.enum(['installation_warranty', 'maintenance_contract']),
    reference: z.string().meta({ description: 'Contract or warranty reference, shown on the statement' }),
    validFrom: z.iso.date().meta({ description: 'Local date, inclusive' }),
    validUntil: z.iso.date().meta({ description: 'Local date, inclusive' }),
    covers: z.object({ labour: z.boolean(), parts: z.boolean(), callOut: z.boolean() }).meta({ description: 'What a repair inside the validity gets free' }),
    updatedAt: at,
    updatedBy: z.string(),
  })
  .meta({ id: 'DeviceCoverageRecord' });

export const deviceCoverageResponseSchema = z.object({ coverage: deviceCoverageRecordSchema }).meta({ id: 'DeviceCoverageResponse' });

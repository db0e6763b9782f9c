/** Request schemas of suppliers, purchasing, receiving, supplier returns, transfers, stocktakes and the parts settings. */
import * as z from 'zod/mini';
import { meta } from '../platform/schema-meta.ts';

// An exported schema that calls more than zod's constructors (a check, `.apply(meta())`, a helper) is
// built inside a /* @__PURE__ */ arrow, so that a function's bundle keeps only the schemas it uses
// (lib/platform/schema-meta.ts says why).

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const optionalText = (max: number) => z.optional(z.string().check(z.trim(), z.maxLength(max)));
const localDay = z.iso.date();
export const skuSchema = /* @__PURE__ */ (() =>
  z.string().check(z.trim(), z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/)))();
/** `warehouse`, `van-<staff id>` or another store's name. */
export const locationSchema = /* @__PURE__ */ (() =>
  z.string().check(z.trim(), z.regex(/^[a-z0-9][a-z0-9-]{1,60}$/)))();
export const supplierIdSchema = /* @__PURE__ */ (() =>
  z.string().check(z.trim(), z.regex(/^[a-z0-9][a-z0-9-]{1,59}$/)))();
const quantity = z.number().check(z.int(), z.minimum(1), z.maximum(100_000));
const count = z.number().check(z.int(), z.minimum(0), z.maximum(100_000));
const serials = z.optional(z.array(text(100)).check(z.maxLength(500)));

/**
 * Each part (or order line) once per request: two lines of one part would write the same stock
 * item twice in one transaction, which DynamoDB refuses.
 */
function eachOnce<T>(key: (line: T) => string | number) {
  return z.superRefine((lines: T[], ctx) => {
    const seen = new Set<string | number>();
    lines.forEach((line, index) => {
      if (seen.has(key(line))) ctx.addIssue({ code: 'custom', path: [index], params: { key: 'duplicate_line' }, message: 'duplicate line' });
      seen.add(key(line));
    });
  });
}

export const supplierSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      name: text(200),
      contactName: text(100),
      email: z.email(),
      phone: optionalText(32),
      status: z.enum(['approved', 'suspended']),
      qualifications: z.array(z.strictObject({ document: text(200), validUntil: localDay })).check(z.maxLength(20)),
      offers: z
        .array(z.strictObject({ sku: skuSchema, unitPriceFen: z.number().check(z.int(), z.minimum(0), z.maximum(100_000_000)), leadTimeDays: z.number().check(z.int(), z.minimum(0), z.maximum(365)) }))
        .check(z.maxLength(500)),
    })
    .apply(meta({ id: 'Supplier' })))();

export const purchaseOrderDraftSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      supplierId: supplierIdSchema,
      lines: z.array(z.strictObject({ sku: skuSchema, quantity })).check(z.minLength(1), z.maxLength(30), eachOnce((line) => line.sku)),
      expectedBy: z.optional(localDay),
      planMonth: z.optional(z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/))),
    })
    .apply(meta({ id: 'PurchaseOrderDraft' })))();

export const receiptSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      lines: z
        .array(
          z.strictObject({
            line: z.number().check(z.int(), z.minimum(1), z.maximum(30)),
            received: count,
            accepted: count,
            rejected: count,
            rejectReason: optionalText(500),
            serials,
          }),
        )
        .check(
          z.minLength(1),
          z.maxLength(30),
          eachOnce((line) => line.line),
        ),
      note: optionalText(1000),
      /** The order's version the receipt was entered against: a resent receipt then answers 409 and moves nothing. */
      expectedVersion: z.optional(z.number().check(z.int(), z.minimum(1))),
    })
    .apply(meta({ id: 'Receipt' })))();

/** Goods already in stock found nonconforming: back to the supplier of the order they came with (they leave stock now). */
export const supplierReturnOpenSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      purchaseOrderId: z.uuid(),
      sku: skuSchema,
      quantity,
      location: z._default(locationSchema, 'warehouse'),
      reason: text(500),
      serials,
    })
    .apply(meta({ id: 'SupplierReturnFromStock' })))();

export const supplierReturnShipSchema = /* @__PURE__ */ (() =>
  z.strictObject({ note: optionalText(1000) }).apply(meta({ id: 'SupplierReturnShipped' })))();
export const supplierReturnCloseSchema = /* @__PURE__ */ (() =>
  z
    .discriminatedUnion('outcome', [
      z.strictObject({ outcome: z.literal('refund'), note: optionalText(1000) }),
      z.strictObject({ outcome: z.literal('exchange'), replacementAccepted: count, serials, note: optionalText(1000) }),
    ])
    .apply(meta({ id: 'SupplierReturnClosed' })))();

export const transferSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      from: locationSchema,
      to: locationSchema,
      lines: z.array(z.strictObject({ sku: skuSchema, quantity, serials })).check(z.minLength(1), z.maxLength(20), eachOnce((line) => line.sku)),
      reason: optionalText(500),
    })
    .check(z.refine((body) => body.from !== body.to, { path: ['to'], params: { key: 'same_location' } }))
    .apply(meta({ id: 'Transfer' })))();

/** A location, or `all` for one session per location. */
export const stocktakeOpenSchema = /* @__PURE__ */ (() =>
  z.strictObject({ location: locationSchema }).apply(meta({ id: 'StocktakeOpen' })))();
export const stocktakeCountSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      lines: z.array(z.strictObject({ sku: skuSchema, counted: count, serials, reason: optionalText(500) })).check(z.maxLength(500), eachOnce((line) => line.sku)),
    })
    .apply(meta({ id: 'StocktakeCount' })))();

/** The manager's purchasing settings: the approval threshold, who gets reorder alerts, the consumption window. */
export const partsSettingsSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      approvalThresholdFen: z.number().check(z.int(), z.minimum(0), z.maximum(1_000_000_000)),
      purchasingEmail: z.email(),
      consumptionWeeks: z.number().check(z.int(), z.minimum(1), z.maximum(52)),
    })
    .apply(meta({ id: 'PartsSettings' })))();
export type PartsSettings = z.output<typeof partsSettingsSchema>;
export const DEFAULT_PARTS_SETTINGS: PartsSettings = { approvalThresholdFen: 500_000, purchasingEmail: 'purchasing@elv-demo.cn', consumptionWeeks: 8 };

const month = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/));
/** Lists by (Asia/Shanghai) month of creation: transfers, stocktakes; the current month when absent. */
export const monthQuerySchema = z.strictObject({ month: z.optional(month) });
/** Purchase orders by year of creation; the current year when absent. */
export const yearQuerySchema = /* @__PURE__ */ (() =>
  z.strictObject({ year: z.optional(z.string().check(z.regex(/^\d{4}$/))) }))();
export const planOrdersSchema = /* @__PURE__ */ (() =>
  z.strictObject({ month }).apply(meta({ id: 'PlanOrders' })))();

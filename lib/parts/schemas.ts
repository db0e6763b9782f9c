/** Request schemas of suppliers, purchasing, receiving, supplier returns, transfers, stocktakes and the parts settings. */
import * as z from 'zod';

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional();
const localDay = z.iso.date();
export const skuSchema = z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/);
/** `warehouse`, `van-<staff id>` or another store's name. */
export const locationSchema = z.string().trim().regex(/^[a-z0-9][a-z0-9-]{1,60}$/);
export const supplierIdSchema = z.string().trim().regex(/^[a-z0-9][a-z0-9-]{1,59}$/);
const quantity = z.number().int().min(1).max(100_000);
const count = z.number().int().min(0).max(100_000);
const serials = z.array(text(100)).max(500).optional();

/**
 * Each part (or order line) once per request: two lines of one part would write the same stock
 * item twice in one transaction, which DynamoDB refuses.
 */
function eachOnce<T>(key: (line: T) => string | number) {
  return (lines: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string | number>();
    lines.forEach((line, index) => {
      if (seen.has(key(line))) ctx.addIssue({ code: 'custom', path: [index], params: { key: 'duplicate_line' }, message: 'duplicate line' });
      seen.add(key(line));
    });
  };
}

export const supplierSchema = z
  .strictObject({
    name: text(200),
    contactName: text(100),
    email: z.email(),
    phone: optionalText(32),
    status: z.enum(['approved', 'suspended']),
    qualifications: z.array(z.strictObject({ document: text(200), validUntil: localDay })).max(20),
    offers: z.array(z.strictObject({ sku: skuSchema, unitPriceFen: z.number().int().min(0).max(100_000_000), leadTimeDays: z.number().int().min(0).max(365) })).max(500),
  })
  .meta({ id: 'Supplier' });

export const purchaseOrderDraftSchema = z
  .strictObject({
    supplierId: supplierIdSchema,
    lines: z.array(z.strictObject({ sku: skuSchema, quantity })).min(1).max(30).superRefine(eachOnce((line) => line.sku)),
    expectedBy: localDay.optional(),
    planMonth: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).optional(),
  })
  .meta({ id: 'PurchaseOrderDraft' });

export const receiptSchema = z
  .strictObject({
    lines: z
      .array(
        z.strictObject({
          line: z.number().int().min(1).max(30),
          received: count,
          accepted: count,
          rejected: count,
          rejectReason: optionalText(500),
          serials,
        }),
      )
      .min(1)
      .max(30)
      .superRefine(eachOnce((line) => line.line)),
    note: optionalText(1000),
    /** The order's version the receipt was entered against: a resent receipt then answers 409 and moves nothing. */
    expectedVersion: z.number().int().min(1).optional(),
  })
  .meta({ id: 'Receipt' });

/** Goods already in stock found nonconforming: back to the supplier of the order they came with (they leave stock now). */
export const supplierReturnOpenSchema = z
  .strictObject({
    purchaseOrderId: z.uuid(),
    sku: skuSchema,
    quantity,
    location: locationSchema.default('warehouse'),
    reason: text(500),
    serials,
  })
  .meta({ id: 'SupplierReturnFromStock' });

export const supplierReturnShipSchema = z.strictObject({ note: optionalText(1000) }).meta({ id: 'SupplierReturnShipped' });
export const supplierReturnCloseSchema = z
  .discriminatedUnion('outcome', [
    z.strictObject({ outcome: z.literal('refund'), note: optionalText(1000) }),
    z.strictObject({ outcome: z.literal('exchange'), replacementAccepted: count, serials, note: optionalText(1000) }),
  ])
  .meta({ id: 'SupplierReturnClosed' });

export const transferSchema = z
  .strictObject({
    from: locationSchema,
    to: locationSchema,
    lines: z.array(z.strictObject({ sku: skuSchema, quantity, serials })).min(1).max(20).superRefine(eachOnce((line) => line.sku)),
    reason: optionalText(500),
  })
  .refine((body) => body.from !== body.to, { path: ['to'], params: { key: 'same_location' } })
  .meta({ id: 'Transfer' });

/** A location, or `all` for one session per location. */
export const stocktakeOpenSchema = z.strictObject({ location: locationSchema }).meta({ id: 'StocktakeOpen' });
export const stocktakeCountSchema = z
  .strictObject({ lines: z.array(z.strictObject({ sku: skuSchema, counted: count, serials, reason: optionalText(500) })).max(500).superRefine(eachOnce((line) => line.sku)) })
  .meta({ id: 'StocktakeCount' });

/** The manager's purchasing settings: the approval threshold, who gets reorder alerts, the consumption window. */
export const partsSettingsSchema = z
  .strictObject({
    approvalThresholdFen: z.number().int().min(0).max(1_000_000_000),
    purchasingEmail: z.email(),
    consumptionWeeks: z.number().int().min(1).max(52),
  })
  .meta({ id: 'PartsSettings' });
export type PartsSettings = z.output<typeof partsSettingsSchema>;
export const DEFAULT_PARTS_SETTINGS: PartsSettings = { approvalThresholdFen: 500_000, purchasingEmail: 'purchasing@elv-demo.cn', consumptionWeeks: 8 };

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
/** Lists by (Asia/Shanghai) month of creation: transfers, stocktakes; the current month when absent. */
export const monthQuerySchema = z.strictObject({ month: month.optional() });
/** Purchase orders by year of creation; the current year when absent. */
export const yearQuerySchema = z.strictObject({ year: z.string().regex(/^\d{4}$/).optional() });
export const planOrdersSchema = z.strictObject({ month }).meta({ id: 'PlanOrders' });

/**
 * Response schemas of the parts staff API (functions/parts/staff-api.ts): what each route answers,
 * published by the OpenAPI document (lib/openapi.ts). Kept apart from schemas.ts because the
 * functions bundle the request schemas; a handler names these as types only (`typedResponse`).
 * Open objects (the document publishes the input side): fields may be added, never removed.
 */
import * as z from 'zod';
import { DOCUMENT_TYPES, MOVEMENT_KINDS, TRANSFER_KINDS } from './domain/ledger.ts';
import { PURCHASE_ORDER_STATUSES } from './domain/purchasing.ts';
import { partsSettingsSchema } from './schemas.ts';

const instant = z.iso.datetime({ offset: true });
const localDay = z.iso.date();
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const fen = z.number().int();
const units = z.number().int();
const serials = z.array(z.string());

/* The stock ledger */

export const ledgerEntrySchema = z
  .object({
    entryId: z.string(),
    sku: z.string(),
    kind: z.enum(MOVEMENT_KINDS),
    quantity: units.meta({ description: 'Always positive; the direction is `from` → `to`' }),
    from: z.string().optional().meta({ description: 'The location it left; absent when it came from outside (a supplier, an opening balance)' }),
    to: z.string().optional().meta({ description: 'The location it arrived at; absent when it left the company (used on a job, returned to the supplier, written off)' }),
    serials: serials.optional(),
    actor: z.string().meta({ description: 'The staff id of who moved it' }),
    at: instant,
    reason: z.string(),
    document: z.object({ type: z.enum(DOCUMENT_TYPES), id: z.string() }).meta({ description: 'The document the movement belongs to (a purchase order, a transfer, a job, ...)' }),
  })
  .meta({ id: 'LedgerEntry' });

export const partLedgerSchema = z.object({ items: z.array(ledgerEntrySchema).meta({ description: 'Every movement of the part, in time order' }) }).meta({ id: 'PartLedger' });

/* Settings */

export const partsSettingsResponseSchema = z.object({ settings: partsSettingsSchema }).meta({ id: 'PartsSettingsResponse' });

/* Suppliers (PARTS-1) */

export const supplierRecordSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    contactName: z.string(),
    email: z.email(),
    phone: z.string().optional(),
    qualifications: z.array(z.object({ document: z.string(), validUntil: localDay })),
    status: z.enum(['approved', 'suspended']),
    offers: z.array(z.object({ sku: z.string(), unitPriceFen: fen, leadTimeDays: z.number().int() })).meta({ description: 'The designated parts it is qualified to supply, with its price and lead time' }),
  })
  .meta({ id: 'SupplierRecord' });

export const supplierListSchema = z.object({ items: z.array(supplierRecordSchema) }).meta({ id: 'SupplierList' });
export const supplierResponseSchema = z.object({ supplier: supplierRecordSchema }).meta({ id: 'SupplierResponse' });

/* Purchase orders and receiving inspection (PARTS-2) */

const purchaseOrderLineSchema = z.object({
  line: z.number().int(),
  sku: z.string(),
  name: z.string(),
  specification: z.string(),
  unit: z.string(),
  quantity: units,
  unitPriceFen: fen,
  received: units.meta({ description: 'Received so far: accepted + rejected' }),
  accepted: units.meta({ description: 'Accepted into stock so far' }),
  rejected: units.meta({ description: 'Rejected at receiving so far (each rejection opened a supplier return)' }),
  returned: units.optional().meta({ description: 'Accepted units later found nonconforming in stock and returned to the supplier' }),
});

export const purchaseOrderSchema = z
  .object({
    id: z.uuid(),
    number: z.string().meta({ example: 'PO2026-0001' }),
    supplierId: z.string(),
    supplierName: z.string(),
    supplierEmail: z.email(),
    status: z.enum(PURCHASE_ORDER_STATUSES),
    lines: z.array(purchaseOrderLineSchema),
    totalFen: fen,
    expectedBy: localDay.optional(),
    planMonth: month.optional().meta({ description: 'The procurement plan month it was drafted from, when it was' }),
    createdAt: instant,
    createdBy: z.string(),
    submittedAt: instant.optional(),
    approvedAt: instant.optional(),
    approvedBy: z.string().optional(),
    orderedAt: instant.optional(),
    receipts: z.number().int().meta({ description: 'How many receipts were recorded against it' }),
    version: z.number().int(),
  })
  .meta({ id: 'PurchaseOrder' });

export const purchaseOrderResponseSchema = z.object({ order: purchaseOrderSchema }).meta({ id: 'PurchaseOrderResponse' });
export const purchaseOrderListSchema = z.object({ items: z.array(purchaseOrderSchema) }).meta({ id: 'PurchaseOrderList' });

export const goodsReceiptSchema = z
  .object({
    orderId: z.uuid(),
    receipt: z.number().int().meta({ description: "The receipt's number on its order, from 1" }),
    at: instant,
    by: z.string(),
    note: z.string().optional(),
    lines: z.array(
      z.object({
        line: z.number().int(),
        sku: z.string(),
        received: units,
        accepted: units,
        rejected: units,
        rejectReason: z.string().optional(),
        serials: serials.optional(),
        returnId: z.uuid().optional().meta({ description: 'The supplier return its rejected units opened' }),
      }),
    ),
  })
  .meta({ id: 'GoodsReceipt' });

export const supplierReturnSchema = z
  .object({
    id: z.uuid(),
    purchaseOrderId: z.uuid(),
    purchaseOrderNumber: z.string(),
    supplierId: z.string(),
    supplierName: z.string(),
    sku: z.string(),
    quantity: units,
    reason: z.string(),
    status: z.enum(['open', 'shipped', 'closed']),
    openedAt: instant,
    shippedAt: instant.optional(),
    closedAt: instant.optional(),
    outcome: z.enum(['refund', 'exchange']).optional(),
    fromLocation: z.string().optional().meta({ description: 'Taken out of stock at this location (found nonconforming after receiving); absent for goods rejected at receiving' }),
    serials: serials.optional(),
    replacementAccepted: units.optional().meta({ description: 'Exchange: replacement units accepted into the warehouse at closing' }),
    note: z.string().optional(),
    version: z.number().int(),
  })
  .meta({ id: 'SupplierReturn' });

export const purchaseOrderDetailSchema = z
  .object({
    order: purchaseOrderSchema,
    receipts: z.array(goodsReceiptSchema),
    entries: z.array(ledgerEntrySchema).meta({ description: 'The ledger entries of its receipts' }),
  })
  .meta({ id: 'PurchaseOrderDetail' });

export const goodsReceivedSchema = z
  .object({
    order: purchaseOrderSchema,
    receipt: goodsReceiptSchema,
    returns: z.array(supplierReturnSchema).meta({ description: 'The supplier returns its rejected lines opened' }),
  })
  .meta({ id: 'GoodsReceived' });

export const supplierReturnResponseSchema = z.object({ return: supplierReturnSchema }).meta({ id: 'SupplierReturnResponse' });
export const supplierReturnListSchema = z.object({ items: z.array(supplierReturnSchema) }).meta({ id: 'SupplierReturnList' });

/* The procurement plan (PARTS-1) */

export const procurementPlanSchema = z
  .object({
    month,
    weeks: z.number().int().meta({ description: 'The consumption window: average use over this many weeks' }),
    lines: z.array(
      z.object({
        sku: z.string(),
        name: z.string(),
        specification: z.string(),
        unit: z.string(),
        quantity: units.meta({ description: 'Suggested order quantity' }),
        available: z.number().int().meta({ description: 'On hand minus reserved, over every location' }),
        reorderPoint: units,
        consumed: units.meta({ description: 'Used on jobs in the consumption window' }),
        supplierId: z.string().optional().meta({ description: 'The cheapest supplier qualified for the part today; absent when there is none' }),
        supplierName: z.string().optional(),
        unitPriceFen: fen.optional(),
        leadTimeDays: z.number().int().optional(),
        purchaseBy: localDay.meta({ description: 'The day to order so it arrives as the part reaches its reorder point' }),
      }),
    ),
  })
  .meta({ id: 'ProcurementPlan' });

/* Transfers and stocktakes (PARTS-3/4) */

export const stockTransferSchema = z
  .object({
    id: z.uuid(),
    from: z.string(),
    to: z.string(),
    kind: z.enum(TRANSFER_KINDS).meta({ description: 'Warehouse to a van is an issue, van to warehouse a return' }),
    lines: z.array(z.object({ sku: z.string(), quantity: units, serials: serials.optional() })),
    reason: z.string().optional(),
    at: instant,
    by: z.string(),
  })
  .meta({ id: 'StockTransfer' });

export const stockTransferResponseSchema = z.object({ transfer: stockTransferSchema }).meta({ id: 'StockTransferResponse' });
export const stockTransferListSchema = z.object({ items: z.array(stockTransferSchema) }).meta({ id: 'StockTransferList' });

export const stocktakeSchema = z
  .object({
    id: z.uuid(),
    location: z.string(),
    status: z.enum(['counting', 'submitted', 'approving', 'approved']).meta({ description: '`approving`: approved, corrections being written; `approved` once all are' }),
    lines: z.array(
      z.object({
        sku: z.string(),
        name: z.string(),
        bin: z.string().optional(),
        expected: units.meta({ description: 'On hand in the books' }),
        counted: units.optional(),
        serials: serials.optional(),
        reason: z.string().optional().meta({ description: 'Why the count differs from the books' }),
      }),
    ),
    openedAt: instant,
    openedBy: z.string(),
    submittedAt: instant.optional(),
    submittedBy: z.string().optional(),
    approvedAt: instant.optional(),
    approvedBy: z.string().optional(),
    version: z.number().int(),
  })
  .meta({ id: 'Stocktake' });

export const stocktakeResponseSchema = z.object({ stocktake: stocktakeSchema }).meta({ id: 'StocktakeResponse' });
export const stocktakeListSchema = z.object({ items: z.array(stocktakeSchema) }).meta({ id: 'StocktakeList' });
export const stocktakeDetailSchema = z
  .object({ stocktake: stocktakeSchema, entries: z.array(ledgerEntrySchema).meta({ description: 'Its correction entries, one per variance, once approved' }) })
  .meta({ id: 'StocktakeDetail' });

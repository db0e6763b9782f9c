/**
 * Parts staff API: the stock ledger, suppliers, purchase orders with approval, receiving inspection,
 * supplier returns, transfers, stocktakes, the procurement plan and the purchasing settings.
 */
import * as z from 'zod/mini';
import { loadConfig } from '../../lib/platform/config/env.ts';
import { pathId } from '../../lib/platform/http/path-params.ts';
import { createApiHandler, route, typedResponse } from '../../lib/platform/http/api-handler.ts';
import { localDate } from '../../lib/platform/local-date.ts';
import {
  monthQuerySchema,
  partsSettingsSchema,
  planOrdersSchema,
  purchaseOrderDraftSchema,
  receiptSchema,
  skuSchema,
  stocktakeCountSchema,
  stocktakeOpenSchema,
  supplierIdSchema,
  supplierReturnCloseSchema,
  supplierReturnOpenSchema,
  supplierReturnShipSchema,
  supplierSchema,
  transferSchema,
  yearQuerySchema,
} from '../../lib/parts/index.ts';
import { approveOrder, cancelOrder, closeOrder, closeReturn, draftOrder, openReturnFromStock, receiveGoods, requireOrder, saveSupplier, shipReturn, submitOrder } from '../../lib/parts/usecases/purchasing.ts';
import { ordersFromPlan, planFor } from '../../lib/parts/usecases/replenishment.ts';
import { transferStock } from '../../lib/parts/usecases/stock.ts';
import { approveStocktake, openStocktakes, submitCounts } from '../../lib/parts/usecases/stocktake.ts';
import { NotFoundError } from '../../lib/platform/errors.ts';
import { baseAdapters } from '../../lib/composition.ts';
import { partsAdapters } from '../../lib/parts/server.ts';
import { staffAdapters } from '../../lib/staff/server.ts';
import { partsStaffApi } from '../../lib/wiring.ts';
import type {
  goodsReceivedSchema,
  partLedgerSchema,
  partsSettingsResponseSchema,
  procurementPlanSchema,
  purchaseOrderDetailSchema,
  purchaseOrderListSchema,
  purchaseOrderResponseSchema,
  stockTransferListSchema,
  stockTransferResponseSchema,
  stocktakeDetailSchema,
  stocktakeListSchema,
  stocktakeResponseSchema,
  supplierListSchema,
  supplierResponseSchema,
  supplierReturnListSchema,
  supplierReturnResponseSchema,
} from '../../lib/parts/responses.ts';

const base = baseAdapters(loadConfig(partsStaffApi.access));
const deps = { ...base, ...partsAdapters(base), ...staffAdapters(base) };

const id = (raw: string | undefined) => pathId(z.uuid(), raw, 'No such document');
const thisMonth = () => localDate(deps.now()).slice(0, 7);


export const handler = createApiHandler({
  'GET /v1/staff/parts/{sku}/ledger': route({
    handle: async ({ params }) => typedResponse<typeof partLedgerSchema>(200, { items: await deps.parts.ledger(pathId(skuSchema, params.sku, 'No such part')) }),
  }),
  'GET /v1/staff/parts-settings': route({ handle: async () => typedResponse<typeof partsSettingsResponseSchema>(200, { settings: await deps.purchasing.settings() }) }),
  'PUT /v1/staff/parts-settings': route({
    body: partsSettingsSchema,
    handle: async ({ body, user }) => (await deps.purchasing.putSettings(body, user!.id, deps.now()), typedResponse<typeof partsSettingsResponseSchema>(200, { settings: body })),
  }),
  'GET /v1/staff/suppliers': route({ handle: async () => typedResponse<typeof supplierListSchema>(200, { items: await deps.purchasing.listSuppliers() }) }),
  'PUT /v1/staff/suppliers/{supplierId}': route({
    body: supplierSchema,
    handle: async ({ params, body }) => typedResponse<typeof supplierResponseSchema>(200, { supplier: await saveSupplier(deps, { id: pathId(supplierIdSchema, params.supplierId, 'No such supplier'), ...body }) }),
  }),
  'GET /v1/staff/procurement-plan': route({
    handle: async () => typedResponse<typeof procurementPlanSchema>(200, { month: localDate(deps.now()).slice(0, 7), ...(await planFor(deps)) }),
  }),
  'POST /v1/staff/procurement-plan/orders': route({
    body: planOrdersSchema,
    handle: async ({ body, user }) => typedResponse<typeof purchaseOrderListSchema>(201, { items: await ordersFromPlan(deps, body.month, user!) }),
  }),
  'GET /v1/staff/purchase-orders': route({
    query: yearQuerySchema,
    handle: async ({ query }) => typedResponse<typeof purchaseOrderListSchema>(200, { items: await deps.purchasing.listOrders(query.year ?? localDate(deps.now()).slice(0, 4)) }),
  }),
  'POST /v1/staff/purchase-orders': route({
    body: purchaseOrderDraftSchema,
    handle: async ({ body, user }) => typedResponse<typeof purchaseOrderResponseSchema>(201, { order: await draftOrder(deps, body, user!) }),
  }),
  'GET /v1/staff/purchase-orders/{orderId}': route({
    handle: async ({ params }) => {
      const order = await requireOrder(deps, id(params.orderId));
      const [receipts, entries] = await Promise.all([deps.purchasing.receipts(order.id), deps.parts.documentEntries('purchase_order', order.id)]);
      return typedResponse<typeof purchaseOrderDetailSchema>(200, { order, receipts, entries });
    },
  }),
  'POST /v1/staff/purchase-orders/{orderId}/submit': route({ handle: async ({ params }) => typedResponse<typeof purchaseOrderResponseSchema>(200, { order: await submitOrder(deps, id(params.orderId)) }) }),
  'POST /v1/staff/purchase-orders/{orderId}/approve': route({ handle: async ({ params, user }) => typedResponse<typeof purchaseOrderResponseSchema>(200, { order: await approveOrder(deps, id(params.orderId), user!) }) }),
  'POST /v1/staff/purchase-orders/{orderId}/close': route({ handle: async ({ params }) => typedResponse<typeof purchaseOrderResponseSchema>(200, { order: await closeOrder(deps, id(params.orderId)) }) }),
  'POST /v1/staff/purchase-orders/{orderId}/cancel': route({ handle: async ({ params }) => typedResponse<typeof purchaseOrderResponseSchema>(200, { order: await cancelOrder(deps, id(params.orderId)) }) }),
  'POST /v1/staff/purchase-orders/{orderId}/receipts': route({
    body: receiptSchema,
    handle: async ({ params, body, user }) => typedResponse<typeof goodsReceivedSchema>(201, await receiveGoods(deps, id(params.orderId), body, user!)),
  }),
  'GET /v1/staff/supplier-returns': route({ handle: async () => typedResponse<typeof supplierReturnListSchema>(200, { items: await deps.purchasing.openReturns() }) }),
  'POST /v1/staff/supplier-returns': route({
    body: supplierReturnOpenSchema,
    handle: async ({ body, user, header }) => typedResponse<typeof supplierReturnResponseSchema>(201, { return: await openReturnFromStock(deps, body, user!, header('idempotency-key')) }),
  }),
  'POST /v1/staff/supplier-returns/{returnId}/ship': route({
    body: supplierReturnShipSchema,
    handle: async ({ params, body }) => typedResponse<typeof supplierReturnResponseSchema>(200, { return: await shipReturn(deps, id(params.returnId), body) }),
  }),
  'POST /v1/staff/supplier-returns/{returnId}/close': route({
    body: supplierReturnCloseSchema,
    handle: async ({ params, body, user }) => typedResponse<typeof supplierReturnResponseSchema>(200, { return: await closeReturn(deps, id(params.returnId), body, user!) }),
  }),
  'GET /v1/staff/transfers': route({
    query: monthQuerySchema,
    handle: async ({ query }) => typedResponse<typeof stockTransferListSchema>(200, { items: await deps.purchasing.listTransfers(query.month ?? thisMonth()) }),
  }),
  'POST /v1/staff/transfers': route({
    body: transferSchema,
    handle: async ({ body, user, header }) => typedResponse<typeof stockTransferResponseSchema>(201, { transfer: await transferStock(deps, body, user!, header('idempotency-key')) }),
  }),
  'GET /v1/staff/stocktakes': route({
    query: monthQuerySchema,
    handle: async ({ query }) => typedResponse<typeof stocktakeListSchema>(200, { items: await deps.purchasing.listStocktakes(query.month ?? thisMonth()) }),
  }),
  'POST /v1/staff/stocktakes': route({
    body: stocktakeOpenSchema,
    handle: async ({ body, user }) => typedResponse<typeof stocktakeListSchema>(201, { items: await openStocktakes(deps, body.location, user!) }),
  }),
  'GET /v1/staff/stocktakes/{stocktakeId}': route({
    handle: async ({ params }) => {
      const stocktake = await deps.purchasing.getStocktake(id(params.stocktakeId));
      if (!stocktake) throw new NotFoundError('No such stocktake');
      return typedResponse<typeof stocktakeDetailSchema>(200, { stocktake, entries: await deps.parts.documentEntries('stocktake', stocktake.id) });
    },
  }),
  'PUT /v1/staff/stocktakes/{stocktakeId}/counts': route({
    // A whole sheet in one request (up to 500 lines with their serials): beyond the default body limit.
    maxBodyBytes: 512 * 1024,
    body: stocktakeCountSchema,
    handle: async ({ params, body, user }) => typedResponse<typeof stocktakeResponseSchema>(200, { stocktake: await submitCounts(deps, id(params.stocktakeId), body.lines, user!) }),
  }),
  'POST /v1/staff/stocktakes/{stocktakeId}/approve': route({
    handle: async ({ params, user }) => typedResponse<typeof stocktakeResponseSchema>(200, { stocktake: await approveStocktake(deps, id(params.stocktakeId), user!) }),
  }),
}, { spec: partsStaffApi, staffStatus: deps.staffStatus });

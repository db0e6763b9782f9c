/**
 * Qualified suppliers (PARTS-1), purchase orders (drafted by hand or from the plan, approved by the
 * manager above the configured amount, emailed to the supplier once ordered) and receiving
 * inspection (PARTS-2): accepted goods enter the warehouse as ledger entries, rejected goods become
 * supplier returns tracked to closure. Each state change and its stock movements, returns and
 * outbox event are one transaction, conditional on the version read.
 */
import { randomUUID } from 'node:crypto';
import type { StaffUser } from '../../platform/auth/staff-user.ts';
import { IdempotencyConflictError, NotFoundError, ValidationError } from '../../platform/errors.ts';
import { localDate } from '../../platform/local-date.ts';
import type { SendOnce } from '../../platform/mail/send-once.ts';
import { outboxPut } from '../../platform/store/outbox.ts';
import { guard } from '../../platform/store/transact.ts';
import type { Dependencies } from '../../dependencies.ts';
import { WAREHOUSE } from '../../staff/index.ts';
import { DocumentStateError, SupplierNotApprovedError, documentChanged } from '../domain/errors.ts';
import {
  applyReceipt,
  needsApproval,
  orderTotal,
  receiptProblems,
  supplierRefusal,
  type PurchaseOrder,
  type PurchaseOrderStatus,
  type ReceiptLineInput,
  type Supplier,
  type SupplierReturn,
} from '../domain/purchasing.ts';
import { purchaseOrderMail } from '../mail/purchasing.ts';
import type { Receipt } from '../store/purchasing-repository.ts';
import { documentId, entryOf, requirePart } from './stock.ts';

type Deps = Pick<Dependencies, 'parts' | 'purchasing' | 'now' | 'tableName'>;

export async function saveSupplier(deps: Pick<Deps, 'parts' | 'purchasing'>, supplier: Supplier): Promise<Supplier> {
  const parts = await Promise.all(supplier.offers.map((offer) => deps.parts.getPart(offer.sku)));
  const problems = parts.flatMap((part, index) =>
    !part ? [{ path: `offers.${index}.sku`, key: 'unknown_part' }] : !part.designated ? [{ path: `offers.${index}.sku`, key: 'offer_not_designated' }] : [],
  );
  if (problems.length) throw new ValidationError(problems);
  await deps.purchasing.putSupplier(supplier);
  return supplier;
}

export async function requireSupplier(deps: Pick<Deps, 'purchasing'>, id: string, path = 'supplierId'): Promise<Supplier> {
  const supplier = await deps.purchasing.getSupplier(id);
  if (!supplier) throw new ValidationError([{ path, key: 'unknown_supplier' }]);
  return supplier;
}

export async function requireOrder(deps: Pick<Deps, 'purchasing'>, id: string): Promise<PurchaseOrder> {
  const order = await deps.purchasing.getOrder(id);
  if (!order) throw new NotFoundError('No such purchase order');
  return order;
}

function requireStatus(order: PurchaseOrder, allowed: PurchaseOrderStatus[], action: string): void {
  if (!allowed.includes(order.status)) throw new DocumentStateError(order.status, action);
}

/** PARTS-1: every line must be a part this supplier is approved and qualified for today. */
function checkSupplier(supplier: Supplier, skus: string[], today: string): void {
  for (const sku of skus) {
    const refusal = supplierRefusal(supplier, sku, today);
    if (refusal) throw new SupplierNotApprovedError(supplier.id, sku, refusal);
  }
}

export async function draftOrder(
  deps: Deps,
  input: { supplierId: string; lines: Array<{ sku: string; quantity: number }>; expectedBy?: string | undefined; planMonth?: string | undefined },
  user: StaffUser,
): Promise<PurchaseOrder> {
  const supplier = await requireSupplier(deps, input.supplierId);
  const now = deps.now();
  checkSupplier(supplier, input.lines.map((line) => line.sku), localDate(now));
  const parts = await Promise.all(input.lines.map((line, index) => requirePart(deps, line.sku, `lines.${index}.sku`)));
  const lines = input.lines.map((line, index) => {
    const part = parts[index]!;
    const offer = supplier.offers.find((o) => o.sku === line.sku)!;
    return { line: index + 1, sku: part.sku, name: part.name, specification: part.specification, unit: part.unit, quantity: line.quantity, unitPriceFen: offer.unitPriceFen, received: 0, accepted: 0, rejected: 0 };
  });
  const createdAt = now.toISOString();
  const order: PurchaseOrder = {
    id: randomUUID(),
    number: await deps.purchasing.nextOrderNumber(localDate(now).slice(0, 4)),
    supplierId: supplier.id,
    supplierName: supplier.name,
    supplierEmail: supplier.email,
    status: 'draft',
    lines,
    totalFen: orderTotal(lines),
    ...(input.expectedBy ? { expectedBy: input.expectedBy } : {}),
    ...(input.planMonth ? { planMonth: input.planMonth } : {}),
    createdAt,
    createdBy: user.id,
    receipts: 0,
    version: 1,
  };
  await deps.parts.writeMovements([deps.purchasing.orderPut(order)]);
  return order;
}

/** Ordered: the supplier is emailed (parts-mail queue), in the same transaction as the state change. */
async function saveOrder(deps: Deps, before: PurchaseOrder, after: PurchaseOrder, extra: Parameters<Deps['parts']['writeMovements']>[0] = []): Promise<PurchaseOrder> {
  const saved = { ...after, version: before.version + 1 };
  const ordered = saved.status === 'ordered' && before.status !== 'ordered';
  await deps.parts.writeMovements([
    guard(deps.purchasing.orderPut(saved, before.version), documentChanged),
    ...extra,
    ...(ordered ? [outboxPut(deps.tableName, 'parts-mail', { type: 'purchase-order.ordered', orderId: saved.id }, deps.now())] : []),
  ]);
  return saved;
}

/** Submitted: above the threshold it waits for the manager, else it is ordered at once. */
export async function submitOrder(deps: Deps, id: string): Promise<PurchaseOrder> {
  const order = await requireOrder(deps, id);
  requireStatus(order, ['draft'], 'submit');
  const now = deps.now();
  checkSupplier(await requireSupplier(deps, order.supplierId), order.lines.map((l) => l.sku), localDate(now));
  const { approvalThresholdFen } = await deps.purchasing.settings();
  const at = now.toISOString();
  return saveOrder(deps, order, needsApproval(order, approvalThresholdFen) ? { ...order, status: 'pending_approval', submittedAt: at } : { ...order, status: 'ordered', submittedAt: at, orderedAt: at });
}

export async function approveOrder(deps: Deps, id: string, user: StaffUser): Promise<PurchaseOrder> {
  const order = await requireOrder(deps, id);
  requireStatus(order, ['pending_approval'], 'approve');
  const now = deps.now();
  checkSupplier(await requireSupplier(deps, order.supplierId), order.lines.map((l) => l.sku), localDate(now));
  return saveOrder(deps, order, { ...order, status: 'ordered', approvedAt: now.toISOString(), approvedBy: user.id, orderedAt: now.toISOString() });
}

export async function closeOrder(deps: Deps, id: string): Promise<PurchaseOrder> {
  const order = await requireOrder(deps, id);
  requireStatus(order, ['received', 'partly_received'], 'close');
  return saveOrder(deps, order, { ...order, status: 'closed' });
}

export async function cancelOrder(deps: Deps, id: string): Promise<PurchaseOrder> {
  const order = await requireOrder(deps, id);
  requireStatus(order, ['draft', 'pending_approval'], 'cancel');
  return saveOrder(deps, order, { ...order, status: 'cancelled' });
}

/**
 * PARTS-2: a receipt against the order. Accepted units enter the warehouse (one ledger entry per
 * line, serials for serialised parts); rejected ones open a supplier return each. A receipt sent with
 * the order's `expectedVersion` (the staff form does) is refused with 409 when resent: it moved nothing.
 */
export async function receiveGoods(
  deps: Deps,
  id: string,
  input: { lines: ReceiptLineInput[]; note?: string | undefined; expectedVersion?: number | undefined },
  user: StaffUser,
): Promise<{ order: PurchaseOrder; receipt: Receipt; returns: SupplierReturn[] }> {
  const order = await requireOrder(deps, id);
  // Entered against an earlier state of the order (a resent form, a lost answer): nothing moves twice.
  if (input.expectedVersion !== undefined && input.expectedVersion !== order.version) throw documentChanged(new Error(`Order ${id} is at version ${order.version}`));
  requireStatus(order, ['ordered', 'partly_received'], 'receive');
  const parts = new Map((await Promise.all(order.lines.map((line) => deps.parts.getPart(line.sku)))).flatMap((part) => (part ? [[part.sku, part] as const] : [])));
  const problems = receiptProblems(order, input.lines, (sku) => parts.get(sku)?.valuable === true);
  if (problems.length) throw new ValidationError(problems);
  const now = deps.now();
  const at = now.toISOString();
  const returns: SupplierReturn[] = [];
  const receipt: Receipt = {
    orderId: order.id,
    receipt: order.receipts + 1,
    at,
    by: user.id,
    ...(input.note ? { note: input.note } : {}),
    lines: input.lines.map((input) => {
      const line = order.lines.find((l) => l.line === input.line)!;
      let returnId: string | undefined;
      if (input.rejected > 0) {
        returnId = randomUUID();
        returns.push({
          id: returnId,
          purchaseOrderId: order.id,
          purchaseOrderNumber: order.number,
          supplierId: order.supplierId,
          supplierName: order.supplierName,
          sku: line.sku,
          quantity: input.rejected,
          reason: input.rejectReason!,
          status: 'open',
          openedAt: at,
          version: 1,
        });
      }
      return { ...input, sku: line.sku, ...(returnId ? { returnId } : {}) };
    }),
  };
  const saved = await saveOrder(deps, order, applyReceipt(order, input.lines), [
    deps.purchasing.receiptPut(receipt),
    ...receipt.lines
      .filter((line) => line.accepted > 0)
      .flatMap((line) =>
        deps.parts.movementItems(
          entryOf(
            { sku: line.sku, kind: 'received', quantity: line.accepted, to: WAREHOUSE, ...(line.serials?.length ? { serials: line.serials } : {}), reason: `${order.number} #${receipt.receipt}`, document: { type: 'purchase_order', id: order.id } },
            user,
            now,
          ),
        ),
      ),
    ...returns.map((item) => deps.purchasing.returnPut(item)),
  ]);
  return { order: saved, receipt, returns };
}

/** A nonconforming part found in stock goes back to the supplier of its order: a `returned_to_supplier` entry with the return. */
export async function openReturnFromStock(
  deps: Deps,
  input: { purchaseOrderId: string; sku: string; quantity: number; location: string; reason: string; serials?: string[] | undefined },
  user: StaffUser,
  idempotencyKey?: string,
): Promise<SupplierReturn> {
  // With an Idempotency-Key the return's id comes from it: a resent request answers the return it opened.
  const id = documentId(user, idempotencyKey);
  const [order, earlier] = await Promise.all([deps.purchasing.getOrder(input.purchaseOrderId), idempotencyKey ? deps.purchasing.getReturn(id) : undefined]);
  if (earlier) {
    if (earlier.purchaseOrderId === input.purchaseOrderId && earlier.sku === input.sku && earlier.quantity === input.quantity) return earlier;
    throw new IdempotencyConflictError('reused');
  }
  if (!order) throw new ValidationError([{ path: 'purchaseOrderId', key: 'unknown_order' }]);
  const line = order.lines.find((l) => l.sku === input.sku);
  if (!line) throw new ValidationError([{ path: 'sku', key: 'unknown_order_line' }]);
  // Never more than was accepted on the order, over every return from stock together.
  const returnable = line.accepted - (line.returned ?? 0);
  if (input.quantity > returnable) throw new ValidationError([{ path: 'quantity', key: 'too_big', params: { max: returnable } }]);
  const part = await requirePart(deps, input.sku);
  if (part.valuable && (input.serials?.length ?? 0) !== input.quantity) throw new ValidationError([{ path: 'serials', key: 'serial_count', params: { count: input.quantity } }]);
  const now = deps.now();
  const item: SupplierReturn = {
    id,
    purchaseOrderId: order.id,
    purchaseOrderNumber: order.number,
    supplierId: order.supplierId,
    supplierName: order.supplierName,
    sku: input.sku,
    quantity: input.quantity,
    reason: input.reason,
    status: 'open',
    openedAt: now.toISOString(),
    fromLocation: input.location,
    ...(input.serials?.length ? { serials: input.serials } : {}),
    version: 1,
  };
  // The order counts what went back (under its version, so two returns at once cannot both pass the cap).
  const counted: PurchaseOrder = { ...order, lines: order.lines.map((l) => (l.line === line.line ? { ...l, returned: (l.returned ?? 0) + input.quantity } : l)) };
  await saveOrder(deps, order, counted, [
    deps.purchasing.returnPut(item),
    ...deps.parts.movementItems(
      entryOf({ sku: item.sku, kind: 'returned_to_supplier', quantity: item.quantity, from: input.location, ...(item.serials ? { serials: item.serials } : {}), reason: input.reason, document: { type: 'supplier_return', id: item.id } }, user, now),
    ),
  ]);
  return item;
}

async function requireReturn(deps: Pick<Deps, 'purchasing'>, id: string): Promise<SupplierReturn> {
  const item = await deps.purchasing.getReturn(id);
  if (!item) throw new NotFoundError('No such supplier return');
  return item;
}

export async function shipReturn(deps: Deps, id: string, input: { note?: string | undefined }): Promise<SupplierReturn> {
  const item = await requireReturn(deps, id);
  if (item.status !== 'open') throw new DocumentStateError(item.status, 'ship');
  const saved: SupplierReturn = { ...item, status: 'shipped', shippedAt: deps.now().toISOString(), ...(input.note ? { note: input.note } : {}), version: item.version + 1 };
  await deps.parts.writeMovements([guard(deps.purchasing.returnPut(saved, item.version), documentChanged)]);
  return saved;
}

/** Closed with a refund, or an exchange whose replacement is received into the warehouse (a ledger entry). */
export async function closeReturn(
  deps: Deps,
  id: string,
  input: { outcome: 'refund'; note?: string | undefined } | { outcome: 'exchange'; replacementAccepted: number; serials?: string[] | undefined; note?: string | undefined },
  user: StaffUser,
): Promise<SupplierReturn> {
  const item = await requireReturn(deps, id);
  if (item.status === 'closed') throw new DocumentStateError(item.status, 'close');
  const replacement = input.outcome === 'exchange' ? input.replacementAccepted : 0;
  if (replacement > item.quantity) throw new ValidationError([{ path: 'replacementAccepted', key: 'too_big', params: { max: item.quantity } }]);
  const part = await requirePart(deps, item.sku);
  const serials = input.outcome === 'exchange' ? (input.serials ?? []) : [];
  if (part.valuable && serials.length !== replacement) throw new ValidationError([{ path: 'serials', key: 'serial_count', params: { count: replacement } }]);
  const now = deps.now();
  const saved: SupplierReturn = {
    ...item,
    status: 'closed',
    closedAt: now.toISOString(),
    outcome: input.outcome,
    ...(input.outcome === 'exchange' ? { replacementAccepted: replacement } : {}),
    ...(input.note ? { note: input.note } : {}),
    version: item.version + 1,
  };
  await deps.parts.writeMovements([
    guard(deps.purchasing.returnPut(saved, item.version), documentChanged),
    ...(replacement > 0
      ? deps.parts.movementItems(
          entryOf({ sku: item.sku, kind: 'received', quantity: replacement, to: WAREHOUSE, ...(serials.length ? { serials } : {}), reason: `${item.purchaseOrderNumber} exchange`, document: { type: 'supplier_return', id: item.id } }, user, now),
        )
      : []),
  ]);
  return saved;
}

/** The queue step: the ordered purchase order to the supplier (zh-CN, lines as CSV), once per order. */
export async function sendPurchaseOrder(deps: Pick<Deps, 'purchasing'>, send: SendOnce, orderId: string): Promise<void> {
  const order = await requireOrder(deps, orderId);
  const settings = await deps.purchasing.settings();
  await send(`purchase-order:${order.id}:ordered`, { to: [order.supplierEmail], replyTo: settings.purchasingEmail, ...purchaseOrderMail(order) });
}

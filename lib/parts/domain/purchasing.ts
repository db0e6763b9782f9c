/**
 * Qualified suppliers (PARTS-1), purchase orders and receiving inspection (PARTS-2). Pure rules:
 * who may supply what, the order's states, what a receipt may record and what it leaves open.
 * Money in integer fen; dates are Asia/Shanghai calendar days (`yyyy-mm-dd`).
 */
import type { CatalogPart } from './parts.ts';

export interface SupplierQualification {
  document: string;
  validUntil: string;
}

/** What a supplier is qualified to supply: a designated part, its price and lead time. */
export interface SupplierOffer {
  sku: string;
  unitPriceFen: number;
  leadTimeDays: number;
}

export interface Supplier {
  id: string;
  name: string;
  contactName: string;
  email: string;
  phone?: string;
  qualifications: SupplierQualification[];
  status: 'approved' | 'suspended';
  offers: SupplierOffer[];
}

export type SupplierRefusal = 'supplier_suspended' | 'supplier_unqualified' | 'supplier_not_for_part';

/** Why this supplier may not supply this part on this day, or undefined when it may. */
export function supplierRefusal(supplier: Supplier, sku: string, today: string): SupplierRefusal | undefined {
  if (supplier.status !== 'approved') return 'supplier_suspended';
  if (!supplier.qualifications.some((q) => q.validUntil >= today)) return 'supplier_unqualified';
  if (!supplier.offers.some((offer) => offer.sku === sku)) return 'supplier_not_for_part';
  return undefined;
}

export const PURCHASE_ORDER_STATUSES = ['draft', 'pending_approval', 'ordered', 'partly_received', 'received', 'closed', 'cancelled'] as const;
export type PurchaseOrderStatus = (typeof PURCHASE_ORDER_STATUSES)[number];

/** What a line says of its part: copied from the catalog when the line is drafted. */
export type PartDescription = Pick<CatalogPart, 'sku' | 'name' | 'specification' | 'unit'>;

export interface PurchaseOrderLine extends PartDescription {
  line: number;
  quantity: number;
  unitPriceFen: number;
  /** Received so far (accepted + rejected), and of that accepted into stock and rejected. */
  received: number;
  accepted: number;
  rejected: number;
  /** Accepted units found nonconforming in stock later and returned to the supplier. */
  returned?: number;
}

export interface PurchaseOrder {
  id: string;
  number: string;
  supplierId: string;
  supplierName: string;
  supplierEmail: string;
  status: PurchaseOrderStatus;
  lines: PurchaseOrderLine[];
  totalFen: number;
  expectedBy?: string;
  /** The procurement plan month it was drafted from, when it was. */
  planMonth?: string;
  createdAt: string;
  createdBy: string;
  submittedAt?: string;
  approvedAt?: string;
  approvedBy?: string;
  orderedAt?: string;
  receipts: number;
  version: number;
}

export const orderTotal = (lines: Array<Pick<PurchaseOrderLine, 'quantity' | 'unitPriceFen'>>) => lines.reduce((sum, line) => sum + line.quantity * line.unitPriceFen, 0);

/** Submitting: above the threshold the manager approves first, else it is ordered at once. */
export const needsApproval = (order: Pick<PurchaseOrder, 'totalFen'>, thresholdFen: number) => order.totalFen > thresholdFen;

export interface ReceiptLineInput {
  line: number;
  received: number;
  accepted: number;
  rejected: number;
  rejectReason?: string;
  serials?: string[];
}

export interface ReceiptProblem {
  path: string;
  key: string;
  params?: Record<string, string | number>;
}

/** Field problems of a receipt against the order (paths as in the request: `lines.<i>.<field>`). */
export function receiptProblems(order: PurchaseOrder, lines: ReceiptLineInput[], serialised: (sku: string) => boolean): ReceiptProblem[] {
  const problems: ReceiptProblem[] = [];
  const seen = new Set<number>();
  lines.forEach((input, index) => {
    const at = (field: string) => `lines.${index}.${field}`;
    const line = order.lines.find((l) => l.line === input.line);
    if (!line || seen.has(input.line)) return void problems.push({ path: at('line'), key: 'unknown_order_line' });
    seen.add(input.line);
    const outstanding = line.quantity - line.received;
    if (input.received > outstanding) problems.push({ path: at('received'), key: 'too_big', params: { max: outstanding } });
    if (input.accepted + input.rejected !== input.received) problems.push({ path: at('accepted'), key: 'receipt_split' });
    if (input.rejected > 0 && !input.rejectReason) problems.push({ path: at('rejectReason'), key: 'required' });
    if (serialised(line.sku) && (input.serials?.length ?? 0) !== input.accepted) problems.push({ path: at('serials'), key: 'serial_count', params: { count: input.accepted } });
    if (input.serials && new Set(input.serials).size !== input.serials.length) problems.push({ path: at('serials'), key: 'serial_duplicate' });
  });
  return problems;
}

/** The order after a receipt: quantities added, and its status from what is still outstanding. */
export function applyReceipt(order: PurchaseOrder, lines: ReceiptLineInput[]): PurchaseOrder {
  const updated = order.lines.map((line) => {
    const input = lines.find((l) => l.line === line.line);
    return input ? { ...line, received: line.received + input.received, accepted: line.accepted + input.accepted, rejected: line.rejected + input.rejected } : line;
  });
  const complete = updated.every((line) => line.received >= line.quantity);
  return { ...order, lines: updated, receipts: order.receipts + 1, status: complete ? 'received' : 'partly_received' };
}

/** Nonconforming goods go back to the supplier: refunded, or exchanged (the replacement is received into stock). */
export interface SupplierReturn {
  id: string;
  purchaseOrderId: string;
  purchaseOrderNumber: string;
  supplierId: string;
  supplierName: string;
  sku: string;
  quantity: number;
  reason: string;
  status: 'open' | 'shipped' | 'closed';
  openedAt: string;
  shippedAt?: string;
  closedAt?: string;
  outcome?: 'refund' | 'exchange';
  /** Taken out of stock at this location (a nonconforming part found after receiving); absent for goods rejected at the receipt. */
  fromLocation?: string;
  serials?: string[];
  /** Exchange: replacement accepted into the warehouse at closing. */
  replacementAccepted?: number;
  note?: string;
  version: number;
}

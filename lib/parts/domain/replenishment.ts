/**
 * Reorder alerts and the monthly procurement plan (PARTS-1, PARTS-3): what is available (on hand
 * minus reserved) against the reorder point, average consumption of the last weeks and the lead
 * time decide what to order. Pure arithmetic on whole units.
 */
import type { CatalogPart } from './parts.ts';
import type { PartDescription, Supplier, SupplierOffer } from './purchasing.ts';
import { supplierRefusal } from './purchasing.ts';

export interface PartPosition {
  sku: string;
  onHand: number;
  reserved: number;
  /** Units used on jobs in the consumption window. */
  consumed: number;
}

/**
 * How many to order so that, after the supplier's lead time and a month of average use, the part is
 * still at its reorder point; never negative.
 */
export function suggestedOrderQuantity(part: Pick<CatalogPart, 'reorderPoint'>, position: PartPosition, weeks: number, leadTimeDays: number, coverDays = 30): number {
  const available = position.onHand - position.reserved;
  const perDay = weeks > 0 ? position.consumed / (weeks * 7) : 0;
  return Math.max(0, Math.ceil(perDay * (leadTimeDays + coverDays)) + part.reorderPoint - available);
}

export const isBelowReorderPoint = (part: Pick<CatalogPart, 'reorderPoint'>, position: Pick<PartPosition, 'onHand' | 'reserved'>) =>
  part.reorderPoint > 0 && position.onHand - position.reserved < part.reorderPoint;

/** The cheapest supplier that may supply the part today, with its offer. */
export function bestOffer(suppliers: Supplier[], sku: string, today: string): { supplier: Supplier; offer: SupplierOffer } | undefined {
  return suppliers
    .filter((supplier) => !supplierRefusal(supplier, sku, today))
    .map((supplier) => ({ supplier, offer: supplier.offers.find((o) => o.sku === sku)! }))
    .sort((a, b) => a.offer.unitPriceFen - b.offer.unitPriceFen || a.offer.leadTimeDays - b.offer.leadTimeDays)[0];
}

export interface PlanLine extends PartDescription {
  quantity: number;
  available: number;
  reorderPoint: number;
  consumed: number;
  supplierId?: string;
  supplierName?: string;
  unitPriceFen?: number;
  leadTimeDays?: number;
  /** The day to place the order so that it arrives as the part reaches its reorder point: today when it is already there. */
  purchaseBy: string;
}

/**
 * When to order: the day the stock above the reorder point (`margin`) is used up at `perDay`, less the
 * lead time; today when the margin is gone or the part is not being used (then it is short now).
 */
export function purchaseDate(today: string, margin: number, perDay: number, leadTimeDays: number): string {
  if (margin <= 0 || perDay <= 0) return today;
  const days = Math.max(0, Math.floor(margin / perDay) - leadTimeDays);
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** PARTS-1: the plan's lines, one per part to buy (designated parts only: nothing else may be fitted). */
export function procurementPlan(parts: CatalogPart[], positions: Map<string, PartPosition>, suppliers: Supplier[], weeks: number, today: string): PlanLine[] {
  return parts
    .filter((part) => part.designated)
    .flatMap((part) => {
      const position = positions.get(part.sku) ?? { sku: part.sku, onHand: 0, reserved: 0, consumed: 0 };
      const best = bestOffer(suppliers, part.sku, today);
      const leadTimeDays = best?.offer.leadTimeDays ?? 0;
      const quantity = suggestedOrderQuantity(part, position, weeks, leadTimeDays);
      if (quantity === 0) return [];
      const available = position.onHand - position.reserved;
      return [
        {
          sku: part.sku,
          name: part.name,
          specification: part.specification,
          unit: part.unit,
          quantity,
          available,
          reorderPoint: part.reorderPoint,
          consumed: position.consumed,
          ...(best ? { supplierId: best.supplier.id, supplierName: best.supplier.name, unitPriceFen: best.offer.unitPriceFen, leadTimeDays } : {}),
          purchaseBy: purchaseDate(today, available - part.reorderPoint, weeks > 0 ? position.consumed / (weeks * 7) : 0, leadTimeDays),
        },
      ];
    });
}

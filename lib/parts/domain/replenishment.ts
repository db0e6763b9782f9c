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
  /** The day to place the order: today when the part is already below its point. */
  purchaseBy: string;
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
      return [
        {
          sku: part.sku,
          name: part.name,
          specification: part.specification,
          unit: part.unit,
          quantity,
          available: position.onHand - position.reserved,
          reorderPoint: part.reorderPoint,
          consumed: position.consumed,
          ...(best ? { supplierId: best.supplier.id, supplierName: best.supplier.name, unitPriceFen: best.offer.unitPriceFen, leadTimeDays } : {}),
          purchaseBy: today,
        },
      ];
    });
}

/**
 * The monthly procurement plan (PARTS-1) and the daily reorder check (PARTS-3). Both read the
 * catalog, the balances of every location (the warehouse and each technician's van), the units
 * used on jobs in the last weeks (the ledger) and the suppliers' lead times.
 */
import type { StaffUser } from '../../platform/auth/staff-user.ts';
import { localDate } from '../../platform/local-date.ts';
import type { SendOnce } from '../../platform/mail/send-once.ts';
import type { Dependencies } from '../../dependencies.ts';
import { WAREHOUSE, vanLocation } from '../../staff/index.ts';
import type { CatalogPart } from '../domain/parts.ts';
import type { PurchaseOrder } from '../domain/purchasing.ts';
import { bestOffer, isBelowReorderPoint, procurementPlan, suggestedOrderQuantity, type PartPosition, type PlanLine } from '../domain/replenishment.ts';
import { reorderAlertMail } from '../mail/purchasing.ts';
import { draftOrder } from './purchasing.ts';

type Deps = Pick<Dependencies, 'parts' | 'purchasing' | 'staff' | 'now' | 'tableName'>;

const WEEK_MS = 7 * 86_400_000;

/** Every stock location: the warehouse and the vans of the technicians. */
export async function locations(deps: Pick<Deps, 'staff'>): Promise<string[]> {
  const members = await deps.staff.list();
  return [WAREHOUSE, ...members.filter((m) => m.technician).map((m) => vanLocation(m.id))];
}

/** On hand and reserved over all locations, and the units used on jobs in the last `weeks` weeks, per part. */
export async function positions(deps: Deps, parts: CatalogPart[], weeks: number, withConsumption: (part: CatalogPart) => boolean): Promise<Map<string, PartPosition>> {
  const result = new Map<string, PartPosition>(parts.map((part) => [part.sku, { sku: part.sku, onHand: 0, reserved: 0, consumed: 0 }]));
  for (const levels of await Promise.all((await locations(deps)).map((location) => deps.parts.stockAt(location)))) {
    for (const level of levels) {
      const position = result.get(level.sku);
      if (position) Object.assign(position, { onHand: position.onHand + level.onHand, reserved: position.reserved + level.reserved });
    }
  }
  const since = new Date(deps.now().getTime() - weeks * WEEK_MS).toISOString();
  await Promise.all(
    parts.filter(withConsumption).map(async (part) => {
      const used = (await deps.parts.ledger(part.sku, since)).filter((entry) => entry.kind === 'used');
      result.get(part.sku)!.consumed = used.reduce((sum, entry) => sum + entry.quantity, 0);
    }),
  );
  return result;
}

export async function planFor(deps: Deps): Promise<{ weeks: number; lines: PlanLine[] }> {
  const [parts, suppliers, settings] = await Promise.all([deps.parts.listParts(), deps.purchasing.listSuppliers(), deps.purchasing.settings()]);
  const designated = parts.filter((part) => part.designated);
  const weeks = settings.consumptionWeeks;
  return { weeks, lines: procurementPlan(designated, await positions(deps, designated, weeks, () => true), suppliers, weeks, localDate(deps.now())) };
}

/** One draft purchase order per supplier from the plan's lines that have an approved supplier. */
export async function ordersFromPlan(deps: Deps, month: string, user: StaffUser): Promise<PurchaseOrder[]> {
  const { lines } = await planFor(deps);
  const bySupplier = new Map<string, PlanLine[]>();
  for (const line of lines) if (line.supplierId) bySupplier.set(line.supplierId, [...(bySupplier.get(line.supplierId) ?? []), line]);
  const orders: PurchaseOrder[] = [];
  for (const [supplierId, supplierLines] of bySupplier) {
    orders.push(await draftOrder(deps, { supplierId, lines: supplierLines.map((line) => ({ sku: line.sku, quantity: line.quantity })), planMonth: month }, user));
  }
  return orders;
}

/**
 * The daily check: a part whose available quantity fell below its reorder point since the last
 * check is a crossing; the purchasing owner is emailed once per crossing (`reorder:<sku>:<n>`, the
 * email first, then the state, so a failed run sends the same fact again and SES sees it once).
 */
export async function reorderWatch(deps: Deps, send: SendOnce): Promise<{ alerted: string[] }> {
  const [parts, states, settings, suppliers] = await Promise.all([deps.parts.listParts(), deps.purchasing.reorderStates(), deps.purchasing.settings(), deps.purchasing.listSuppliers()]);
  const watched = parts.filter((part) => part.reorderPoint > 0);
  const stateOf = new Map(states.map((state) => [state.sku, state]));
  const level = await positions(deps, watched, settings.consumptionWeeks, () => false);
  const below = watched.filter((part) => isBelowReorderPoint(part, level.get(part.sku)!));
  const crossing = below.filter((part) => !stateOf.get(part.sku)?.below);
  const withConsumption = await positions(deps, crossing, settings.consumptionWeeks, () => true);
  const now = deps.now();
  const checkedAt = now.toISOString();
  for (const part of crossing) {
    const position = withConsumption.get(part.sku)!;
    const crossings = (stateOf.get(part.sku)?.crossings ?? 0) + 1;
    const leadTime = bestOffer(suppliers, part.sku, localDate(now))?.offer.leadTimeDays ?? 0;
    await send(`reorder:${part.sku}:${crossings}`, { to: [settings.purchasingEmail], ...reorderAlertMail(part, position.onHand - position.reserved, suggestedOrderQuantity(part, position, settings.consumptionWeeks, leadTime), crossings) });
    await deps.purchasing.putReorderState({ sku: part.sku, below: true, crossings, checkedAt });
  }
  for (const part of watched) {
    const state = stateOf.get(part.sku);
    if (state?.below && !below.includes(part)) await deps.purchasing.putReorderState({ ...state, below: false, checkedAt });
  }
  return { alerted: crossing.map((part) => part.sku) };
}

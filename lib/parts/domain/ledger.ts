/**
 * The stock ledger (PARTS-3): every movement of a part is an immutable entry, and the balance of a
 * location is what its entries add up to. The stored balances (`STOCK#<location>`) are kept in the
 * same transaction as the entry; `rebuildBalances` recomputes them from the entries alone.
 */
import { WAREHOUSE } from '../../staff/index.ts';

export const MOVEMENT_KINDS = [
  'received',
  'issued',
  'returned',
  'used',
  'transferred',
  'returned_to_supplier',
  'written_off',
  'stocktake',
  'adjusted',
] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

export const DOCUMENT_TYPES = ['purchase_order', 'transfer', 'job', 'stocktake', 'adjustment', 'supplier_return'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export interface DocumentRef {
  type: DocumentType;
  id: string;
}

/** One movement: `from` is where it leaves (absent: from outside, e.g. a supplier), `to` where it arrives (absent: it leaves the company). */
export interface LedgerEntry {
  entryId: string;
  sku: string;
  kind: MovementKind;
  /** Always positive; the direction is `from` → `to`. */
  quantity: number;
  from?: string;
  to?: string;
  serials?: string[];
  actor: string;
  at: string;
  reason: string;
  document: DocumentRef;
}

export type Movement = Omit<LedgerEntry, 'entryId' | 'at' | 'actor'>;

/** What an entry does to each location's on-hand quantity. */
export function movementDeltas(entry: Pick<LedgerEntry, 'quantity' | 'from' | 'to'>): Array<{ location: string; delta: number }> {
  return [...(entry.from ? [{ location: entry.from, delta: -entry.quantity }] : []), ...(entry.to ? [{ location: entry.to, delta: entry.quantity }] : [])];
}

/** On-hand quantity per location and part (`<location>|<sku>`), from the ledger alone, entries in any order. */
export function rebuildBalances(entries: Iterable<Pick<LedgerEntry, 'sku' | 'quantity' | 'from' | 'to'>>): Map<string, number> {
  const balances = new Map<string, number>();
  for (const entry of entries) {
    for (const { location, delta } of movementDeltas(entry)) {
      const key = balanceKey(location, entry.sku);
      balances.set(key, (balances.get(key) ?? 0) + delta);
    }
  }
  return balances;
}

export const balanceKey = (location: string, sku: string) => `${location}|${sku}`;

const VAN_PREFIX = 'van-';
/** The technician whose van a location is, if it is a van. */
export const vanOwner = (location: string): string | undefined => (location.startsWith(VAN_PREFIX) ? location.slice(VAN_PREFIX.length) : undefined);

/** The movements a transfer between locations can be. */
export const TRANSFER_KINDS = ['issued', 'returned', 'transferred'] as const satisfies readonly MovementKind[];
export type TransferKind = (typeof TRANSFER_KINDS)[number];

/** Leaving the warehouse for a van is an issue, coming back a return; anything else a transfer. */
export function transferKind(from: string, to: string): TransferKind {
  if (from === WAREHOUSE && vanOwner(to)) return 'issued';
  if (vanOwner(from) && to === WAREHOUSE) return 'returned';
  return 'transferred';
}

/** A stock adjustment by hand: in when positive, out when negative; a write-off only goes out. */
export function adjustmentMovement(location: string, sku: string, delta: number, reason: string, kind: 'adjusted' | 'written_off', documentId: string): Movement {
  return {
    sku,
    kind,
    quantity: Math.abs(delta),
    ...(delta > 0 ? { to: location } : { from: location }),
    reason,
    document: { type: 'adjustment', id: documentId },
  };
}

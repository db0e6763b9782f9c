/** Spare parts (PARTS-3/4): catalog items, stock per location, reservations and the issue register. */
export interface CatalogPart {
  sku: string;
  name: string;
  specification: string;
  unit: string;
  /** Unit price in integer fen (分). */
  unitPriceFen: number;
  /** Company-designated qualified part (FLOW-3): only these may be installed. */
  designated: boolean;
  /** Valuable or wear part (PARTS-4): every use is written to the issue register. */
  valuable: boolean;
  reorderPoint: number;
  /** Storage classification (PARTS-3): the part's category and its bin in the warehouse. */
  category?: string;
  bin?: string;
}

export interface StockLevel {
  location: string;
  sku: string;
  onHand: number;
  reserved: number;
  /** onHand - reserved: what may still be reserved or taken (kept stored: a condition cannot subtract). */
  available: number;
}

export interface PartNeed {
  sku: string;
  quantity: number;
}

export interface Reservation extends PartNeed {
  location: string;
}

export interface PartUse {
  sku: string;
  name: string;
  quantity: number;
  unitPriceFen: number;
  installedSerial?: string;
  removedSerial?: string;
  location: string;
  at: string;
  by: string;
}

/**
 * The issue register (PARTS-4) of a valuable or wear part: who took which serial out of the store
 * (issued to a van), and where it went (used on a job, or returned unused).
 */
export interface IssueRegisterEntry {
  kind: 'issued' | 'returned' | 'used';
  sku: string;
  at: string;
  by: string;
  quantity: number;
  serials?: string[];
  installedSerial?: string;
  removedSerial?: string;
  location: string;
  /** The technician who took it (issued) or gave it back (returned). */
  takenBy?: string;
  jobId?: string;
  ticketId?: string;
  transferId?: string;
}

export interface SerialState {
  serial: string;
  state: 'out' | 'used' | 'returned';
  takenBy?: string;
  jobId?: string;
  at: string;
}

/** Where each serial issued from the store is now: still out with a technician, used on a job, or back. */
export function reconcileRegister(entries: IssueRegisterEntry[]): SerialState[] {
  const states = new Map<string, SerialState>();
  for (const entry of [...entries].sort((a, b) => a.at.localeCompare(b.at))) {
    const kind = entry.kind ?? 'used';
    const serials = kind === 'used' ? (entry.installedSerial ? [entry.installedSerial] : []) : (entry.serials ?? []);
    for (const serial of serials) {
      const before = states.get(serial);
      if (kind === 'issued') states.set(serial, { serial, state: 'out', ...(entry.takenBy ? { takenBy: entry.takenBy } : {}), at: entry.at });
      else states.set(serial, { serial, state: kind, ...(before?.takenBy ? { takenBy: before.takenBy } : {}), ...(entry.jobId ? { jobId: entry.jobId } : {}), at: entry.at });
    }
  }
  return [...states.values()];
}

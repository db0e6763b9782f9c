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
}

export interface StockLevel {
  location: string;
  sku: string;
  onHand: number;
  reserved: number;
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

/**
 * The parts context's pure door (rules, types, schemas; no AWS, the web app imports it too).
 * The parts catalog, the stock ledger and balances per location, the issue register of valuable
 * parts, suppliers, purchasing, receiving inspection, stocktakes and reorder alerts.
 */
export * from './domain/parts.ts';
export * from './domain/ledger.ts';
export * from './domain/purchasing.ts';
export * from './domain/stocktake.ts';
export * from './domain/replenishment.ts';
export * from './schemas.ts';

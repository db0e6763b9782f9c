/**
 * The privacy context's pure door (rules, types, schemas; no AWS, the web app imports it too).
 * CONF-1/CONF-2 and PIPL: customers' rights requests, pseudonyms, retention.
 */
export * from './domain/rights.ts';
export * from './schemas.ts';
export * from './domain/export.ts';

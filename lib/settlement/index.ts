/**
 * The settlement context's pure door (rules, types, schemas; no AWS, the web app imports it too). FLOW-5: fees in integer fen, statements and their
 * revisions, payments, invoices, warranty/contract coverage and finance's monthly digest.
 */
export * from './domain/amount-in-words.ts';
export * from './domain/coverage.ts';
export * from './domain/fees.ts';
export * from './domain/statement.ts';
export * from './domain/statement-text.ts';
export * from './schemas.ts';

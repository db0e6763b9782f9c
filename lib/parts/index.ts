/**
 * The parts context's pure door (rules, types, schemas; no AWS, the web app imports it too).
 * The parts catalog, stock per location and the issue register of valuable parts.
 */
export * from './domain/parts.ts';

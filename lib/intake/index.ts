/**
 * The intake context's pure door (rules, types, schemas; no AWS, the web app imports it too). FLOW-1: a report becomes a ticket with its timers, is
 * acknowledged, triaged, contacted, resolved remotely, and shown to the customer by signed link; an
 * email that does not reach the customer becomes a call task.
 */
export * from './domain/mail-task.ts';
export * from './schemas.ts';

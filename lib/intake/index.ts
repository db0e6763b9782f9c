/**
 * The intake context's pure door (rules, types, schemas; no AWS, the web app imports it too). FLOW-1: a report becomes a ticket with its timers, is
 * acknowledged, triaged, contacted, resolved remotely, and shown to the customer by signed link.
 */
// Intake has no rules of its own (the ticket's are in lib/tickets); its use cases are in server.ts.
export {};

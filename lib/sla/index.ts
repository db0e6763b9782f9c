/**
 * The sla context's pure door (rules, types, schemas; no AWS, the web app imports it too).
 * Service standards (STD-1..3) and calendars as data, per-ticket timers, pauses and exemptions, the breach watch and the manager's board.
 */
export * from './domain/calendars.ts';
export * from './domain/service-standards.ts';
export * from './domain/sla-timer.ts';
export * from './schemas.ts';

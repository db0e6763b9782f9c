/**
 * The tickets context's pure door (rules, types, schemas; no AWS, the web app imports it too).
 * The ticket aggregate every other context refers to: its states and transitions, numbering, status texts, the ticket and device records, timeline events and the report's schemas.
 */
export * from './domain/entered-time.ts';
export * from './domain/need-to-know.ts';
export * from './domain/privacy-settings.ts';
export * from './domain/rework.ts';
export * from './domain/privacy-notice.ts';
export * from './domain/status-text.ts';
export * from './domain/ticket.ts';
export * from './schemas.ts';

/**
 * The followup context's pure door (rules, types, schemas; no AWS, the web app imports it too).
 * FLOW-4: what completing a ticket starts, the survey, call tasks, phone outcomes, complaints and investigations, and the quarterly quality figures.
 */
export * from './domain/follow-up.ts';
export * from './schemas.ts';

/**
 * The staff context's pure door (rules, types, schemas; no AWS, the web app imports it too).
 * Staff records: roles, groups, skills, skill level, the van, and what dispatch reads of them.
 */
export * from './domain/staff.ts';
export * from './domain/identity.ts';

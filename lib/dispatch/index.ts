/**
 * The dispatch context's pure door (rules, types, schemas; no AWS, the web app imports it too). FLOW-2/3: assessment, technicians' eligibility, visits (jobs),
 * parts used on a job, the on-site work, sign-off and the repair report.
 */
export * from './domain/eligibility.ts';
export * from './domain/job.ts';
export * from './schemas.ts';

/**
 * The people context's pure door (rules, types, schemas; no AWS, the web app imports it too).
 * ORG-2, TRAIN-1, SAFE-2, SAFE-3: certificates, training and exams, the tool register.
 */
export * from './domain/people.ts';
export * from './schemas.ts';
export * from './domain/scorecard.ts';

/** The people context's adapters other contexts compose with (repositories): AWS inside. */
export * from './store/people-repository.ts';
export * from './store/scorecard-repository.ts';
export * from './adapters.ts';

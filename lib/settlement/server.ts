/** The settlement context's adapters other contexts compose with (repositories, transaction items, use cases): AWS inside. */
export * from './store/coverage-repository.ts';
export * from './store/fee-schedule-repository.ts';
export * from './store/statement-repository.ts';
export * from './adapters.ts';

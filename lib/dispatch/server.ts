/** The dispatch context's adapters other contexts compose with (repositories, transaction items, use cases): AWS inside. */
export * from './store/job-repository.ts';
export * from './adapters.ts';

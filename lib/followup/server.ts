/** The followup context's adapters other contexts compose with (repositories, transaction items, use cases): AWS inside. */
export * from './store/follow-up-repository.ts';
export * from './usecases/completion.ts';
export * from './adapters.ts';
export * from './usecases/complaint-view.ts';

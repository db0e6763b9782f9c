/** The sla context's adapters other contexts compose with (repositories, transaction items, use cases): AWS inside. */
export * from './store/sla-repository.ts';
export * from './usecases/clock.ts';
export * from './store/config-repository.ts';
export * from './usecases/visit-agreement.ts';
export * from './adapters.ts';

/** The parts context's adapters other contexts compose with (repositories, transaction items, use cases): AWS inside. */
export * from './store/parts-repository.ts';
export * from './store/purchasing-repository.ts';
export * from './domain/errors.ts';
export * from './adapters.ts';

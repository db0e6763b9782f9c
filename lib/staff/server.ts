/** The staff context's adapters other contexts compose with (repositories, transaction items, use cases): AWS inside. */
export * from './store/staff-repository.ts';
export * from './adapters.ts';

/** The intake context's adapters other contexts compose with (repositories, transaction items, use cases): AWS inside. */
export * from './usecases/report-fault.ts';
export * from './store/mail-task-repository.ts';
export * from './adapters.ts';

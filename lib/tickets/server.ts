/** The tickets context's adapters other contexts compose with (repositories, transaction items, use cases): AWS inside. */
export * from './store/access-log-repository.ts';
export * from './store/device-repository.ts';
export * from './store/privacy-settings-repository.ts';
export * from './store/ticket-events.ts';
export * from './store/ticket-repository.ts';
export * from './usecases/read-personal-data.ts';
export * from './adapters.ts';
export * from './store/customer-data.ts';

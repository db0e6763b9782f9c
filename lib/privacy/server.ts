/** The privacy context's adapters and use cases for handlers: AWS inside. */
export * from './adapters.ts';
export * from './store/privacy-repository.ts';

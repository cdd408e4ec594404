export * from './vocabulary';
export * from './schema';

export * from './dates';
export * from './numbers';
export * from './due';
export * from './legal-basis';
export * from './target-sentence';
export * from './number-words';
export * from './read-due';

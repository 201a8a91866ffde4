export * from './common';
export * from './units';
export * from './plans';
export * from './accounts';
export * from './routes';

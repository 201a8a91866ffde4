export * from './common';
export * from './rules';
export * from './units';
export * from './plans';
export * from './accounts';
export * from './plan-history';
export * from './search';
export * from './routes';

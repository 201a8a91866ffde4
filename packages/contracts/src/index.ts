export * from './common';
export * from './rules';
export * from './units';
export * from './plans';
export * from './accounts';
export * from './plan-history';
export * from './plan-lifecycle';
export * from './routes';

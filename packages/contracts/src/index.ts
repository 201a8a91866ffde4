export * from './common';
export * from './units';
export * from './plans';

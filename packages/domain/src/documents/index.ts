export * from './plan-document';
export * from './read-appendix-section';

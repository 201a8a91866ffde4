export * from './reporting-periods';
export * from './report-rules';
export * from './reporting-wording';

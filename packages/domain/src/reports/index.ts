export * from './reporting-periods';
export * from './report-rules';

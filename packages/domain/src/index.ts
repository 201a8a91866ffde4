export * from './units/unit-level';
export * from './targets/target-value';
export * from './targets/target-rule';
export * from './targets/target-rule.sql';
export * from './plans/reform-area';
export * from './plans/task-due';
export * from './reports/reporting-periods';
export * from './text/fold-vietnamese';

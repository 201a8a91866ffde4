import { dueDeadline, parseDue } from './task-due';

describe('task due', () => {
  it('reads the three ways plans write a deadline', () => {
    expect(parseDue('2024-03-15')).toEqual({ kind: 'date', date: '2024-03-15' });
    expect(parseDue('2024-Q1')).toEqual({ kind: 'quarter', year: 2024, quarter: 1 });
    expect(parseDue('2024')).toEqual({ kind: 'year', year: 2024 });
    expect(parseDue('2024-Q5')).toBeNull();
    expect(parseDue('2024-02-30')).toBeNull();
  });

  it('gives the last day', () => {
    expect(dueDeadline({ kind: 'quarter', year: 2024, quarter: 1 })).toBe('2024-03-31');
    expect(dueDeadline({ kind: 'year', year: 2024 })).toBe('2024-12-31');
  });
});

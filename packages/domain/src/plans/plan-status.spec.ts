import { PLAN_EVENTS, PLAN_TRANSITIONS, planStatusSql, planTransition } from './plan-status';
import { PLAN_STATUSES } from './reform-area';

describe('the plan lifecycle', () => {
  it('confirms only what was received, and reopens a confirmed plan that receives more', () => {
    expect(planTransition('draft', 'confirm')).toBeNull();
    expect(planTransition('derived', 'confirm')).toBe('confirmed');
    expect(planTransition('confirmed', 'receive')).toBe('derived');
    expect(planTransition('draft', 'derive')).toBe('derived');
    expect(planTransition('draft', 'receive')).toBeNull();
  });

  it('leads every allowed event to a known status', () => {
    for (const from of PLAN_STATUSES)
      for (const event of PLAN_EVENTS) {
        const to = planTransition(from, event);
        if (to !== null) expect(PLAN_STATUSES).toContain(to);
      }
    expect(Object.keys(PLAN_TRANSITIONS).sort()).toEqual([...PLAN_STATUSES].sort());
  });

  it('writes the same table as SQL', () => {
    expect(planStatusSql.after('receive', 'status')).toBe(
      "(CASE status WHEN 'confirmed' THEN 'derived' ELSE status END)",
    );
    expect(planStatusSql.after('derive', 'p.status')).toBe(
      "(CASE p.status WHEN 'draft' THEN 'derived' ELSE p.status END)",
    );
  });
});

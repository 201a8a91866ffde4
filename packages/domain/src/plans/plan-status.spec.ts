import {
  PLAN_EVENTS,
  PLAN_REFUSALS,
  PLAN_TRANSITIONS,
  type PlanEvent,
  planStatusSql,
  planStep,
  planTransition,
  statusesAllowing,
} from './plan-status';
import { PLAN_STATUSES, type PlanStatus } from './reform-area';

/** Walks a plan through events, as the API would: the status after each, or the refusal that stops it. */
function walk(from: PlanStatus, events: PlanEvent[]): string {
  let status = from;
  for (const event of events) {
    const step = planStep(status, event);
    if ('refused' in step) return `${status}: ${event} refused ${step.refused}`;
    status = step.to;
  }
  return status;
}

describe('the plan lifecycle', () => {
  it('takes an own plan from draft to issued, and a derived one through confirmed', () => {
    expect(walk('draft', ['edit', 'edit', 'issue'])).toBe('issued');
    expect(walk('derived', ['edit', 'confirm', 'issue'])).toBe('issued');
    expect(walk('derived', ['issue'])).toBe('derived: issue refused PLAN_NOT_CONFIRMED');
    expect(walk('draft', ['confirm'])).toBe('draft: confirm refused PLAN_NOT_DERIVED');
  });

  it('freezes an issued plan: every write is refused until it is amended', () => {
    expect(walk('draft', ['issue', 'edit'])).toBe('issued: edit refused PLAN_ISSUED');
    expect(walk('draft', ['issue', 'issue'])).toBe('issued: issue refused PLAN_ISSUED');
    expect(walk('derived', ['confirm', 'issue', 'confirm'])).toBe('issued: confirm refused PLAN_ISSUED');
    expect(walk('draft', ['issue', 'amend', 'edit', 'issue', 'edit'])).toBe(
      'issued: edit refused PLAN_ISSUED',
    );
    expect(walk('draft', ['issue', 'amend', 'amend'])).toBe('amending: amend refused PLAN_STATUS_CONFLICT');
  });

  it('amends only an issued plan, and cascades only from one', () => {
    for (const status of ['draft', 'derived', 'confirmed'] as const) {
      expect(planStep(status, 'amend')).toEqual({ refused: 'PLAN_NOT_ISSUED' });
      expect(planStep(status, 'cascade')).toEqual({ refused: 'PLAN_NOT_ISSUED' });
    }
    expect(statusesAllowing('cascade')).toEqual(['issued']);
    expect(statusesAllowing('amend')).toEqual(['issued']);
    expect(walk('draft', ['issue', 'amend', 'cascade'])).toBe('amending: cascade refused PLAN_NOT_ISSUED');
  });

  it('takes reports on an issued plan only (also while it is amended), and leaves its status', () => {
    for (const status of ['draft', 'derived', 'confirmed'] as const) {
      expect(planStep(status, 'report')).toEqual({ refused: 'PLAN_NOT_ISSUED' });
    }
    expect(statusesAllowing('report')).toEqual(['issued', 'amending']);
    expect(walk('draft', ['issue', 'report', 'amend', 'report'])).toBe('amending');
  });

  it('sends a plan that receives new or raised targets back to be confirmed, even an issued one', () => {
    expect(walk('derived', ['confirm', 'receive'])).toBe('derived');
    expect(walk('derived', ['confirm', 'issue', 'receive', 'confirm', 'issue'])).toBe('issued');
    // A plan being amended keeps amending: its unit issues it with the raised floors.
    expect(walk('draft', ['issue', 'amend', 'receive'])).toBe('amending');
    expect(planStep('draft', 'receive')).toEqual({ refused: 'PLAN_NOT_DERIVED' });
  });

  it('has a step, allowed or refused, for every status and event', () => {
    expect(Object.keys(PLAN_TRANSITIONS).sort()).toEqual([...PLAN_STATUSES].sort());
    for (const from of PLAN_STATUSES)
      for (const event of PLAN_EVENTS) {
        const step = planStep(from, event);
        if ('to' in step) expect(PLAN_STATUSES).toContain(step.to);
        else expect(PLAN_REFUSALS).toContain(step.refused);
      }
  });

  it('never changes a status by editing, and never leaves issued but by amending or receiving', () => {
    for (const from of PLAN_STATUSES) {
      const edited = planTransition(from, 'edit');
      if (edited !== null) expect(edited).toBe(from);
      const issued = planTransition(from, 'issue');
      if (issued !== null) expect(issued).toBe('issued');
    }
    const leaving = PLAN_EVENTS.filter((e) => ![null, 'issued'].includes(planTransition('issued', e)));
    expect(leaving.sort()).toEqual(['amend', 'receive']);
  });

  it('writes the same table as SQL', () => {
    expect(planStatusSql.after('receive', 'status')).toBe(
      "(CASE status WHEN 'confirmed' THEN 'derived' WHEN 'issued' THEN 'derived' ELSE status END)",
    );
    expect(planStatusSql.after('derive', 'p.status')).toBe(
      "(CASE p.status WHEN 'draft' THEN 'derived' ELSE p.status END)",
    );
    expect(planStatusSql.after('edit', 'status')).toBe('status');
  });
});

import { createUserRequest } from './accounts';
import { unitCode } from './common';
import { createTargetRequest, listPlansQuery, taskDue } from './plans';
import { ruleOf } from './rules';

const issues = (result: { error?: { issues: Parameters<typeof ruleOf>[0][] } }) => result.error?.issues ?? [];

describe('the rules an issue names', () => {
  it('names each text pattern, keeping the English message', () => {
    const [code] = issues(unitCode.safeParse('9'));
    expect(code?.message).toBe('must be an official unit code of 2, 3 or 5 digits');
    expect(code && ruleOf(code)).toEqual({ rule: 'unitCode', params: {} });
    const [user] = issues(
      createUserRequest.safeParse({ username: 'A!', password: 'long enough!', role: 'officer' }),
    );
    expect(user && ruleOf(user)?.rule).toBe('username');
    // The first issue of a field is the one a form shows.
    expect(issues(taskDue.safeParse('Q5')).map(ruleOf)[0]).toEqual({ rule: 'due', params: {} });
    expect(issues(taskDue.safeParse('2025-02-30')).map(ruleOf)).toEqual([{ rule: 'realDate', params: {} }]);
    expect(issues(listPlansQuery.safeParse({ cursor: '!' })).map(ruleOf)).toEqual([
      { rule: 'cursor', params: {} },
    ]);
  });

  it('names a target value’s broken rule with the values it names', () => {
    const target = { code: 'A', name: 'B', area: 'institutions', direction: 'at_least' } as const;
    const [days] = issues(createTargetRequest.safeParse({ ...target, measure: 'days', value: 4000 }));
    expect(days?.message).toBe('must be at most 3650');
    expect(days && ruleOf(days)).toEqual({ rule: 'max', params: { max: 3650 } });
    const [floor] = issues(
      createTargetRequest.safeParse({ ...target, measure: 'count', value: 1, levelFloors: { commune: 1.5 } }),
    );
    expect(floor?.path).toEqual(['levelFloors', 'commune']);
    expect(floor && ruleOf(floor)).toEqual({ rule: 'integer', params: {} });
  });

  it('leaves issues zod’s own codes describe to them', () => {
    const [name] = issues(createTargetRequest.safeParse({ code: 'A', name: '', area: 'institutions' }));
    expect(name && ruleOf(name)).toBeNull();
  });
});

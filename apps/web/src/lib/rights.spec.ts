import { PLAN_STATUSES, type PlanStatus, planAllows } from '@cchc/domain';
import {
  canCreatePlanFor,
  canWritePlan,
  followsPlansBelow,
  managesUsers,
  planActions,
  planRefusal,
  readsReportsOf,
  rolesAssignable,
  hasNotifications,
  startsAtInbox,
  startsAtOwnUnit,
  unitTreePath,
} from './rights';

const officer948 = { role: 'officer', unitCode: '948' } as const;
const viewer94 = { role: 'viewer', unitCode: '94' } as const;
const provinceAdmin = { role: 'province_admin', unitCode: '94' } as const;
const systemAdmin = { role: 'system_admin', unitCode: null } as const;
const provincePlan = { unitCode: '94', provinceCode: '94' };
const districtPlan = { unitCode: '948', provinceCode: '94' };

describe('what the screens offer', () => {
  it('shows a plan’s reports to its own unit and the units above, not to the units below', () => {
    const communePlan = { unitCode: '31732', provinceCode: '94' };
    expect(readsReportsOf(officer948, districtPlan)).toBe(true);
    expect(readsReportsOf(officer948, communePlan)).toBe(true);
    // The province's plan, which Ngã Năm's derives from: read as a document, its reports not.
    expect(readsReportsOf(officer948, provincePlan)).toBe(false);
    expect(readsReportsOf(viewer94, communePlan)).toBe(true);
    expect(readsReportsOf({ role: 'officer', unitCode: '31732' }, districtPlan)).toBe(false);
    expect(readsReportsOf(systemAdmin, provincePlan)).toBe(true);
  });

  it('lets officers and province administrators write their own unit’s plans only', () => {
    expect(canWritePlan(officer948, districtPlan)).toBe(true);
    expect(canWritePlan(officer948, provincePlan)).toBe(false);
    expect(canWritePlan(provinceAdmin, provincePlan)).toBe(true);
    expect(canWritePlan(provinceAdmin, districtPlan)).toBe(false);
    expect(canWritePlan(viewer94, provincePlan)).toBe(false);
    expect(canWritePlan(systemAdmin, provincePlan)).toBe(false);
    expect(canCreatePlanFor(officer948, '948')).toBe(true);
    expect(canCreatePlanFor(viewer94, '94')).toBe(false);
  });

  it('starts a district’s or commune’s user at its own unit, a province’s user at the tree', () => {
    expect(startsAtOwnUnit(officer948)).toBe(true);
    expect(startsAtOwnUnit({ role: 'viewer', unitCode: '31732' })).toBe(true);
    expect(startsAtOwnUnit(viewer94)).toBe(false);
    expect(startsAtOwnUnit(provinceAdmin)).toBe(false);
    expect(startsAtOwnUnit(systemAdmin)).toBe(false);
    expect(unitTreePath(officer948)).toBe('/?unit=948');
    expect(unitTreePath(viewer94)).toBe('/');
    expect(unitTreePath(systemAdmin)).toBe('/');
  });

  it('starts an officer of any level at its inbox, the tree opened at its unit one click away', () => {
    expect(startsAtInbox(officer948)).toBe(true);
    expect(startsAtInbox(provinceAdmin)).toBe(true);
    expect(startsAtInbox({ role: 'officer', unitCode: '94' })).toBe(true);
    expect(startsAtInbox(viewer94)).toBe(false);
    expect(startsAtInbox({ role: 'viewer', unitCode: '31732' })).toBe(false);
    expect(startsAtInbox(systemAdmin)).toBe(false);
    expect(unitTreePath(provinceAdmin)).toBe('/?unit=94');
    // Every user of a unit is told what concerns it; the system administrator has no unit.
    expect(hasNotifications(viewer94)).toBe(true);
    expect(hasNotifications(systemAdmin)).toBe(false);
  });

  it('follows the plans below one’s own unit, not below the plan one’s plans derive from', () => {
    expect(followsPlansBelow(viewer94, provincePlan)).toBe(true);
    expect(followsPlansBelow(viewer94, districtPlan)).toBe(true);
    expect(followsPlansBelow(officer948, districtPlan)).toBe(true);
    expect(followsPlansBelow(officer948, provincePlan)).toBe(false);
    expect(followsPlansBelow(systemAdmin, districtPlan)).toBe(true);
  });

  it('lets administrators manage users, and make province administrators of a province only', () => {
    expect(managesUsers(provinceAdmin)).toBe(true);
    expect(managesUsers(systemAdmin)).toBe(true);
    expect(managesUsers(officer948)).toBe(false);
    expect(managesUsers(viewer94)).toBe(false);
    expect(rolesAssignable(provinceAdmin, '31738')).toEqual(['officer', 'viewer']);
    // Province administrators are made by the system administrator alone.
    expect(rolesAssignable(provinceAdmin, '94')).toEqual(['officer', 'viewer']);
    expect(rolesAssignable(systemAdmin, '94')).toEqual(['province_admin', 'officer', 'viewer']);
    expect(rolesAssignable(systemAdmin, '948')).toEqual(['officer', 'viewer']);
    expect(rolesAssignable(officer948, '948')).toEqual([]);
  });
});

describe('the plan actions a screen offers', () => {
  const own = (status: PlanStatus) =>
    ({ unitCode: '948', unitLevel: 'district', status, parentPlanId: null }) as const;
  const derived = (status: PlanStatus) => ({ ...own(status), parentPlanId: 'p-94' });

  it('follow the lifecycle table: edit and issue a draft, amend and cascade an issued plan', () => {
    expect(planActions(officer948, own('draft'))).toEqual({
      edit: true,
      confirm: false,
      issue: true,
      amend: false,
      cascade: false,
    });
    expect(planActions(officer948, own('issued'))).toEqual({
      edit: false,
      confirm: false,
      issue: false,
      amend: true,
      cascade: true,
    });
    expect(planActions(officer948, own('amending'))).toMatchObject({ edit: true, issue: true, amend: false });
  });

  it('issue a derived plan only once it is confirmed', () => {
    expect(planActions(officer948, derived('derived'))).toMatchObject({ confirm: true, issue: false });
    expect(planActions(officer948, derived('confirmed'))).toMatchObject({ confirm: true, issue: true });
    expect(planRefusal(derived('derived'), 'issue')).toBe('PLAN_NOT_CONFIRMED');
    expect(planRefusal(own('draft'), 'cascade')).toBe('PLAN_NOT_ISSUED');
    expect(planRefusal(own('issued'), 'cascade')).toBeNull();
  });

  it('offer nothing to whoever may not write the plan, for every status', () => {
    for (const status of PLAN_STATUSES) {
      const actions = planActions(viewer94, { ...own(status), unitCode: '94' });
      expect(Object.values(actions).some(Boolean)).toBe(false);
    }
  });

  it('offer every action the table allows, never one it refuses (the same table as the API)', () => {
    for (const status of PLAN_STATUSES) {
      const actions = planActions(officer948, derived(status));
      for (const event of ['edit', 'confirm', 'issue', 'amend', 'cascade'] as const)
        expect({ status, event, offered: actions[event] }).toEqual({
          status,
          event,
          offered: planAllows(status, event),
        });
    }
  });
});

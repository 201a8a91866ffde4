import { mayWritePlan, rolesManageableBy, writesPlans } from './roles';

describe('roles', () => {
  it('lets officers and province administrators write, viewers and the system administrator not', () => {
    expect(writesPlans('officer')).toBe(true);
    expect(writesPlans('province_admin')).toBe(true);
    expect(writesPlans('viewer')).toBe(false);
    expect(writesPlans('system_admin')).toBe(false);
  });

  it('lets a writer write the plans of its own unit only', () => {
    expect(mayWritePlan({ role: 'officer', unitCode: '948' }, '948')).toBe(true);
    expect(mayWritePlan({ role: 'officer', unitCode: '948' }, '94')).toBe(false);
    expect(mayWritePlan({ role: 'viewer', unitCode: '948' }, '948')).toBe(false);
    expect(mayWritePlan({ role: 'system_admin', unitCode: null }, '94')).toBe(false);
  });

  it('never lets anyone create a system administrator, nor officers manage users', () => {
    expect(rolesManageableBy('system_admin')).not.toContain('system_admin');
    expect(rolesManageableBy('province_admin')).not.toContain('system_admin');
    expect(rolesManageableBy('officer')).toEqual([]);
    // One province administrator cannot lock, demote or delete another.
    expect(rolesManageableBy('province_admin')).not.toContain('province_admin');
    expect(rolesManageableBy('system_admin')).toContain('province_admin');
    expect(rolesManageableBy('viewer')).toEqual([]);
  });
});

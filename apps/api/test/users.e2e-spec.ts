import argon2 from 'argon2';
import { expectInvalid, expectProblem, ok } from './support/expectations.js';
import { importProvince } from './support/fixtures.js';
import { type TestApp, bearer, startTestApp } from './support/test-app.js';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
type Json = any;

const PASSWORD = 'Mật-khẩu-đủ-dài-2024';

/**
 * Administrators manage the users of their scope: the system administrator
 * every unit's (but system administrators), a province administrator its
 * province's. One story, step by step, on Sóc Trăng (94) and Trà Vinh (84).
 */
describe('managing users', () => {
  let t: TestApp;
  let admin: Json;
  let provinceAdmin: string;
  let officer948: Json;
  let viewer31732: Json;
  let traVinhOfficer: Json;

  const as = (token: string, method: string, path: string, body?: unknown) =>
    t.request(method, path, body, bearer(token));
  const user = (username: string, role: string, unitCode: string | null, password = PASSWORD) => ({
    username,
    password,
    role,
    unitCode,
  });
  const login = async (username: string, password = PASSWORD) =>
    ok(await t.request('POST', '/api/auth/login', { username, password })).accessToken as string;
  const usernames = (list: Json[]) => list.map((u) => u.username).sort();

  beforeAll(async () => {
    t = await startTestApp();
    await t.reset();
    await importProvince(t, '94');
    await importProvince(t, '84');
    admin = await t.signIn('system_admin');
  });
  afterAll(() => t.close());

  it('the system administrator creates a province administrator for 94, who can sign in', async () => {
    const res = await as(admin, 'POST', '/api/users', user('qt.soctrang', 'province_admin', '94'));
    const created = ok(res, 201);
    expect(created).toEqual({
      id: expect.any(String),
      username: 'qt.soctrang',
      role: 'province_admin',
      unitCode: '94',
      unitName: 'Sóc Trăng',
      provinceCode: '94',
      locked: false,
      createdAt: expect.any(String),
    });
    expect(res.text).not.toMatch(/argon2|password/i);
    provinceAdmin = await login('qt.soctrang');
    expect(ok(await as(provinceAdmin, 'GET', '/api/auth/me')).role).toBe('province_admin');
    // And a user in Trà Vinh, for the scope checks below.
    traVinhOfficer = ok(await as(admin, 'POST', '/api/users', user('cb.travinh', 'officer', '84')), 201);
  });

  it('the province administrator creates an officer for 948 and a viewer for commune 31732', async () => {
    officer948 = ok(await as(provinceAdmin, 'POST', '/api/users', user('cb.ngaman', 'officer', '948')), 201);
    expect(officer948).toMatchObject({
      role: 'officer',
      unitCode: '948',
      unitName: 'Ngã Năm',
      provinceCode: '94',
    });
    viewer31732 = ok(
      await as(provinceAdmin, 'POST', '/api/users', user('xem.phuong1', 'viewer', '31732')),
      201,
    );
    expect(viewer31732).toMatchObject({ role: 'viewer', unitCode: '31732', provinceCode: '94' });
    // Both sign in with the password given.
    expect(ok(await as(await login('cb.ngaman'), 'GET', '/api/auth/me')).unitCode).toBe('948');
    expect(ok(await as(await login('xem.phuong1'), 'GET', '/api/auth/me')).unitCode).toBe('31732');
  });

  it('the province administrator lists only users within 94; the system administrator all but system administrators', async () => {
    const mine = ok(await as(provinceAdmin, 'GET', '/api/users'));
    expect(usernames(mine)).toEqual(['cb.ngaman', 'qt.soctrang', 'xem.phuong1']);
    for (const u of mine) expect(u.provinceCode).toBe('94');
    const all = ok(await as(admin, 'GET', '/api/users'));
    expect(usernames(all)).toEqual([
      'cb.ngaman',
      'cb.travinh',
      'qt.soctrang',
      'system-admin.all',
      'xem.phuong1',
    ]);
  });

  it('the province administrator cannot create users for 84 nor a system administrator (403), and nothing is created', async () => {
    expectProblem(
      await as(provinceAdmin, 'POST', '/api/users', user('cb.travinh2', 'officer', '84')),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await as(provinceAdmin, 'POST', '/api/users', user('cb.travinh3', 'officer', '844')),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await as(provinceAdmin, 'POST', '/api/users', user('qt.hethong', 'system_admin', null)),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await as(provinceAdmin, 'POST', '/api/users', user('qt.hethong2', 'system_admin', '94')),
      403,
      'FORBIDDEN',
    );
    // Nor may the system administrator make another one.
    expectProblem(
      await as(admin, 'POST', '/api/users', user('qt.hethong3', 'system_admin', null)),
      403,
      'FORBIDDEN',
    );
    const rows = await t.dataSource.query(
      `SELECT username FROM users WHERE username LIKE 'qt.hethong%' OR username LIKE 'cb.travinh_'`,
    );
    expect(rows).toEqual([]);
  });

  it('the province administrator cannot see, change or delete a user of 84 (404, as if it did not exist)', async () => {
    const listed = usernames(ok(await as(provinceAdmin, 'GET', '/api/users')));
    expect(listed).not.toContain('cb.travinh');
    const id = traVinhOfficer.id;
    expectProblem(await as(provinceAdmin, 'PATCH', `/api/users/${id}`, { locked: true }), 404, 'NOT_FOUND');
    expectProblem(
      await as(provinceAdmin, 'PATCH', `/api/users/${id}`, { password: 'Một-mật-khẩu-khác' }),
      404,
      'NOT_FOUND',
    );
    expectProblem(await as(provinceAdmin, 'DELETE', `/api/users/${id}`), 404, 'NOT_FOUND');
    // Nor the system administrator.
    const [sa] = await t.dataSource.query(`SELECT id FROM users WHERE role = 'system_admin'`);
    expectProblem(
      await as(provinceAdmin, 'PATCH', `/api/users/${sa.id}`, { locked: true }),
      404,
      'NOT_FOUND',
    );
    expectProblem(await as(provinceAdmin, 'DELETE', `/api/users/${sa.id}`), 404, 'NOT_FOUND');
    // Trà Vinh's officer still signs in, untouched.
    expect(ok(await as(await login('cb.travinh'), 'GET', '/api/auth/me'))).toEqual(traVinhOfficer);
  });

  it('the province administrator manages users of its province: role change, lock, delete', async () => {
    const extra = ok(await as(provinceAdmin, 'POST', '/api/users', user('cb.tam', 'officer', '941')), 201);
    expect(ok(await as(provinceAdmin, 'PATCH', `/api/users/${extra.id}`, { role: 'viewer' })).role).toBe(
      'viewer',
    );
    // Making province administrators is the system administrator's alone.
    expectProblem(
      await as(provinceAdmin, 'PATCH', `/api/users/${extra.id}`, { role: 'province_admin' }),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await as(provinceAdmin, 'PATCH', `/api/users/${extra.id}`, { role: 'system_admin' }),
      403,
      'FORBIDDEN',
    );
    expect(ok(await as(provinceAdmin, 'PATCH', `/api/users/${extra.id}`, { locked: true })).locked).toBe(
      true,
    );
    expect(ok(await as(provinceAdmin, 'DELETE', `/api/users/${extra.id}`), 204)).toBeUndefined();
    expect(usernames(ok(await as(provinceAdmin, 'GET', '/api/users')))).not.toContain('cb.tam');
  });

  it('officers and viewers cannot list or manage users (403)', async () => {
    for (const token of [await login('cb.ngaman'), await login('xem.phuong1')]) {
      expectProblem(await as(token, 'GET', '/api/users'), 403, 'FORBIDDEN');
      expectProblem(await as(token, 'POST', '/api/users', user('cb.moi', 'viewer', '948')), 403, 'FORBIDDEN');
      expectProblem(
        await as(token, 'PATCH', `/api/users/${officer948.id}`, { locked: true }),
        403,
        'FORBIDDEN',
      );
      expectProblem(await as(token, 'DELETE', `/api/users/${viewer31732.id}`), 403, 'FORBIDDEN');
    }
    const [row] = await t.dataSource.query('SELECT locked, deleted_at FROM users WHERE id = $1', [
      officer948.id,
    ]);
    expect(row).toEqual({ locked: false, deleted_at: null });
    const [moi] = await t.dataSource.query(`SELECT 1 FROM users WHERE username = 'cb.moi'`);
    expect(moi).toBeUndefined();
  });

  it('refuses a user name already taken (409 USERNAME_TAKEN), whatever its case', async () => {
    const taken = expectProblem(
      await as(provinceAdmin, 'POST', '/api/users', user('cb.ngaman', 'viewer', '948')),
      409,
      'USERNAME_TAKEN',
    );
    expect(taken.detail).toContain('cb.ngaman');
    // Names are typed in lower case; one stored in another case (an older account) still takes its name.
    await t.dataSource.query(
      `INSERT INTO users (username, password_hash, role, unit_code, province_code) VALUES ('Tran.Thi.B', $1, 'viewer', '948', '94')`,
      [await argon2.hash(PASSWORD, { type: argon2.argon2id })],
    );
    expectProblem(
      await as(admin, 'POST', '/api/users', user('tran.thi.b', 'officer', '948')),
      409,
      'USERNAME_TAKEN',
    );
    // A name is taken across provinces too.
    expectProblem(
      await as(admin, 'POST', '/api/users', user('cb.ngaman', 'officer', '84')),
      409,
      'USERNAME_TAKEN',
    );
    // Upper case typed in a new name is refused with the field named, not stored as a look-alike.
    expect(expectInvalid(await as(admin, 'POST', '/api/users', user('CB.NgaNam', 'officer', '948')))).toEqual(
      ['username'],
    );
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM users WHERE lower(username) IN ('cb.ngaman', 'tran.thi.b')`,
    );
    expect(n).toBe(2);
  });

  it('refuses a weak password, naming `password`, and creates nothing', async () => {
    for (const password of ['short', '123456789', '']) {
      const fields = expectInvalid(
        await as(provinceAdmin, 'POST', '/api/users', user('cb.yeu', 'officer', '948', password)),
      );
      expect(fields).toEqual(['password']);
    }
    expect(
      expectInvalid(await as(provinceAdmin, 'PATCH', `/api/users/${officer948.id}`, { password: 'short' })),
    ).toEqual(['password']);
    const [row] = await t.dataSource.query(`SELECT 1 FROM users WHERE username = 'cb.yeu'`);
    expect(row).toBeUndefined();
    // The old password still works.
    await login('cb.ngaman');
  });

  it('a province administrator must belong to a province (400 naming unitCode)', async () => {
    for (const unitCode of ['948', '31732', null]) {
      const res = await as(admin, 'POST', '/api/users', user('qt.sai', 'province_admin', unitCode));
      expect(expectInvalid(res)).toEqual(['unitCode']);
    }
    expect(expectInvalid(await as(admin, 'POST', '/api/users', user('cb.sai', 'officer', '99999')))).toEqual([
      'unitCode',
    ]);
    const [row] = await t.dataSource.query(`SELECT 1 FROM users WHERE username IN ('qt.sai', 'cb.sai')`);
    expect(row).toBeUndefined();
  });

  it('nobody can delete itself', async () => {
    const me = ok(await as(provinceAdmin, 'GET', '/api/auth/me'));
    expectProblem(await as(provinceAdmin, 'DELETE', `/api/users/${me.id}`), 403, 'FORBIDDEN');
    expect(ok(await as(provinceAdmin, 'GET', '/api/auth/me')).id).toBe(me.id);
    const sa = ok(await as(admin, 'GET', '/api/auth/me'));
    expectProblem(await as(admin, 'DELETE', `/api/users/${sa.id}`), 403, 'FORBIDDEN');
    expect(ok(await as(admin, 'GET', '/api/auth/me')).id).toBe(sa.id);
  });

  it('a province administrator cannot change, lock, demote or delete another one; the system administrator can', async () => {
    const second = ok(await as(admin, 'POST', '/api/users', user('qt.thuhai', 'province_admin', '94')), 201);
    const secondToken = await login('qt.thuhai');
    // It sees its fellow administrator in the list, but manages it not.
    expect(usernames(ok(await as(provinceAdmin, 'GET', '/api/users')))).toContain('qt.thuhai');
    for (const change of [
      { locked: true },
      { role: 'officer' },
      { role: 'viewer' },
      { password: 'Mật-khẩu-chiếm-quyền-1' },
    ]) {
      expectProblem(await as(provinceAdmin, 'PATCH', `/api/users/${second.id}`, change), 403, 'FORBIDDEN');
    }
    expectProblem(await as(provinceAdmin, 'DELETE', `/api/users/${second.id}`), 403, 'FORBIDDEN');
    // Nor can it create one.
    expectProblem(
      await as(provinceAdmin, 'POST', '/api/users', user('qt.thuba', 'province_admin', '94')),
      403,
      'FORBIDDEN',
    );
    // The second administrator is untouched: same role, unlocked, its session and password still good.
    expect(ok(await as(secondToken, 'GET', '/api/auth/me'))).toMatchObject({
      role: 'province_admin',
      locked: false,
    });
    expect(await login('qt.thuhai')).toEqual(expect.any(String));
    // The system administrator manages both.
    expect(ok(await as(admin, 'PATCH', `/api/users/${second.id}`, { locked: true })).locked).toBe(true);
    expect(ok(await as(admin, 'DELETE', `/api/users/${second.id}`), 204)).toBeUndefined();
  });

  it('does not let an administrator lock itself or change its own role', async () => {
    const me = ok(await as(provinceAdmin, 'GET', '/api/auth/me'));
    expectProblem(
      await as(provinceAdmin, 'PATCH', `/api/users/${me.id}`, { locked: true }),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await as(provinceAdmin, 'PATCH', `/api/users/${me.id}`, { role: 'viewer' }),
      403,
      'FORBIDDEN',
    );
    const after = ok(await as(provinceAdmin, 'GET', '/api/auth/me'));
    expect(after).toMatchObject({ role: 'province_admin', locked: false });
  });
});

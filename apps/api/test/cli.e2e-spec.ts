import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from '../src/config/env.js';
import { type TestApp, startTestApp } from './support/test-app.js';

const run = promisify(execFile);
const CLI = path.join(REPO_ROOT, 'apps/api/dist/cli.js');

/** `pnpm --filter api cli units:import FILE.csv`, as pnpm runs it: in apps/api, with INIT_CWD. */
async function cli(args: string[], cwd: string) {
  try {
    const { stdout, stderr } = await run('node', [CLI, ...args], {
      cwd: path.join(REPO_ROOT, 'apps/api'),
      env: { ...process.env, DATABASE_URL: process.env.TEST_DATABASE_URL, INIT_CWD: cwd },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('cli units:import', () => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    t = await startTestApp();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-cli-'));
  });
  beforeEach(() => t.reset());
  afterAll(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('imports a unit file given relative to where the user typed the command', async () => {
    fs.copyFileSync(path.join(REPO_ROOT, 'data/units/units-2025.csv'), path.join(dir, 'units.csv'));
    const first = await cli(['units:import', 'units.csv'], dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Imported 3355 units .*3355 created, 0 updated, 0 unchanged/);
    const provinces = await t.request('GET', '/api/units?limit=1000');
    expect(provinces.body).toHaveLength(34);
    const again = await cli(['units:import', 'units.csv'], dir);
    expect(again.stdout).toMatch(/0 created, 0 updated, 3355 unchanged/);
  });

  it('rejects a file with bad lines, names each, exits 1 and imports nothing', async () => {
    fs.writeFileSync(
      path.join(dir, 'bad.csv'),
      'code,name,type,level,parent_code\n94,Sóc Trăng,Tỉnh,province,\n948,Ngã Năm,Thị xã,district,99\n949,X,Huyện,town,94\n',
    );
    const result = await cli(['units:import', 'bad.csv'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('line 3: unknown parent 99');
    expect(result.stderr).toContain('line 4: level "town" is not province, district or commune');
    expect((await t.request('GET', '/api/units')).body).toEqual([]);
  });

  it('explains its usage when the command is wrong', async () => {
    const result = await cli(['units:export'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: pnpm --filter api cli');
  });
});

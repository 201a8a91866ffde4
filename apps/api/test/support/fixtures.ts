import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../src/config/env.js';
import { provinceUnitsCsv } from '../../src/modules/units/infrastructure/unit-files.js';
import type { TestApp } from './test-app.js';

export const UNITS_2024 = fs.readFileSync(path.join(REPO_ROOT, 'data/units/units-2024.csv'), 'utf8');
export const UNITS_2025 = fs.readFileSync(path.join(REPO_ROOT, 'data/units/units-2025.csv'), 'utf8');

/** Imports one province of the real 2024 list (Sóc Trăng, 94, by default). */
export async function importProvince(t: TestApp, code = '94', csv = UNITS_2024) {
  const res = await t.request('POST', '/api/units/import', provinceUnitsCsv(csv, code));
  if (res.status !== 200) throw new Error(`import failed: ${res.status} ${res.text}`);
  return res.body;
}

export const percentTarget = (code: string, value: number, extra: Record<string, unknown> = {}) => ({
  code,
  name: `Chỉ tiêu ${code}`,
  area: 'administrative_procedures',
  measure: 'percent',
  direction: 'at_least',
  value,
  ...extra,
});

/** A provincial 2024 plan for `unitCode` with the given targets; returns the plan. */
export async function createPlanWithTargets(
  t: TestApp,
  unitCode: string,
  targets: Record<string, unknown>[],
) {
  const plan = await t.request('POST', '/api/plans', {
    unitCode,
    year: 2024,
    title: 'Kế hoạch Thực hiện cải cách hành chính năm 2024',
    documentNumber: '218/KH-UBND',
  });
  if (plan.status !== 201) throw new Error(`create plan failed: ${plan.status} ${plan.text}`);
  for (const target of targets) {
    const res = await t.request('POST', `/api/plans/${plan.body.id}/targets`, target);
    if (res.status !== 201) throw new Error(`add target failed: ${res.status} ${res.text}`);
  }
  return plan.body;
}

/** The derived plan of `unitCode` among a cascade's or children list's plans. */
export function planOf(plans: { unitCode: string; id: string }[], unitCode: string): string {
  const found = plans.find((p) => p.unitCode === unitCode);
  if (!found) throw new Error(`no derived plan for ${unitCode}`);
  return found.id;
}

import { getPlan, ok } from './expectations.js';
import { createPlanWithTargets, percentTarget } from './fixtures.js';
import type { TestApp } from './test-app.js';

export const SOC_TRANG_DISTRICTS = [
  '941',
  '942',
  '943',
  '944',
  '945',
  '946',
  '947',
  '948',
  '949',
  '950',
  '951',
];
export const NGA_NAM_COMMUNES = ['31732', '31735', '31738', '31741', '31744', '31747', '31750', '31753'];

/**
 * The province's targets, one of each kind the rule treats differently: a plain
 * percentage, one with floors per level (80 / district 70 / commune 60), a count
 * that must stay at most 0, and a deadline (at most a date).
 */
export const PROVINCE_TARGETS = [
  percentTarget('TTHC-01', 98, { name: 'Tỷ lệ hồ sơ TTHC giải quyết đúng hạn' }),
  percentTarget('DVC-02', 80, {
    name: 'Tỷ lệ số hóa kết quả giải quyết TTHC',
    area: 'digital_government',
    levelFloors: { district: 70, commune: 60 },
  }),
  {
    code: 'KL-03',
    name: 'Số cán bộ, công chức bị kỷ luật',
    area: 'civil_service',
    measure: 'count',
    direction: 'at_most',
    value: 0,
  },
  {
    code: 'KH-04',
    name: 'Ban hành kế hoạch CCHC của cấp dưới',
    area: 'direction',
    measure: 'date',
    direction: 'at_most',
    value: '2024-07-30',
  },
];

export const PROVINCE_TASKS = [
  {
    title: 'Ban hành Kế hoạch CCHC năm 2024',
    area: 'direction',
    product: 'Kế hoạch',
    leadAgency: 'Sở Nội vụ',
    coordinatingAgencies: ['Các sở, ban, ngành'],
    budgetMillionVnd: 50,
    due: '2024-Q1',
  },
  {
    title: 'Rà soát, đơn giản hóa thủ tục hành chính',
    area: 'administrative_procedures',
    product: 'Quyết định phê duyệt phương án đơn giản hóa',
    leadAgency: 'Văn phòng UBND tỉnh',
    budgetMillionVnd: 120,
    due: '2024-06-30',
  },
];

/** Sóc Trăng's 2024 plan (218/KH-UBND) with the targets and tasks above, as GET shows it. */
export async function socTrangPlan(t: TestApp) {
  const plan = await createPlanWithTargets(t, '94', PROVINCE_TARGETS);
  for (const task of PROVINCE_TASKS) ok(await t.request('POST', `/api/plans/${plan.id}/tasks`, task), 201);
  return getPlan(t, plan.id);
}

export async function cascade(t: TestApp, planId: string, body: unknown = {}) {
  return ok(await t.request('POST', `/api/plans/${planId}/cascade`, body));
}

export async function compliance(t: TestApp, planId: string) {
  return ok(await t.request('GET', `/api/plans/${planId}/compliance`));
}

export async function children(t: TestApp, planId: string) {
  return ok(await t.request('GET', `/api/plans/${planId}/children`));
}

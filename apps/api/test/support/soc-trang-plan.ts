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

/** How the province signs 218/KH-UBND (place left out: the unit's name, Sóc Trăng). */
export const PROVINCE_ISSUE = {
  documentNumber: '218/KH-UBND',
  issuedOn: '2023-12-19',
  signer: { name: 'Nguyễn Văn Minh', title: 'Phó Chủ tịch', capacity: 'KT' },
};
/** How Thị xã Ngã Năm signs the plan it confirmed. */
export const NGA_NAM_ISSUE = {
  documentNumber: '12/KH-UBND',
  issuedOn: '2024-01-05',
  place: 'Ngã Năm',
  signer: { name: 'Kim Thái Phong', title: 'Chủ tịch', capacity: 'TM' },
};

/**
 * Issues a plan (ban hành) as its unit's officer: only an issued plan is
 * cascaded. The body defaults to the plan's own number (or 01/KH-UBND for a
 * derived plan that has none yet), dated 19/12/2023. Returns the issued plan.
 */
export async function issuePlan(t: TestApp, planId: string, body?: Record<string, unknown>) {
  const plan = body ? null : await getPlan(t, planId);
  return ok(
    await t.request(
      'POST',
      `/api/plans/${planId}/issue`,
      body ?? { ...PROVINCE_ISSUE, documentNumber: plan.documentNumber ?? '01/KH-UBND' },
    ),
  );
}

/** A derived plan accepted as received, then issued: what a unit does before passing it down. */
export async function confirmAndIssue(t: TestApp, planId: string, body?: Record<string, unknown>) {
  ok(await t.request('POST', `/api/plans/${planId}/confirm`, {}));
  return issuePlan(t, planId, body);
}

/** Reopens an issued plan as the draft of its next version (status amending); returns it. */
export async function openAmendment(
  t: TestApp,
  planId: string,
  reason = 'Điều chỉnh chỉ tiêu theo Chỉ thị số 27/CT-TTg',
) {
  return ok(await t.request('POST', `/api/plans/${planId}/amendments`, { reason }), 201);
}

/**
 * Amends an issued plan, applies `edit` to the draft of its next version, and
 * issues it again (as 45/KH-UBND, 12/06/2024 unless `body` says otherwise).
 */
export async function amendPlan(
  t: TestApp,
  planId: string,
  edit: () => Promise<unknown>,
  body?: Record<string, unknown>,
) {
  await openAmendment(t, planId);
  await edit();
  return issuePlan(
    t,
    planId,
    body ?? { ...PROVINCE_ISSUE, documentNumber: '45/KH-UBND', issuedOn: '2024-06-12' },
  );
}

/** Cascades an issued plan (it does not issue it: call issuePlan first). */
export async function cascade(t: TestApp, planId: string, body: unknown = {}) {
  return ok(await t.request('POST', `/api/plans/${planId}/cascade`, body));
}

export async function compliance(t: TestApp, planId: string) {
  return ok(await t.request('GET', `/api/plans/${planId}/compliance`));
}

export async function children(t: TestApp, planId: string) {
  return ok(await t.request('GET', `/api/plans/${planId}/children`));
}

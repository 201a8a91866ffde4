import {
  DIRECTIONS,
  FLOOR_LEVELS,
  MEASURES,
  PLAN_KINDS,
  PLAN_STATUSES,
  REFORM_AREAS,
  TIMELINESS,
  type TargetValueIssue,
  TARGET_REPORTING,
  parseDue,
  targetValueIssue,
} from '@cchc/domain';
import { z } from 'zod';
import { unitCode, uuid } from './common';
import { TEXT_FORMATS, customRule } from './rules';
import { unitLevel } from './units';

export const planKind = z.enum(PLAN_KINDS);
export const planStatus = z.enum(PLAN_STATUSES);
export const reformArea = z.enum(REFORM_AREAS);
export const measure = z.enum(MEASURES);
export const direction = z.enum(DIRECTIONS);

/** A number, or for a `date` target an ISO date (YYYY-MM-DD). Which one a
 * target takes depends on its measure; requests are checked against it. */
export const targetValue = z.union([z.number(), z.string()]);
export const levelFloors = z
  .object({ district: targetValue.nullable().optional(), commune: targetValue.nullable().optional() })
  .strict();

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

// ---- plans ---------------------------------------------------------------

export const createPlanRequest = z
  .object({
    unitCode,
    year: z.number().int().min(2000).max(2100),
    kind: planKind.default('annual'),
    title: text(500),
    documentNumber: optionalText(100),
    legalBasis: z.array(text(2000)).max(100).default([]),
    objectives: z.string().max(50_000).default(''),
  })
  .strict()
  .meta({ id: 'CreatePlanRequest' });
export type CreatePlanRequest = z.input<typeof createPlanRequest>;

/** A calendar day, YYYY-MM-DD, between 2000 and 2100. */
export const isoDay = z.string().superRefine((v, ctx) => {
  // The same rule as a date target's value: a real day of the plans' years.
  const problem = targetValueIssue('date', v);
  if (problem) ctx.addIssue(valueIssue([], problem));
});

export const updatePlanRequest = z
  .object({
    title: text(500).optional(),
    documentNumber: optionalText(100),
    legalBasis: z.array(text(2000)).max(100).optional(),
    objectives: z.string().max(50_000).optional(),
    /**
     * The date by which the units below must issue their plans (seed 001: "hoàn thành
     * trước ngày 30/7/2025"); null clears it. Part of the document: set while drafting or amending.
     */
    childrenDueOn: isoDay.nullable().optional(),
    /**
     * The document's "Nơi nhận" list, one recipient a line ("Sở Nội vụ tỉnh", "Lưu: VT, VP");
     * empty: the usual list for the plan's level (`defaultRecipientsVi`).
     */
    recipients: z.array(text(300)).max(50).optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, {
    message: 'must change at least one field',
    params: customRule('changeSomething'),
  })
  .meta({ id: 'UpdatePlanRequest' });
export type UpdatePlanRequest = z.input<typeof updatePlanRequest>;

export const listPlansQuery = z
  .object({
    unit: unitCode.optional(),
    year: z.coerce.number().int().min(2000).max(2100).optional(),
    /** How many plans one page holds. */
    limit: z.coerce.number().int().min(1).max(500).default(100),
    /** Where the page starts: the `cursor` of the previous page's `Link: <…>; rel="next"`. */
    cursor: z.string().regex(TEXT_FORMATS.cursor, 'must be the cursor of a previous page').optional(),
  })
  .strict();
export type ListPlansQuery = z.infer<typeof listPlansQuery>;

// ---- targets -------------------------------------------------------------

export const targetCode = z
  .string()
  .trim()
  .regex(TEXT_FORMATS.targetCode, 'must be 1 to 40 letters, digits, dots, dashes or underscores');
export const targetCodeParams = z.object({ id: uuid, code: targetCode });

const targetFields = {
  name: text(1000),
  area: reformArea,
  measure,
  direction,
  value: targetValue,
  levelFloors: levelFloors.optional(),
};

/** A custom issue for a broken target-value rule: the API's English message,
 * and the rule's name and values for clients that translate it. */
function valueIssue(path: string[], problem: TargetValueIssue) {
  return {
    code: 'custom' as const,
    path,
    message: problem.message,
    params: customRule(problem.rule, problem.params),
  };
}

/** Adds an issue for each value that does not suit the target's measure. */
function checkValuesAgainstMeasure(
  v: {
    measure?: z.infer<typeof measure>;
    value?: number | string;
    levelFloors?: z.infer<typeof levelFloors>;
  },
  ctx: z.RefinementCtx,
) {
  if (!v.measure) return;
  const m = v.measure;
  if (v.value !== undefined) {
    const problem = targetValueIssue(m, v.value);
    if (problem) ctx.addIssue(valueIssue(['value'], problem));
  }
  for (const level of FLOOR_LEVELS) {
    const floor = v.levelFloors?.[level];
    if (floor === undefined || floor === null) continue;
    const problem = targetValueIssue(m, floor);
    if (problem) ctx.addIssue(valueIssue(['levelFloors', level], problem));
  }
}

/** How a target's value is reported: year to date (the default) or for the period alone. */
const reporting = z.enum(TARGET_REPORTING);

export const createTargetRequest = z
  .object({ code: targetCode, ...targetFields, reporting: reporting.default('cumulative') })
  .strict()
  .superRefine(checkValuesAgainstMeasure)
  .meta({ id: 'CreateTargetRequest' });
export type CreateTargetRequest = z.input<typeof createTargetRequest>;

/** Values are checked against the measure the target has (or gets) by the API. */
export const updateTargetRequest = z
  .object({
    name: targetFields.name.optional(),
    area: reformArea.optional(),
    measure: measure.optional(),
    direction: direction.optional(),
    value: targetValue.optional(),
    levelFloors: levelFloors.optional(),
    reporting: reporting.optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, {
    message: 'must change at least one field',
    params: customRule('changeSomething'),
  })
  .superRefine(checkValuesAgainstMeasure)
  .meta({ id: 'UpdateTargetRequest' });
export type UpdateTargetRequest = z.input<typeof updateTargetRequest>;

export const targetResponse = z
  .object({
    code: z.string(),
    name: z.string(),
    area: reformArea,
    measure,
    direction,
    value: targetValue,
    levelFloors: z.object({ district: targetValue.nullable(), commune: targetValue.nullable() }),
    /** The target of the parent plan this one inherits; null for a target of the plan's own. */
    parentTargetId: uuid.nullable(),
    /** The strictest floor the plans above set for this plan's level; null when not inherited. */
    floor: targetValue.nullable(),
    /** Reported year to date (`cumulative`) or for each period alone (`period`); inherited with the target. */
    reporting,
  })
  .meta({ id: 'Target' });
export type TargetResponse = z.infer<typeof targetResponse>;

// ---- tasks ---------------------------------------------------------------

export const taskDue = z
  .string()
  .regex(TEXT_FORMATS.due, 'must be a date (2024-03-15), a quarter (2024-Q1) or a year (2024)')
  .refine((v) => parseDue(v) !== null, { message: 'must be a real date', params: customRule('realDate') });

const agency = z.string().trim().min(1).max(300);

export const createTaskRequest = z
  .object({
    title: text(2000),
    area: reformArea,
    product: optionalText(500),
    leadAgency: agency.nullable().optional(),
    coordinatingAgencies: z.array(agency).max(50).default([]),
    budgetMillionVnd: z.number().min(0).max(1e9).default(0),
    due: taskDue.nullable().optional(),
    /** false: the plan's own level only ("Ban hành Kế hoạch CCHC năm 2024 của tỉnh"); a cascade skips it. */
    cascade: z.boolean().default(true),
  })
  .strict()
  .meta({ id: 'CreateTaskRequest' });
export type CreateTaskRequest = z.input<typeof createTaskRequest>;

export const updateTaskRequest = z
  .object({
    title: text(2000).optional(),
    area: reformArea.optional(),
    product: optionalText(500),
    leadAgency: agency.nullable().optional(),
    coordinatingAgencies: z.array(agency).max(50).optional(),
    budgetMillionVnd: z.number().min(0).max(1e9).optional(),
    due: taskDue.nullable().optional(),
    cascade: z.boolean().optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, {
    message: 'must change at least one field',
    params: customRule('changeSomething'),
  })
  .meta({ id: 'UpdateTaskRequest' });
export type UpdateTaskRequest = z.input<typeof updateTaskRequest>;

export const taskIdParams = z.object({ id: uuid, taskId: uuid });

export const taskResponse = z
  .object({
    id: uuid,
    title: z.string(),
    area: reformArea,
    product: z.string().nullable(),
    leadAgency: z.string().nullable(),
    coordinatingAgencies: z.array(z.string()),
    budgetMillionVnd: z.number(),
    due: z.string().nullable(),
    /** The task of the parent plan this one was derived from. */
    parentTaskId: uuid.nullable(),
    /** Whether a cascade copies it into the plans below; false: this level only. */
    cascade: z.boolean(),
    /** Assigned by the plan above: it cannot be deleted or retitled, and its deadline may only move earlier. */
    mandated: z.boolean(),
    /** The deadline of the parent plan's task; null for a task of the plan's own or one without. */
    parentDue: z.string().nullable(),
  })
  .meta({ id: 'Task' });

/** A task as a history entry recorded it: entries written before the fields came lack them. */
export const taskSnapshot = taskResponse
  .partial({ cascade: true, mandated: true, parentDue: true })
  .meta({ id: 'TaskSnapshot' });
export type TaskSnapshot = z.infer<typeof taskSnapshot>;
export type TaskResponse = z.infer<typeof taskResponse>;

// ---- issuing ---------------------------------------------------------------

/** TM.: signed for the People's Committee by its chair; KT.: by a vice-chair on the chair's behalf. */
export const SIGNER_CAPACITIES = ['TM', 'KT'] as const;
export const signer = z
  .object({
    name: text(100),
    /** "Chủ tịch", "Phó Chủ tịch". */
    title: text(100),
    capacity: z.enum(SIGNER_CAPACITIES),
  })
  .strict()
  .meta({ id: 'Signer' });
export type Signer = z.infer<typeof signer>;

export const issuePlanRequest = z
  .object({
    /** "12/KH-UBND": the number the document is issued under. */
    documentNumber: text(100),
    issuedOn: isoDay,
    /** "Ngã Năm": where it is dated; the unit's name when left out. */
    place: text(100).optional(),
    signer,
  })
  .strict()
  .meta({ id: 'IssuePlanRequest' });
export type IssuePlanRequest = z.infer<typeof issuePlanRequest>;

/** How the plan's current version was issued: what the signed document carries. */
export const planIssue = z
  .object({
    /** The document's version: 1 when first issued, one more for each amendment. */
    version: z.number().int(),
    documentNumber: z.string(),
    issuedOn: z.string(),
    place: z.string(),
    signer,
    issuedAt: z.string(),
    issuedBy: z.string().nullable(),
  })
  .meta({ id: 'PlanIssue' });
export type PlanIssue = z.infer<typeof planIssue>;

// ---- plan responses --------------------------------------------------------

/**
 * A derived plan that must be confirmed again because an amendment of the plan it
 * derives from changed its targets: which version, and each target before → after
 * (before null: a target the amendment added).
 */
export const planReconfirm = z
  .object({
    parentPlanId: uuid,
    parentVersion: z.number().int(),
    targets: z.array(z.object({ code: z.string(), before: targetValue.nullable(), after: targetValue })),
  })
  .meta({ id: 'PlanReconfirm' });

export const planSummaryResponse = z
  .object({
    id: uuid,
    unitCode,
    unitName: z.string(),
    /** "Thị xã Ngã Năm"; a commune with its district: "Xã Tân Long, Thị xã Ngã Năm". */
    unitFullName: z.string(),
    unitLevel,
    provinceCode: unitCode,
    year: z.number().int(),
    kind: planKind,
    title: z.string(),
    documentNumber: z.string().nullable(),
    legalBasis: z.array(z.string()),
    objectives: z.string(),
    /** The document's "Nơi nhận", as the plan's unit set it; empty: the usual list for its level. */
    recipients: z.array(z.string()),
    status: planStatus,
    parentPlanId: uuid.nullable(),
    version: z.number().int(),
    /** The issued version in force (null before the plan is first issued). */
    issued: planIssue.nullable(),
    /** While the plan is being amended: the version being drafted and why. */
    amendment: z.object({ version: z.number().int(), reason: z.string() }).nullable(),
    /**
     * A derived plan that must be confirmed again because an amendment of the plan it
     * derives from changed its targets: which version, and each target before → after
     * (before null: a target the amendment added). Null once it is confirmed.
     */
    reconfirm: planReconfirm.nullable(),
    /** The date by which the units below must issue their plans (YYYY-MM-DD); null: none set. */
    childrenDueOn: z.string().nullable(),
    /** The previous year's plan this one was started from (POST …/next-year); null otherwise. */
    carriedFromPlanId: uuid.nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'PlanSummary' });
export type PlanSummaryResponse = z.infer<typeof planSummaryResponse>;

export const planAreaSection = z.object({
  area: reformArea,
  targets: z.array(targetResponse),
  tasks: z.array(taskResponse),
  /** Sum of the area's task budgets, million VND. */
  budgetMillionVnd: z.number(),
});

export const planResponse = planSummaryResponse
  .extend({
    /** The reform areas in the standard order; remediation areas only when used. */
    areas: z.array(planAreaSection),
    budgetMillionVnd: z.number(),
  })
  .meta({ id: 'Plan' });
export type PlanResponse = z.infer<typeof planResponse>;

// ---- cascade, confirm, children, compliance --------------------------------

export const cascadePlanRequest = z
  .object({
    unitCodes: z.array(unitCode).min(1).max(5000).optional(),
    /** Answer what the cascade would do (the same counts), writing nothing. */
    dryRun: z.boolean().optional(),
  })
  .strict()
  .meta({ id: 'CascadePlanRequest' });
export type CascadePlanRequest = z.infer<typeof cascadePlanRequest>;

export const childPlanResponse = z
  .object({
    id: uuid,
    unitCode,
    unitName: z.string(),
    unitType: z.string(),
    unitLevel,
    status: planStatus,
    version: z.number().int(),
    /** Type word, name and, for a commune, its district: "Phường 1, Thị xã Ngã Năm". */
    unitFullName: z.string(),
    /** No target of this plan, nor of any plan below it, is weaker than, or missing from, what its parent requires. */
    complies: z.boolean(),
    /** Compliance problems in this plan and every plan below it (the compliance screen's rows for its subtree). */
    violations: z.number().int(),
    /** Of those, the ones in this plan itself. */
    ownViolations: z.number().int(),
    /** When the child issued the version in force (YYYY-MM-DD); null while it has not. */
    issuedOn: z.string().nullable(),
    /** As the plan's own `reconfirm`: what an amendment above changed, until it confirms again. */
    reconfirm: planReconfirm.nullable(),
    /**
     * Against the parent's `childrenDueOn` (today in Asia/Ho_Chi_Minh): on_time, late (issued
     * after the date), pending (not issued, date not passed), overdue (not issued, date passed).
     */
    timeliness: z.enum(TIMELINESS),
  })
  .meta({ id: 'ChildPlan' });
export type ChildPlanResponse = z.infer<typeof childPlanResponse>;

export const cascadePlanResponse = z
  .object({
    created: z.number().int(),
    updated: z.number().int(),
    targetsAdded: z.number().int(),
    targetsRaised: z.number().int(),
    tasksAdded: z.number().int(),
    /** True when nothing was written: the counts say what the cascade would do. */
    dryRun: z.boolean(),
    /** The child plans the cascade reached, as they now stand; empty in a dry run. */
    plans: z.array(childPlanResponse),
  })
  .meta({ id: 'CascadeResult' });
export type CascadePlanResponse = z.infer<typeof cascadePlanResponse>;

export const confirmPlanRequest = z
  .object({
    targets: z
      .array(z.object({ code: targetCode, value: targetValue }).strict())
      .max(1000)
      .optional(),
  })
  .strict()
  .meta({ id: 'ConfirmPlanRequest' });
export type ConfirmPlanRequest = z.infer<typeof confirmPlanRequest>;

export const complianceItem = z
  .object({
    planId: uuid,
    unitCode,
    unitName: z.string(),
    /** The type word: Xã, Phường, Thị trấn, Huyện, Thị xã… */
    unitType: z.string(),
    /** Type word, name and, for a commune under a district, the district: "Xã Tân Long, Thị xã Ngã Năm". */
    unitFullName: z.string(),
    unitLevel,
    /** The district above a commune (null for a district, or a commune directly under its province). */
    districtCode: unitCode.nullable(),
    targetCode: z.string(),
    targetName: z.string(),
    /** How the value and floor are measured: "60 %", "40 triệu đồng", a date. */
    measure,
    /** weaker: below the floor; missing: the plan lacks a target its parent has;
     * mismatch: the target has the parent's code but another measure or direction. */
    problem: z.enum(['weaker', 'missing', 'mismatch']),
    /** `value`, or the level whose floor this target sets too weakly. */
    field: z.enum(['value', ...FLOOR_LEVELS]),
    direction,
    value: targetValue.nullable(),
    floor: targetValue,
  })
  .meta({ id: 'ComplianceItem' });
export type ComplianceItem = z.infer<typeof complianceItem>;

/**
 * What a proposed value and level floors of a plan's target would leave below
 * it. Absent fields stay as they are; an empty `district` or `commune` means
 * "no floor of its own" (the target's value). Values as the target takes them:
 * a number, or an ISO date for a date target.
 */
export const targetImpactQuery = z
  .object({
    value: z.string().trim().min(1).max(20).optional(),
    district: z.string().trim().max(20).optional(),
    commune: z.string().trim().max(20).optional(),
  })
  .strict();
export type TargetImpactQuery = z.infer<typeof targetImpactQuery>;

export const targetImpactResponse = z
  .object({
    targetCode: z.string(),
    /** Plans below (at every level) whose target of this code would be weaker than its floor. */
    plansBelowFloor: z.number().int(),
    /** The same, as the target stands now. */
    plansBelowFloorNow: z.number().int(),
  })
  .meta({ id: 'TargetImpact' });
export type TargetImpactResponse = z.infer<typeof targetImpactResponse>;

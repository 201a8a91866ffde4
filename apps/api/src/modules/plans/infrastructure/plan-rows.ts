import type { PlanSummaryResponse, TargetResponse, TaskResponse } from '@cchc/contracts';
import {
  type Measure,
  type RuleTarget,
  type UnitLevel,
  bindingAncestors,
  effectiveFloor,
  fromComparable,
} from '@cchc/domain';
import type { EntityManager } from 'typeorm';
import { DomainError, NotFoundError } from '../../../common/domain-error.js';
import type { TargetOrmEntity } from './target.orm-entity.js';
import type { TaskOrmEntity } from './task.orm-entity.js';

/** A plan with what its handlers need of its unit. */
export interface PlanRow {
  id: string;
  province_code: string;
  unit_code: string;
  unit_name: string;
  unit_type: string;
  unit_level: UnitLevel;
  year: number;
  kind: PlanSummaryResponse['kind'];
  title: string;
  document_number: string | null;
  legal_basis: string[];
  objectives: string;
  status: PlanSummaryResponse['status'];
  parent_plan_id: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

const PLAN_SELECT = `SELECT p.*, u.name AS unit_name, u.type AS unit_type, u.level AS unit_level FROM plans p JOIN units u ON u.code = p.unit_code`;

export async function findPlan(manager: EntityManager, id: string): Promise<PlanRow> {
  const [row] = await manager.query(`${PLAN_SELECT} WHERE p.id = $1`, [id]);
  if (!row) throw new NotFoundError(`Plan ${id}`);
  return row;
}

/** The plan, locked until the transaction ends, so concurrent writes to one plan queue up. */
export async function lockPlan(
  manager: EntityManager,
  id: string,
  expected: number | null,
): Promise<PlanRow> {
  const [row] = await manager.query(`${PLAN_SELECT} WHERE p.id = $1 FOR UPDATE OF p`, [id]);
  if (!row) throw new NotFoundError(`Plan ${id}`);
  // A write based on an older version (If-Match) would overwrite someone's change unseen.
  if (expected !== null && expected !== row.version) {
    throw new DomainError(
      'STALE_VERSION',
      `Plan ${id} has changed since you read it (you had version ${expected}, it is now ${row.version}); reload and try again`,
      { currentVersion: row.version, expectedVersion: expected },
    );
  }
  return row;
}

/** Every write to a plan or its rows counts as a new version of the plan. */
export async function bumpVersion(manager: EntityManager, id: string): Promise<void> {
  await manager.query('UPDATE plans SET version = version + 1, updated_at = now() WHERE id = $1', [id]);
}

export function toPlanSummary(r: PlanRow): PlanSummaryResponse {
  return {
    id: r.id,
    unitCode: r.unit_code,
    unitName: r.unit_name,
    unitLevel: r.unit_level,
    provinceCode: r.province_code,
    year: r.year,
    kind: r.kind,
    title: r.title,
    documentNumber: r.document_number,
    legalBasis: r.legal_basis,
    objectives: r.objectives,
    status: r.status,
    parentPlanId: r.parent_plan_id,
    version: r.version,
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

/** The same target (by code) in a plan above: what the floor rule compares against. */
export interface AncestorTarget extends RuleTarget {
  id: string;
  measure: Measure;
  area: TargetOrmEntity['area'];
  /** 1 for the parent plan, 2 for the grandparent… */
  distance: number;
}

/**
 * For each target code, the same target in every plan above `planId` whose
 * floor binds it (bindingAncestors), nearest first. A target whose code a plan above has is inherited, whatever row it
 * came from (cascaded, or written by the child before the parent had it).
 */
export async function ancestorTargets(
  manager: EntityManager,
  planId: string,
  codes: string[] | null,
): Promise<Map<string, AncestorTarget[]>> {
  const rows: {
    id: string;
    code: string;
    area: TargetOrmEntity['area'];
    measure: Measure;
    direction: RuleTarget['direction'];
    value: string;
    floor_district: string | null;
    floor_commune: string | null;
    distance: number;
  }[] = await manager.query(
    `WITH RECURSIVE up AS (
       SELECT parent_plan_id AS id, 1 AS distance FROM plans WHERE id = $1 AND parent_plan_id IS NOT NULL
       UNION ALL
       SELECT p.parent_plan_id, up.distance + 1 FROM plans p JOIN up ON p.id = up.id WHERE p.parent_plan_id IS NOT NULL
     )
     SELECT t.id, t.code, t.area, t.measure, t.direction, t.value, t.floor_district, t.floor_commune, up.distance
     FROM up JOIN targets t ON t.plan_id = up.id
     WHERE $2::text[] IS NULL OR t.code = ANY($2)
     ORDER BY up.distance`,
    [planId, codes],
  );
  const byCode = new Map<string, AncestorTarget[]>();
  for (const r of rows) {
    const list = byCode.get(r.code) ?? [];
    list.push({
      id: r.id,
      area: r.area,
      measure: r.measure,
      distance: r.distance,
      direction: r.direction,
      value: Number(r.value),
      levelFloors: {
        district: r.floor_district === null ? null : Number(r.floor_district),
        commune: r.floor_commune === null ? null : Number(r.floor_commune),
      },
    });
    byCode.set(r.code, list);
  }
  for (const [code, list] of byCode) byCode.set(code, bindingAncestors(list));
  return byCode;
}

export function toRuleTarget(
  t: Pick<TargetOrmEntity, 'direction' | 'value' | 'floorDistrict' | 'floorCommune'>,
): RuleTarget {
  return {
    direction: t.direction,
    value: t.value,
    levelFloors: { district: t.floorDistrict, commune: t.floorCommune },
  };
}

export function toTargetResponse(
  t: TargetOrmEntity,
  ancestors: RuleTarget[],
  level: UnitLevel,
): TargetResponse {
  const show = (m: Measure, v: number | null) => (v === null ? null : fromComparable(m, v));
  const floor = ancestors.length > 0 ? effectiveFloor(t.direction, ancestors, level) : null;
  return {
    code: t.code,
    name: t.name,
    area: t.area,
    measure: t.measure,
    direction: t.direction,
    value: fromComparable(t.measure, t.value),
    levelFloors: { district: show(t.measure, t.floorDistrict), commune: show(t.measure, t.floorCommune) },
    parentTargetId: t.parentTargetId,
    floor: show(t.measure, floor),
  };
}

export function toTaskResponse(t: TaskOrmEntity): TaskResponse {
  return {
    id: t.id,
    title: t.title,
    area: t.area,
    product: t.product,
    leadAgency: t.leadAgency,
    coordinatingAgencies: t.coordinatingAgencies,
    budgetMillionVnd: t.budgetMillionVnd,
    due: t.due,
    parentTaskId: t.parentTaskId,
  };
}

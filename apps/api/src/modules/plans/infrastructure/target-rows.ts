import type { TargetResponse } from '@cchc/contracts';
import {
  type Measure,
  type RuleTarget,
  type UnitLevel,
  bindingAncestors,
  effectiveFloor,
  fromComparable,
} from '@cchc/domain';
import type { EntityManager } from 'typeorm';
import type { TargetOrmEntity } from './target.orm-entity.js';

/** The same target (by code) in a plan above: what the floor rule compares against. */
export interface AncestorTarget extends RuleTarget {
  id: string;
  measure: Measure;
  reporting: TargetOrmEntity['reporting'];
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
    reporting: TargetOrmEntity['reporting'];
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
     SELECT t.id, t.code, t.area, t.measure, t.direction, t.reporting, t.value, t.floor_district, t.floor_commune, up.distance
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
      reporting: r.reporting,
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
    reporting: t.reporting,
  };
}

import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { ChildPlanResponse } from '@cchc/contracts';
import { VIETNAM_TODAY_SQL, childTimelinessSql } from '@cchc/domain';
import { DataSource } from 'typeorm';
import { runComplianceQuery } from '../../infrastructure/compliance.sql.js';
import { plansBelowCte } from '../../infrastructure/plan-tree.sql.js';
import { findPlan } from '../../infrastructure/plan-row.js';
import {
  type UnitNameRow,
  districtJoin,
  fullNameOf,
  unitNameColumns,
} from '../../infrastructure/unit-names.sql.js';
import { ListChildPlansQuery } from './list-child-plans.query.js';

/**
 * The children, each with the compliance problems of its whole subtree: a
 * district whose own plan is fine but whose communes fall below a floor does
 * not comply. One compliance query over the parent's subtree; each problem is
 * counted for the child its plan descends from, by parent_plan_id (not by the
 * unit tree: an agency's plan sits at its commune's unit, below the commune's plan).
 * Each child's timeliness against the parent's `childrenDueOn` is the domain's
 * rule in SQL, with today as a calendar day in Vietnam.
 */
@QueryHandler(ListChildPlansQuery)
export class ListChildPlansHandler implements IQueryHandler<ListChildPlansQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ planId, unitCodes }: ListChildPlansQuery): Promise<ChildPlanResponse[]> {
    await findPlan(this.dataSource.manager, planId);
    // The plans below, each with the child it descends from, as lists first: a recursive CTE
    // inside the compliance query hides its size from the planner, which then scans every target
    // in the country (a cascade answers its children this way, 759 times in the national bench).
    const [below]: { ids: string[]; child_ids: string[] }[] = await this.dataSource.query(
      `WITH RECURSIVE ${plansBelowCte('below', 'parent_plan_id = $1')}
       SELECT coalesce(array_agg(id), '{}') AS ids, coalesce(array_agg(child_id), '{}') AS child_ids FROM below`,
      [planId],
    );
    const rows: (UnitNameRow & {
      id: string;
      unit_code: string;
      unit_level: ChildPlanResponse['unitLevel'];
      status: ChildPlanResponse['status'];
      version: number;
      violations: number;
      own_violations: number;
      issued_on: string | null;
      reconfirm: ChildPlanResponse['reconfirm'];
      timeliness: ChildPlanResponse['timeliness'];
    })[] = await runComplianceQuery(
      this.dataSource,
      'SELECT unnest($1::uuid[]) AS id',
      (compliance) => `WITH RECURSIVE problems AS (${compliance}),
       -- Each plan below, with the child of $2 it descends from.
       lineage AS (SELECT * FROM unnest($1::uuid[], $4::uuid[]) AS l (id, child_id)),
       -- Computed once (MATERIALIZED): inlined, it was run again for each child.
       located AS MATERIALIZED (SELECT problems.plan_id, lineage.child_id FROM problems JOIN lineage ON lineage.id = problems.plan_id)
       SELECT p.id, p.unit_code, ${unitNameColumns('u')}, u.level AS unit_level, p.status, p.version,
              count(l.plan_id)::int AS violations,
              count(l.plan_id) FILTER (WHERE l.plan_id = p.id)::int AS own_violations,
              first_issue.issued_on::text AS issued_on, p.reconfirm,
              ${childTimelinessSql('parent.children_due_on', 'first_issue.issued_on', VIETNAM_TODAY_SQL)} AS timeliness
       FROM plans p JOIN units u ON u.code = p.unit_code
       JOIN plans parent ON parent.id = p.parent_plan_id
       -- When the child first issued its plan: what the deadline asks for (a later amendment does not make it late).
       LEFT JOIN LATERAL (
         SELECT coalesce(
           (SELECT v.issued_on FROM plan_versions v WHERE v.plan_id = p.id AND v.number = 1),
           CASE WHEN p.document_version > 0 THEN p.issued_on END) AS issued_on) first_issue ON true
       ${districtJoin('u')}
       LEFT JOIN located l ON l.child_id = p.id
       WHERE p.parent_plan_id = $2 AND ($3::text[] IS NULL OR p.unit_code = ANY($3::text[]))
       GROUP BY p.id, u.code, u_d.code, parent.id, first_issue.issued_on
       ORDER BY p.unit_code`,
      [below?.ids ?? [], planId, unitCodes ?? null, below?.child_ids ?? []],
    );
    return rows.map((r) => ({
      id: r.id,
      unitCode: r.unit_code,
      unitName: r.unit_name,
      unitType: r.unit_type,
      unitFullName: fullNameOf(r),
      unitLevel: r.unit_level,
      status: r.status,
      version: r.version,
      complies: r.violations === 0,
      violations: r.violations,
      ownViolations: r.own_violations,
      issuedOn: r.issued_on,
      reconfirm: r.reconfirm ?? null,
      timeliness: r.timeliness,
    }));
  }
}

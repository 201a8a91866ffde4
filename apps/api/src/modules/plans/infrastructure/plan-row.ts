import type { PlanIssue, PlanSummaryResponse, Signer } from '@cchc/contracts';
import type { UnitLevel } from '@cchc/domain';
import type { EntityManager } from 'typeorm';
import { DomainError, NotFoundError } from '../../../common/domain-error.js';
import { districtJoin, fullNameOf } from './unit-names.sql.js';

/** A plan with what its handlers need of its unit. */
export interface PlanRow {
  id: string;
  province_code: string;
  unit_code: string;
  unit_name: string;
  unit_type: string;
  unit_level: UnitLevel;
  district_code: string | null;
  district_name: string | null;
  district_type: string | null;
  year: number;
  kind: PlanSummaryResponse['kind'];
  title: string;
  document_number: string | null;
  legal_basis: string[];
  objectives: string;
  recipients: string[];
  status: PlanSummaryResponse['status'];
  parent_plan_id: string | null;
  version: number;
  /** The issued version in force; 0 before the plan is first issued. */
  document_version: number;
  issued_on: string | null;
  issue_place: string | null;
  signer: Signer | null;
  issued_at: Date | null;
  issued_by: string | null;
  /** Why the plan is being amended, while it is. */
  amendment_reason: string | null;
  reconfirm: PlanSummaryResponse['reconfirm'];
  /** By when the units below must issue their plans, YYYY-MM-DD. */
  children_due_on: string | null;
  carried_from_plan_id: string | null;
  created_at: Date;
  updated_at: Date;
}

/** A plan with its unit's name, type, level and (for a commune) district, for `toPlanSummary`. */
// Days as text: a calendar day, never shifted by a time zone.
export const PLAN_COLUMNS = `p.*, p.issued_on::text AS issued_on, p.children_due_on::text AS children_due_on,
  u.name AS unit_name, u.type AS unit_type, u.level AS unit_level,
  u_d.code AS district_code, u_d.name AS district_name, u_d.type AS district_type`;
export const PLAN_FROM = `plans p JOIN units u ON u.code = p.unit_code ${districtJoin('u')}`;
const PLAN_SELECT = `SELECT ${PLAN_COLUMNS} FROM ${PLAN_FROM}`;

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
    unitFullName: fullNameOf(r),
    unitLevel: r.unit_level,
    provinceCode: r.province_code,
    year: r.year,
    kind: r.kind,
    title: r.title,
    documentNumber: r.document_number,
    legalBasis: r.legal_basis,
    objectives: r.objectives,
    recipients: r.recipients,
    status: r.status,
    parentPlanId: r.parent_plan_id,
    version: r.version,
    issued: planIssueOf(r),
    amendment:
      r.status === 'amending' ? { version: r.document_version + 1, reason: r.amendment_reason ?? '' } : null,
    reconfirm: r.reconfirm ?? null,
    childrenDueOn: r.children_due_on,
    carriedFromPlanId: r.carried_from_plan_id,
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

/** How the version in force was issued, or null before the first issue. */
function planIssueOf(r: PlanRow): PlanIssue | null {
  if (r.document_version === 0 || !r.issued_on || !r.signer || !r.issued_at) return null;
  return {
    version: r.document_version,
    documentNumber: r.document_number ?? '',
    issuedOn: r.issued_on,
    place: r.issue_place ?? r.unit_name,
    signer: r.signer,
    issuedAt: new Date(r.issued_at).toISOString(),
    issuedBy: r.issued_by,
  };
}

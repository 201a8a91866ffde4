import type { EntityManager } from 'typeorm';

/** The audit log's last id before a transaction writes: its own entries come after it. */
export async function auditMark(manager: EntityManager): Promise<number> {
  const [{ since }] = await manager.query('SELECT coalesce(max(id), 0)::bigint AS since FROM audit_log');
  return Number(since);
}

const UNIT = (u: string) => `jsonb_build_object('code', ${u}.code, 'type', ${u}.type, 'name', ${u}.name)`;

/**
 * Turns the audit entries this transaction wrote (after `since`, and written by
 * this very transaction: xmin) into the notifications of the units concerned,
 * in one statement, whatever the number of entries (a cascade to ten thousand
 * communes tells ten thousand units):
 * - a plan a cascade derived or raised (`derived_by_cascade`) or an amendment
 *   above asks to re-confirm (`derived_by_amendment`): that plan's unit;
 * - a derived plan confirmed or issued (`plan_confirmed`, `plan_issued`): the
 *   unit of the plan it derives from;
 * - a progress report submitted (`report_submitted`): the unit of the plan above;
 *   one reopened by the unit above (`report_reopened`): the plan's own unit.
 * The params are a snapshot: the names and numbers as they were then.
 */
export async function recordNotifications(manager: EntityManager, since: number): Promise<void> {
  await manager.query(
    `WITH a AS (
       SELECT a.id, a.at, a.action, a.plan_id, a.after FROM audit_log a
       WHERE a.id > $1 AND a.xmin = pg_current_xact_id()::xid
         AND a.action IN ('derived_by_cascade', 'derived_by_amendment', 'plan_confirmed', 'plan_issued',
                          'report_submitted', 'report_reopened')),
     below AS (
       SELECT a.id AS audit_id, a.at, p.province_code, p.unit_code, p.id AS plan_id,
              CASE WHEN a.action = 'derived_by_amendment' THEN 'plan_reconfirm'
                   WHEN (a.after ->> 'created')::boolean THEN 'plan_derived' ELSE 'plan_received' END AS kind,
              jsonb_build_object('year', p.year, 'fromUnit', ${UNIT('pu')}, 'documentNumber', pp.document_number)
              || CASE WHEN a.action = 'derived_by_cascade' THEN jsonb_build_object(
                   'targetsAdded', coalesce(a.after -> 'targetsAdded', '[]'),
                   'targetsRaised', coalesce((SELECT jsonb_agg(r ->> 'code') FROM jsonb_array_elements(a.after -> 'targetsRaised') r), '[]'),
                   'tasksAdded', coalesce((a.after ->> 'tasksAdded')::int, 0))
                 ELSE jsonb_build_object('parentVersion', (a.after ->> 'parentVersion')::int,
                   'targets', coalesce(a.after -> 'targets', '[]')) END AS params
       FROM a JOIN plans p ON p.id = a.plan_id
       JOIN plans pp ON pp.id = (a.after ->> 'parentPlanId')::uuid
       JOIN units pu ON pu.code = pp.unit_code
       WHERE a.action IN ('derived_by_cascade', 'derived_by_amendment')),
     above AS (
       SELECT a.id AS audit_id, a.at, pp.province_code, pp.unit_code, p.id AS plan_id,
              CASE a.action WHEN 'plan_confirmed' THEN 'child_confirmed' ELSE 'child_issued' END AS kind,
              jsonb_build_object('year', p.year, 'fromUnit', ${UNIT('u')}, 'documentNumber', p.document_number,
                'issuedOn', p.issued_on::text) AS params
       FROM a JOIN plans p ON p.id = a.plan_id
       JOIN plans pp ON pp.id = p.parent_plan_id
       JOIN units u ON u.code = p.unit_code
       WHERE a.action IN ('plan_confirmed', 'plan_issued')),
     reports AS (
       SELECT a.id AS audit_id, a.at,
              CASE a.action WHEN 'report_submitted' THEN pp.province_code ELSE p.province_code END,
              CASE a.action WHEN 'report_submitted' THEN pp.unit_code ELSE p.unit_code END,
              p.id AS plan_id, a.action AS kind,
              jsonb_build_object('year', p.year,
                'fromUnit', CASE a.action WHEN 'report_submitted' THEN ${UNIT('u')} ELSE ${UNIT('pu')} END,
                'documentNumber', p.document_number, 'period', a.after -> 'period')
              || CASE a.action WHEN 'report_submitted'
                   THEN jsonb_build_object('late', coalesce((a.after ->> 'late')::boolean, false))
                   ELSE jsonb_build_object('reason', coalesce(a.after -> 'reopened' ->> 'reason', '')) END AS params
       FROM a JOIN plans p ON p.id = a.plan_id
       JOIN plans pp ON pp.id = p.parent_plan_id
       JOIN units u ON u.code = p.unit_code
       JOIN units pu ON pu.code = pp.unit_code
       WHERE a.action IN ('report_submitted', 'report_reopened'))
     INSERT INTO notifications (at, province_code, unit_code, kind, plan_id, audit_id, params)
     SELECT at, province_code, unit_code, kind, plan_id, audit_id, params
     FROM (SELECT * FROM below UNION ALL SELECT * FROM above UNION ALL SELECT * FROM reports) n
     ORDER BY audit_id`,
    [since],
  );
}

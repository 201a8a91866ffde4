import { Logger } from '@nestjs/common';
import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { PlanCascadedEvent, PlanChangedEvent } from '../../plans/events/plan-changed.event.js';

/**
 * Appends every plan change to the audit log: who, when, which plan, and the
 * rows before and after. A cascade is one entry on the parent plan and one on
 * each child plan it created or changed. Errors here reach no exception
 * filter: they are logged, loudly.
 */
@EventsHandler(PlanChangedEvent, PlanCascadedEvent)
export class RecordPlanChangeHandler implements IEventHandler<PlanChangedEvent | PlanCascadedEvent> {
  private readonly logger = new Logger('Audit');

  constructor(private readonly dataSource: DataSource) {}

  async handle(event: PlanChangedEvent | PlanCascadedEvent): Promise<void> {
    try {
      if (event instanceof PlanCascadedEvent) {
        const summary = { created: event.created, updated: event.updated, childPlanIds: event.childPlanIds };
        await this.dataSource.query(
          `INSERT INTO audit_log (at, actor_id, actor_username, action, plan_id, province_code, after)
           SELECT $1, $2, $3, a.action, a.plan_id, p.province_code, a.after
           FROM (SELECT 'plan_cascaded' AS action, $4::uuid AS plan_id, $5::jsonb AS after
                 UNION ALL
                 SELECT 'derived_by_cascade', unnest($6::uuid[]), jsonb_build_object('parentPlanId', $4::text)) a
           JOIN plans p ON p.id = a.plan_id`,
          [
            event.at,
            event.actor?.id ?? null,
            event.actor?.username ?? null,
            event.planId,
            summary,
            event.childPlanIds,
          ],
        );
        return;
      }
      await this.dataSource.query(
        `INSERT INTO audit_log (at, actor_id, actor_username, action, plan_id, province_code, before, after)
         SELECT $1, $2, $3, $4, $5, p.province_code, $6, $7 FROM plans p WHERE p.id = $5`,
        [
          event.at,
          event.actor?.id ?? null,
          event.actor?.username ?? null,
          event.action,
          event.planId,
          event.before === null ? null : JSON.stringify(event.before),
          event.after === null ? null : JSON.stringify(event.after),
        ],
      );
    } catch (error) {
      this.logger.error(
        `Could not record ${event.constructor.name} for plan ${event.planId}: ${String(error)}`,
      );
    }
  }
}

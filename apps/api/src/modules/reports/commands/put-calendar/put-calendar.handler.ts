import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CalendarResponse } from '@cchc/contracts';
import { calendarIssues } from '@cchc/domain';
import { ValidationFailedError } from '../../../../common/domain-error.js';
import { queryRows } from '../../../../database/query-rows.js';
import { PlanWriter } from '../../../plans/infrastructure/plan-writer.js';
import { plansBelowCte } from '../../../plans/infrastructure/plan-tree.sql.js';
import { loadCalendar, toCalendarResponse } from '../../infrastructure/calendar.js';
import { PutCalendarCommand } from './put-calendar.command.js';

/**
 * A plan edit (the lifecycle's `edit`: a draft, a derived or confirmed plan, one being
 * amended; an issued one is PLAN_ISSUED), with If-Match: the plan's own periods are
 * replaced in one statement, keys checked against those it inherits.
 */
@CommandHandler(PutCalendarCommand)
export class PutCalendarHandler implements ICommandHandler<PutCalendarCommand> {
  constructor(private readonly writer: PlanWriter) {}

  execute(command: PutCalendarCommand): Promise<CalendarResponse> {
    const { planId, request } = command;
    return this.writer.write(command, async ({ manager: m, plan }) => {
      const before = await loadCalendar(m, planId);
      const inherited = before.periods.filter((p) => p.inherited);
      const issues = calendarIssues(
        request.periods,
        inherited.map((p) => p.key),
      );
      if (issues.length > 0) {
        throw new ValidationFailedError(
          issues.map((i) => ({
            field: i.field === null ? `periods.${i.index}` : `periods.${i.index}.${i.field}`,
            message: i.message,
          })),
        );
      }
      // A key a plan below already uses for its own period would repeat there one it inherits.
      const taken = await queryRows<{ key: string; unit_code: string }>(
        m,
        `WITH RECURSIVE ${plansBelowCte('below', 'parent_plan_id = $1')}
         SELECT DISTINCT ON (r.key) r.key, p.unit_code
         FROM reporting_periods r JOIN below b ON b.id = r.plan_id JOIN plans p ON p.id = r.plan_id
         WHERE r.key = ANY($2::text[]) ORDER BY r.key, p.unit_code`,
        [planId, request.periods.map((p) => p.key)],
      );
      if (taken.length > 0) {
        const unitOf = new Map(taken.map((x) => [x.key, x.unit_code]));
        throw new ValidationFailedError(
          request.periods.flatMap((p, i) =>
            unitOf.has(p.key)
              ? [
                  {
                    field: `periods.${i}.key`,
                    message: `${p.key} is already a period of the plan of unit ${unitOf.get(p.key)} below: choose another key`,
                  },
                ]
              : [],
          ),
        );
      }
      // A period that reports were filed on (by this plan or a plan below, which report on it too)
      // stays: dropping it would leave those reports unreachable.
      const kept = new Set(request.periods.map((p) => p.key));
      const dropped = before.periods.filter((p) => !p.inherited && !kept.has(p.key)).map((p) => p.key);
      if (dropped.length > 0) {
        const filed: { period_key: string; n: number }[] = await m.query(
          `WITH RECURSIVE ${plansBelowCte('tree', 'id = $1')}
           SELECT r.period_key, count(*)::int AS n FROM progress_reports r JOIN tree ON tree.id = r.plan_id
           WHERE r.period_key = ANY($2::text[]) GROUP BY r.period_key ORDER BY r.period_key`,
          [planId, dropped],
        );
        if (filed.length > 0) {
          throw new ValidationFailedError(
            filed.map((f) => ({
              field: 'periods',
              message: `period ${f.period_key} has ${f.n} report(s) filed on it: keep it in the calendar`,
            })),
          );
        }
      }
      const own = (c: typeof before) => ({
        lockDays: c.ownLockDays,
        // The defaults a plan has not set are not its own rows.
        periods:
          c.isDefault && !c.periods.some((p) => p.inherited) ? [] : c.periods.filter((p) => !p.inherited),
      });
      const strip = (periods: typeof before.periods) =>
        periods.map(({ key, label, from, to, dueOn }) => ({ key, label, from, to, dueOn }));

      await m.query('DELETE FROM reporting_periods WHERE plan_id = $1', [planId]);
      await m.query(
        `INSERT INTO reporting_periods (plan_id, province_code, key, position, label, from_on, to_on, due_on)
         SELECT $1, $2, e.p ->> 'key', e.n - 1, e.p ->> 'label', (e.p ->> 'from')::date, (e.p ->> 'to')::date,
                (e.p ->> 'dueOn')::date
         FROM jsonb_array_elements($3::jsonb) WITH ORDINALITY AS e (p, n)`,
        [planId, plan.province_code, JSON.stringify(request.periods)],
      );
      await m.query('UPDATE plans SET report_lock_days = $2 WHERE id = $1', [
        planId,
        request.lockDays ?? null,
      ]);
      const after = await loadCalendar(m, planId);
      return {
        result: toCalendarResponse(after),
        changes: [
          {
            planId,
            action: 'calendar_changed',
            before: { lockDays: own(before).lockDays, periods: strip(own(before).periods) },
            after: { lockDays: own(after).lockDays, periods: strip(own(after).periods) },
          },
        ],
      };
    });
  }
}

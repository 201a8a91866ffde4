import type { CalendarResponse, PutCalendarRequest } from '@cchc/contracts';
import { PlanWriteCommand } from '../../../plans/commands/plan-write.command.js';

/** Replaces the plan's own reporting periods (and its lock setting). */
export class PutCalendarCommand extends PlanWriteCommand<CalendarResponse> {
  constructor(
    planId: string,
    readonly request: PutCalendarRequest,
    expectedVersion: number | null = null,
  ) {
    super(planId, expectedVersion);
  }
}

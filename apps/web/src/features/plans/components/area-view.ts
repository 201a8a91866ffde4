import type { PlanResponse } from '@cchc/contracts';
import { type ReformArea, STANDARD_REFORM_AREAS } from '@cchc/domain';

export interface AreaView {
  area: ReformArea;
  section: PlanResponse['areas'][number] | undefined;
  /** Sum of the area's task budgets, with the amounts being typed. */
  budget: number;
}

/** The seven standard areas in order, whether the plan uses them or not, then any other. */
export function areaViews(plan: PlanResponse, drafts: Record<string, number>): AreaView[] {
  const byArea = new Map(plan.areas.map((a) => [a.area, a]));
  const extra = plan.areas
    .map((a) => a.area)
    .filter((a) => !(STANDARD_REFORM_AREAS as readonly string[]).includes(a));
  return [...STANDARD_REFORM_AREAS, ...extra].map((area) => {
    const section = byArea.get(area);
    const budget = (section?.tasks ?? []).reduce(
      (sum, task) => sum + (drafts[task.id] ?? task.budgetMillionVnd),
      0,
    );
    return { area, section, budget };
  });
}

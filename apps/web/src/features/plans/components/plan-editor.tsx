import type { PlanResponse, TargetResponse } from '@cchc/contracts';
import { Grid, Stack, Title } from '@mantine/core';
import { type ReactNode, useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../../lib/i18n';
import { usePlan } from '../api/get-plan';
import { canCreatePlanFor, planActions } from '../../../lib/rights';
import { useCurrentUser } from '../../../lib/session';
import { AreaSection } from './area-section';
import { areaViews } from './area-view';
import { BudgetSummary } from './budget-summary';
import { NextYearButton } from './next-year-button';
import { PlanHeaderForm } from './plan-header-form';
import { PlanLifecycleBar } from './lifecycle/plan-lifecycle-bar';
import { PlanDocument } from './lifecycle/plan-document';
import { PlanPrintFooter, PlanPrintHeader } from './plan-print-header';

/**
 * The plan's own screen. `files`: the plan's downloads and appendix import (features/documents),
 * passed in by the route so that the two features stay apart.
 */
export function PlanEditor({ plan, files }: { plan: PlanResponse; files?: ReactNode }) {
  const { t } = useI18n();
  // Read only for whoever may not write it (a viewer, another unit's officer), and while its status
  // does not allow an edit (the lifecycle table): the API would refuse.
  const user = useCurrentUser();
  const readOnly = !planActions(user, plan).edit;
  const [params] = useSearchParams();
  const highlight = params.get('target');
  const parent = usePlan(plan.parentPlanId);
  const parentTargets = useMemo(() => {
    const map = new Map<string, TargetResponse>();
    for (const a of parent.data?.areas ?? []) for (const target of a.targets) map.set(target.code, target);
    return map;
  }, [parent.data]);
  const [budgetDrafts, setBudgetDrafts] = useState<Record<string, number>>({});
  const onBudgetDraft = useCallback((taskId: string, amount: number | undefined) => {
    setBudgetDrafts((prev) => {
      if (prev[taskId] === amount) return prev;
      const next = { ...prev };
      if (amount === undefined) delete next[taskId];
      else next[taskId] = amount;
      return next;
    });
  }, []);
  const areas = areaViews(plan, budgetDrafts);
  const total = areas.reduce((sum, a) => sum + a.budget, 0);
  // Next year starts from this one, issued or not: a new plan of the unit's.
  const nextYear = canCreatePlanFor(user, plan.unitCode) && plan.kind === 'annual' && (
    <NextYearButton plan={plan} />
  );

  if (plan.status === 'issued')
    // Issued: the signed document, read as such; changed only through an amendment.
    return (
      <Stack gap="md">
        <PlanPrintHeader plan={plan} />
        <PlanLifecycleBar plan={plan} />
        {files}
        {nextYear}
        <PlanDocument plan={plan} />
        <PlanPrintFooter plan={plan} />
      </Stack>
    );

  return (
    <Stack gap="md">
      <PlanPrintHeader plan={plan} />
      <PlanLifecycleBar plan={plan} />
      {files}
      {nextYear}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }} className="no-print">
          <PlanHeaderForm plan={plan} readOnly={readOnly} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <BudgetSummary areas={areas} total={total} />
        </Grid.Col>
      </Grid>
      <Title order={2} fz="lg">
        {t('plan.areas.title')}
      </Title>
      {areas.map((view, index) => (
        <AreaSection
          key={view.area}
          index={index + 1}
          view={view}
          plan={plan}
          parentTargets={parentTargets}
          highlight={highlight}
          onBudgetDraft={onBudgetDraft}
          readOnly={readOnly}
        />
      ))}
      <PlanPrintFooter plan={plan} />
    </Stack>
  );
}

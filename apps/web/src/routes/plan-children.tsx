import { Paper, Stack, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { QueryView } from '../components/query-view';
import { usePlan } from '../features/plans/api/get-plan';
import { useChildPlans } from '../features/plans/api/list-child-plans';
import { ChildrenDeadline } from '../features/plans/components/children/children-deadline';
import { ChildrenTable } from '../features/plans/components/children/children-table';
import { useI18n } from '../lib/i18n';

/** The plans derived from this one: the deadline to issue them, status, timeliness, compliance, and how many have confirmed. */
export function ChildrenPage() {
  const { planId = '' } = useParams();
  const { t } = useI18n();
  const children = useChildPlans(planId);
  // Read already by the plan's frame (PlanLayout).
  const plan = usePlan(planId);
  return (
    <Paper withBorder p="sm">
      <Title order={2} fz="lg" mb="sm">
        {t('children.title')}
      </Title>
      <Stack gap="sm">
        {plan.data && <ChildrenDeadline key={plan.data.version} plan={plan.data} />}
        <QueryView query={children} what={t('children.what')}>
          {(plans) => <ChildrenTable planId={planId} plans={plans} />}
        </QueryView>
      </Stack>
    </Paper>
  );
}

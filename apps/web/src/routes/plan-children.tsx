import { Paper, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { QueryView } from '../components/query-view';
import { useChildPlans } from '../features/plans/api/list-child-plans';
import { ChildrenTable } from '../features/plans/components/children/children-table';
import { useI18n } from '../lib/i18n';

/** The plans derived from this one: status, compliance, and how many have confirmed. */
export function ChildrenPage() {
  const { planId = '' } = useParams();
  const { t } = useI18n();
  const children = useChildPlans(planId);
  return (
    <Paper withBorder p="sm">
      <Title order={2} fz="lg" mb="sm">
        {t('children.title')}
      </Title>
      <QueryView query={children} what={t('children.what')}>
        {(plans) => <ChildrenTable planId={planId} plans={plans} />}
      </QueryView>
    </Paper>
  );
}

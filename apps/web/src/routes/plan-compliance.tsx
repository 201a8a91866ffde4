import { Paper, Text, Title } from '@mantine/core';
import { useParams, useSearchParams } from 'react-router';
import { QueryView } from '../components/query-view';
import { useCompliance } from '../features/plans/api/get-compliance';
import { ComplianceTable } from '../features/plans/components/compliance/compliance-table';
import { useI18n } from '../lib/i18n';

/** Every target below this plan, at any depth, that falls below its floor; each links to the plan to fix. */
export function CompliancePage() {
  const { planId = '' } = useParams();
  const [params] = useSearchParams();
  const { t } = useI18n();
  const compliance = useCompliance(planId);
  return (
    <Paper withBorder p="sm">
      <Title order={2} fz="lg">
        {t('compliance.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm" maw={900}>
        {t('compliance.intro')}
      </Text>
      <QueryView query={compliance} what={t('compliance.what')}>
        {(items) => <ComplianceTable items={items} initialFilter={params.get('unit') ?? ''} />}
      </QueryView>
    </Paper>
  );
}

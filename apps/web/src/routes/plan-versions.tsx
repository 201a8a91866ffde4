import { Paper, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { QueryView } from '../components/query-view';
import { PlanDownloads } from '../features/documents/components/plan-files';
import { usePlan } from '../features/plans/api/get-plan';
import { usePlanVersions } from '../features/plans/api/get-plan-versions';
import { PlanVersionsView } from '../features/plans/components/versions/plan-versions-view';
import { useI18n } from '../lib/i18n';

/** The plan's issued versions (lần ban hành), and what changed between two of them. */
export function VersionsPage() {
  const { planId = '' } = useParams();
  const { t } = useI18n();
  const plan = usePlan(planId);
  const versions = usePlanVersions(planId);
  return (
    <Paper withBorder p="sm">
      <Title order={2} fz="lg">
        {t('versions.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm" maw={900}>
        {t('versions.intro')}
      </Text>
      <QueryView query={plan} what={t('plan.what')}>
        {(p) => (
          <QueryView query={versions} what={t('versions.what')}>
            {(vs) => (
              <PlanVersionsView
                plan={p}
                versions={vs}
                files={(n) => <PlanDownloads plan={p} version={n} compact />}
              />
            )}
          </QueryView>
        )}
      </QueryView>
    </Paper>
  );
}

import { Alert, Paper, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { QueryView } from '../components/query-view';
import { useChildPlans } from '../features/plans/api/list-child-plans';
import { usePlan } from '../features/plans/api/get-plan';
import { CascadeForm } from '../features/plans/components/cascade/cascade-form';
import { useChildUnits } from '../features/units/api/list-units';
import { useI18n } from '../lib/i18n';
import { canWritePlan, planRefusal } from '../lib/rights';
import { useCurrentUser } from '../lib/session';

/** Choose all or some child units, cascade, and see what was created or updated. */
export function CascadePage() {
  const { planId = '' } = useParams();
  const { t } = useI18n();
  const user = useCurrentUser();
  const plan = usePlan(planId);
  const units = useChildUnits(plan.data?.unitCode ?? '', Boolean(plan.data));
  const children = useChildPlans(planId);
  return (
    <Paper withBorder p="sm">
      <Title order={2} fz="lg">
        {t('cascade.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm" maw={900}>
        {t('cascade.intro')}
      </Text>
      <QueryView query={plan} what={t('plan.what')}>
        {(p) =>
          !canWritePlan(user, p) ? (
            <Alert color="gray">{t('rights.writeOnly', { unit: p.unitFullName })}</Alert>
          ) : planRefusal(p, 'cascade') ? (
            // Only an issued plan is passed down (the lifecycle table): issue it first.
            <Alert color="orange" variant="light" data-testid="cascade-refused">
              {t(`error.code.${planRefusal(p, 'cascade') ?? 'PLAN_NOT_ISSUED'}`)}
            </Alert>
          ) : (
            <QueryView query={units} what={t('cascade.what')}>
              {(us) => (
                <QueryView query={children} what={t('children.what')}>
                  {(cs) => <CascadeForm plan={p} units={us} childPlans={cs} />}
                </QueryView>
              )}
            </QueryView>
          )
        }
      </QueryView>
    </Paper>
  );
}

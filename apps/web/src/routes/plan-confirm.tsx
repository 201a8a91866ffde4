import { Alert, Paper, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { QueryView } from '../components/query-view';
import { usePlan } from '../features/plans/api/get-plan';
import { ConfirmForm } from '../features/plans/components/confirm/confirm-form';
import { useI18n } from '../lib/i18n';
import { canWritePlan, planRefusal } from '../lib/rights';
import { useCurrentUser } from '../lib/session';

/** A commune or district reviews the targets it received, may raise some, and confirms. */
export function ConfirmPage() {
  const { planId = '' } = useParams();
  const { t } = useI18n();
  const user = useCurrentUser();
  const plan = usePlan(planId);
  return (
    <Paper withBorder p="sm">
      <Title order={2} fz="lg">
        {t('confirm.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm" maw={900}>
        {t('confirm.intro')}
      </Text>
      <QueryView query={plan} what={t('plan.what')}>
        {(p) =>
          p.parentPlanId === null ? (
            <Alert color="gray">{t('confirm.notDerived')}</Alert>
          ) : !canWritePlan(user, p) ? (
            <Alert color="gray">{t('rights.writeOnly', { unit: p.unitName })}</Alert>
          ) : planRefusal(p, 'confirm') ? (
            // Issued or being amended: the lifecycle table refuses a confirmation, and says why.
            <Alert color="gray" data-testid="confirm-refused">
              {t(`error.code.${planRefusal(p, 'confirm') ?? 'PLAN_STATUS_CONFLICT'}`)}
            </Alert>
          ) : (
            <ConfirmForm plan={p} />
          )
        }
      </QueryView>
    </Paper>
  );
}

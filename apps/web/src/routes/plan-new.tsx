import { Alert, Anchor, Paper, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { QueryView } from '../components/query-view';
import { CreatePlanForm } from '../features/plans/components/create-plan-form';
import { useUnit } from '../features/units/api/get-unit';
import { useI18n } from '../lib/i18n';
import { canCreatePlanFor } from '../lib/rights';
import { useCurrentUser } from '../lib/session';

/** A new plan for the unit in `?unit=`. */
export function CreatePlanPage() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const [params] = useSearchParams();
  const code = params.get('unit');
  const unit = useUnit(code);
  return (
    <Paper withBorder p="md" maw={960}>
      <Title order={1} fz={22} mb="sm">
        {t('plan.create.title')}
      </Title>
      {!code ? (
        <Alert color="yellow">
          <Text size="sm">{t('plan.create.noUnit')}</Text>
          <Anchor component={Link} to="/" size="sm">
            {t('app.notFound.back')}
          </Anchor>
        </Alert>
      ) : (
        <QueryView query={unit} what={t('units.what.unit')}>
          {(u) =>
            canCreatePlanFor(user, u.code) ? (
              <CreatePlanForm unitCode={u.code} unitName={`${u.fullName} (${t(`level.${u.level}`)})`} />
            ) : (
              <Alert color="gray">{t('rights.createPlan', { unit: u.fullName })}</Alert>
            )
          }
        </QueryView>
      )}
    </Paper>
  );
}

import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link, Navigate, useSearchParams } from 'react-router';
import { LoadingBlock } from '../components/query-view';
import { InboxList } from '../features/notifications/components/inbox-list';
import { useUnitPlans } from '../features/plans/api/list-plans';
import { useI18n } from '../lib/i18n';
import { startsAtInbox, startsAtOwnUnit } from '../lib/rights';
import { useCurrentUser } from '../lib/session';
import { UnitsPage } from './units';

/**
 * Where the app opens ("/"): an officer of a province, district or commune sees
 * what its unit must do now ("Việc cần làm"), each with its plan; a district's or
 * commune's viewer goes straight to its own unit's current plan (the latest
 * year's), or to its unit when it has none yet; a province's viewer and the
 * system administrator see the unit tree. `/?unit=CODE` always shows the tree at that unit.
 */
export function HomePage() {
  const user = useCurrentUser();
  const [params] = useSearchParams();
  if (params.has('unit')) return <UnitsPage />;
  if (startsAtInbox(user)) return <InboxPage unitCode={user.unitCode} />;
  if (!startsAtOwnUnit(user)) return <UnitsPage />;
  return <OwnPlan unitCode={user.unitCode} />;
}

function InboxPage({ unitCode }: { unitCode: string }) {
  const { t } = useI18n();
  return (
    <Stack gap="sm" maw={900}>
      <Title order={1} fz="h2">
        {t('inbox.title')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('inbox.intro')}
      </Text>
      <InboxList />
      <Anchor component={Link} to={`/?unit=${unitCode}`} size="sm">
        {t('inbox.plans')}
      </Anchor>
    </Stack>
  );
}

function OwnPlan({ unitCode }: { unitCode: string }) {
  const { t } = useI18n();
  const plans = useUnitPlans(unitCode);
  if (plans.isPending) return <LoadingBlock label={t('home.opening')} />;
  // Newest year first, the annual plan before a remediation plan: the first is the current one.
  const current = plans.data?.[0];
  return <Navigate to={current ? `/plans/${current.id}` : `/?unit=${unitCode}`} replace />;
}

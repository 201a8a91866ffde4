import { Navigate, useSearchParams } from 'react-router';
import { LoadingBlock } from '../components/query-view';
import { useUnitPlans } from '../features/plans/api/list-plans';
import { useI18n } from '../lib/i18n';
import { startsAtOwnUnit } from '../lib/rights';
import { useCurrentUser } from '../lib/session';
import { UnitsPage } from './units';

/**
 * Where the app opens ("/"): a district's or commune's user goes straight to its
 * own unit's current plan (the latest year's), or to its unit when it has none
 * yet; a province's user and the system administrator see the unit tree.
 * `/?unit=CODE` always shows the tree at that unit.
 */
export function HomePage() {
  const user = useCurrentUser();
  const [params] = useSearchParams();
  if (params.has('unit') || !startsAtOwnUnit(user)) return <UnitsPage />;
  return <OwnPlan unitCode={user.unitCode} />;
}

function OwnPlan({ unitCode }: { unitCode: string }) {
  const { t } = useI18n();
  const plans = useUnitPlans(unitCode);
  if (plans.isPending) return <LoadingBlock label={t('home.opening')} />;
  // Newest year first, the annual plan before a remediation plan: the first is the current one.
  const current = plans.data?.[0];
  return <Navigate to={current ? `/plans/${current.id}` : `/?unit=${unitCode}`} replace />;
}

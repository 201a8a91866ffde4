import type { PlanResponse, UserResponse } from '@cchc/contracts';
import { writesPlans } from '@cchc/domain';
import { Alert, Anchor, Badge, Breadcrumbs, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowUp, IconEye } from '@tabler/icons-react';
import { Suspense } from 'react';
import { Link, NavLink, Outlet, useParams } from 'react-router';
import { PlanStatusBadge } from '../components/plan-status-badge';
import { LoadingBlock, QueryView } from '../components/query-view';
import { type MessageKey, useI18n } from '../lib/i18n';
import { usePlan } from '../features/plans/api/get-plan';
import {
  AmendingBanner,
  IssuedLine,
  ReconfirmBanner,
} from '../features/plans/components/lifecycle/plan-status-notices';
import { canWritePlan, followsPlansBelow, readsReportsOf, unitTreePath } from '../lib/rights';
import { useCurrentUser } from '../lib/session';

interface Tab {
  to: string;
  label: MessageKey;
  /** Shown for this plan to this user: actions only to those who may take them. */
  show: (plan: PlanResponse, user: UserResponse) => boolean;
}

const TABS: Tab[] = [
  { to: '', label: 'plan.tabs.plan', show: () => true },
  {
    to: 'cascade',
    label: 'plan.tabs.cascade',
    show: (p, u) => p.unitLevel !== 'commune' && canWritePlan(u, p),
  },
  {
    to: 'children',
    label: 'plan.tabs.children',
    show: (p, u) => p.unitLevel !== 'commune' && followsPlansBelow(u, p),
  },
  {
    to: 'compliance',
    label: 'plan.tabs.compliance',
    show: (p, u) => p.unitLevel !== 'commune' && followsPlansBelow(u, p),
  },
  {
    to: 'confirm',
    label: 'plan.tabs.confirm',
    show: (p, u) => p.parentPlanId !== null && canWritePlan(u, p),
  },
  { to: 'versions', label: 'plan.tabs.versions', show: (p) => p.issued !== null },
  /** Progress reports on an issued plan: the unit's own, and the roll-up of those below. */
  { to: 'reports', label: 'plan.tabs.report', show: (p, u) => p.issued !== null && readsReportsOf(u, p) },
  {
    to: 'rollup',
    label: 'plan.tabs.rollup',
    show: (p, u) => p.issued !== null && p.unitLevel !== 'commune' && followsPlansBelow(u, p),
  },
  { to: 'history', label: 'plan.tabs.history', show: () => true },
];

/** Why this user reads the plan without changing it: their role, or another unit's plan. */
function ReadOnlyNotice({ plan, user }: { plan: PlanResponse; user: UserResponse }) {
  const { t } = useI18n();
  if (canWritePlan(user, plan)) return null;
  return (
    <Alert color="gray" variant="light" icon={<IconEye size={18} />} py={6} data-testid="read-only-notice">
      <Text size="sm">
        {writesPlans(user.role)
          ? t('rights.readOnly.unit', { unit: plan.unitFullName })
          : t('rights.readOnly.role', { role: t(`role.${user.role}`) })}
      </Text>
    </Alert>
  );
}

function PlanHeading({ plan }: { plan: PlanResponse }) {
  const { t } = useI18n();
  const user = useCurrentUser();
  return (
    <Stack gap={6} mb="sm" className="no-print">
      <Breadcrumbs separatorMargin={6} fz="sm">
        <Anchor component={Link} to={unitTreePath(user)} size="sm">
          {t('app.nav.units')}
        </Anchor>
        <Anchor component={Link} to={`/?unit=${plan.unitCode}`} size="sm">
          {plan.unitFullName}
        </Anchor>
        <Text size="sm">{t('plan.year', { year: String(plan.year) })}</Text>
      </Breadcrumbs>
      <Group gap="sm" align="center" wrap="wrap">
        <Title order={1} fz={22}>
          {plan.title}
        </Title>
        <PlanStatusBadge status={plan.status} />
      </Group>
      <Group gap="xs" c="dimmed" fz="sm">
        <Badge variant="outline" color="gray" size="sm">
          {plan.documentNumber ?? t('plan.noNumber')}
        </Badge>
        <Text size="sm">{t(`kind.${plan.kind}`)}</Text>
        <Text size="sm">·</Text>
        <Text size="sm">{plan.unitFullName}</Text>
        {plan.parentPlanId && (
          <>
            <Text size="sm">·</Text>
            <Anchor component={Link} to={`/plans/${plan.parentPlanId}`} size="sm">
              <Group gap={2} component="span" wrap="nowrap">
                <IconArrowUp size={14} aria-hidden />
                {t('plan.parent')}
              </Group>
            </Anchor>
          </>
        )}
      </Group>
      <IssuedLine plan={plan} />
      <ReadOnlyNotice plan={plan} user={user} />
      <AmendingBanner plan={plan} />
      <ReconfirmBanner plan={plan} />
      <nav aria-label={t('plan.tabs.label')} className="tab-nav">
        {TABS.filter((tab) => tab.show(plan, user)).map((tab) => (
          <NavLink
            key={tab.to}
            to={tab.to ? `/plans/${plan.id}/${tab.to}` : `/plans/${plan.id}`}
            // The report tab stays marked on each period's report (reports/q1).
            end={tab.to !== 'reports'}
          >
            {t(tab.label)}
          </NavLink>
        ))}
      </nav>
    </Stack>
  );
}

/** The frame of every plan screen: the plan's heading and its tabs. */
export function PlanLayout() {
  const { planId } = useParams();
  const { t } = useI18n();
  const plan = usePlan(planId);
  return (
    <QueryView query={plan} what={t('plan.what')}>
      {(p) => (
        <>
          <PlanHeading plan={p} />
          <Suspense fallback={<LoadingBlock />}>
            <Outlet />
          </Suspense>
        </>
      )}
    </QueryView>
  );
}

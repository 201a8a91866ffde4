import { Paper, Stack, Text, Title } from '@mantine/core';
import { useParams, useSearchParams } from 'react-router';
import { QueryView } from '../components/query-view';
import { usePlan } from '../features/plans/api/get-plan';
import { useCalendar } from '../features/reports/api/get-calendar';
import { PeriodPicker, defaultPeriod } from '../features/reports/components/period-picker';
import { todayIso } from '../features/reports/components/report-draft';
import { RollupDashboard } from '../features/reports/components/rollup-dashboard';
import { useI18n } from '../lib/i18n';

/**
 * "Tổng hợp báo cáo" (/plans/:id/rollup?period=q1&unit=CODE&trail=A,B): the period's reports
 * of the plan's whole subtree, drilling down into any unit below, with the units passed through.
 */
export function RollupPage() {
  const { planId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { t } = useI18n();
  const plan = usePlan(planId);
  const calendar = useCalendar(planId);
  const unit = params.get('unit') ?? undefined;
  const trail = (params.get('trail') ?? '').split(',').filter(Boolean);
  const href = (period: string, u: string | undefined, through: string[]) => {
    const q = new URLSearchParams({ period });
    if (u) q.set('unit', u);
    if (u && through.length > 0) q.set('trail', through.join(','));
    return `/plans/${planId}/rollup?${q.toString()}`;
  };
  return (
    <Paper withBorder p="sm">
      <Title order={2} fz="lg" mb="xs">
        {t('rollup.title')}
      </Title>
      <QueryView query={calendar} what={t('reports.calendar.what')}>
        {(c) => {
          const chosen =
            c.periods.find((p) => p.key === params.get('period')) ?? defaultPeriod(c.periods, todayIso());
          if (!chosen) return <Text c="dimmed">{t('reports.calendar.empty')}</Text>;
          return (
            <Stack gap="sm">
              <PeriodPicker
                periods={c.periods}
                value={chosen.key}
                onChange={(key) => {
                  const next = new URLSearchParams(params);
                  next.set('period', key);
                  setParams(next);
                }}
              />
              <RollupDashboard
                planId={planId}
                rootUnitFullName={plan.data?.unitFullName ?? ''}
                period={chosen.key}
                unit={unit}
                trail={trail}
                hrefFor={(u, through) => href(chosen.key, u, through)}
              />
            </Stack>
          );
        }}
      </QueryView>
    </Paper>
  );
}

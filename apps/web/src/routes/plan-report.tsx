import { Paper, Stack, Text } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';
import { QueryView } from '../components/query-view';
import { usePlan } from '../features/plans/api/get-plan';
import { useCalendar } from '../features/reports/api/get-calendar';
import { PeriodPicker, defaultPeriod } from '../features/reports/components/period-picker';
import { todayIso } from '../features/reports/components/report-draft';
import { ReportForm } from '../features/reports/components/report-form';
import { useI18n } from '../lib/i18n';
import { canWritePlan } from '../lib/rights';
import { useCurrentUser } from '../lib/session';

/** "Báo cáo": the unit's progress report on its issued plan, one period at a time (/plans/:id/reports/:period). */
export function ReportPage() {
  const { planId = '', period } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const plan = usePlan(planId);
  const calendar = useCalendar(planId);
  return (
    <Paper withBorder p="sm">
      <QueryView query={calendar} what={t('reports.calendar.what')}>
        {(c) => {
          const chosen = c.periods.find((p) => p.key === period) ?? defaultPeriod(c.periods, todayIso());
          if (!chosen) return <Text c="dimmed">{t('reports.calendar.empty')}</Text>;
          return (
            <Stack gap="sm">
              <PeriodPicker
                periods={c.periods}
                value={chosen.key}
                onChange={(key) => navigate(`/plans/${planId}/reports/${key}`)}
              />
              {plan.data && (
                <ReportForm
                  planId={planId}
                  period={chosen.key}
                  unitFullName={plan.data.unitFullName}
                  mayWrite={canWritePlan(user, plan.data)}
                />
              )}
            </Stack>
          );
        }}
      </QueryView>
    </Paper>
  );
}

// The charts' styles come with the screen that draws them (its own chunk), not with the first screen.
import '@mantine/charts/styles.css';
import type { RollupResponse } from '@cchc/contracts';
import { BarChart, DonutChart } from '@mantine/charts';
import {
  Anchor,
  Breadcrumbs,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconDownload, IconLockOpen } from '@tabler/icons-react';
import { useQueries } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { QueryView } from '../../../components/query-view';
import { useI18n } from '../../../lib/i18n';
import { canWritePlan } from '../../../lib/rights';
import { useCurrentUser } from '../../../lib/session';
import { rollupQueryOptions, rollupXlsxUrl, useRollup } from '../api/get-rollup';
import { ReopenModal } from './reopen-modal';
import { areaCounts, mayReopen, periodLocked, statusCounts, unitsBehindFirst } from './report-draft';
import { UNIT_STATUS_COLOR, UnitStatusBadge } from './report-status';
import { TargetLabel } from '../../../components/target-label';

interface RollupDashboardProps {
  /** The plan the dashboard opened from, and its unit (the top of the breadcrumb). */
  planId: string;
  rootUnitFullName: string;
  period: string;
  /** The unit drilled into (below the plan's), and those drilled through on the way. */
  unit?: string;
  trail: string[];
  /** Where a drill-down leads: the same screen for `unit`, passing through `trail`. */
  hrefFor: (unit: string | undefined, trail: string[]) => string;
}

/** The period's reports of the plan's whole subtree: charts, the units behind first, the targets, the export. */
export function RollupDashboard(props: RollupDashboardProps) {
  const { t } = useI18n();
  const rollup = useRollup(props.planId, props.period, props.unit);
  return (
    <QueryView query={rollup} what={t('rollup.what')}>
      {(r) => <RollupBody rollup={r} {...props} />}
    </QueryView>
  );
}

function RollupBody({
  rollup,
  planId,
  rootUnitFullName,
  period,
  unit,
  trail,
  hrefFor,
}: RollupDashboardProps & { rollup: RollupResponse }) {
  const i18n = useI18n();
  const { t, areaName, formatValue } = i18n;
  const user = useCurrentUser();
  const [reopening, setReopening] = useState<RollupResponse['units'][number] | null>(null);
  // The names of the units drilled through: their roll-ups are in the cache from the way down.
  const through = useQueries({
    queries: trail.map((code) => rollupQueryOptions(planId, period, code)),
  });
  const mayReopenHere = canWritePlan(user, { unitCode: rollup.plan.unitCode });
  const locked = periodLocked(rollup.period);
  const units = unitsBehindFirst(rollup.units);
  const counts = statusCounts(rollup.units);
  const areas = areaCounts(rollup.targets).map((a) => ({ ...a, area: areaName(a.area) }));

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="center">
        <Breadcrumbs separatorMargin={6} fz="sm" data-testid="rollup-breadcrumb">
          {unit ? (
            <Anchor component={Link} to={hrefFor(undefined, [])} size="sm">
              {rootUnitFullName}
            </Anchor>
          ) : (
            <Text size="sm">{rootUnitFullName}</Text>
          )}
          {trail.map((code, i) => (
            <Anchor key={code} component={Link} to={hrefFor(code, trail.slice(0, i))} size="sm">
              {through[i]?.data?.plan.unitFullName ?? code}
            </Anchor>
          ))}
          {unit && <Text size="sm">{rollup.plan.unitFullName}</Text>}
        </Breadcrumbs>
        <Button
          component="a"
          href={rollupXlsxUrl(planId, period, unit)}
          download
          variant="default"
          size="xs"
          leftSection={<IconDownload size={14} />}
        >
          {t('rollup.export')}
        </Button>
      </Group>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="sm">
          <Title order={3} fz="md" mb="xs">
            {t('rollup.byArea')}
          </Title>
          {areas.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('rollup.targets.empty')}
            </Text>
          ) : (
            <BarChart
              h={Math.max(180, 56 * areas.length)}
              data={areas}
              dataKey="area"
              type="stacked"
              orientation="vertical"
              withLegend
              yAxisProps={{ width: 210 }}
              series={[
                { name: 'met', label: t('rollup.met'), color: 'green.6' },
                { name: 'missed', label: t('rollup.missed'), color: 'red.6' },
                { name: 'notReported', label: t('rollup.notReported'), color: 'gray.5' },
              ]}
            />
          )}
        </Paper>
        <Paper withBorder p="sm">
          <Title order={3} fz="md" mb="xs">
            {t('rollup.byStatus')}
          </Title>
          <Group gap="lg" align="center">
            <DonutChart
              size={150}
              thickness={24}
              withTooltip
              chartLabel={rollup.units.length}
              data={(['on_time', 'late', 'draft', 'missing'] as const)
                .filter((s) => counts[s] > 0)
                .map((s) => ({
                  name: t(`rollup.unitStatus.${s}`),
                  value: counts[s],
                  color: `${UNIT_STATUS_COLOR[s]}.6`,
                }))}
            />
            <Stack gap={4} data-testid="rollup-status-counts">
              {(['on_time', 'late', 'draft', 'missing'] as const).map((s) => (
                <Group key={s} gap="xs" data-testid={`status-count-${s}`}>
                  <UnitStatusBadge status={s} />
                  <Text size="sm" fw={500}>
                    {i18n.formatNumber(counts[s])}
                  </Text>
                </Group>
              ))}
            </Stack>
          </Group>
        </Paper>
      </SimpleGrid>

      <TableSection title={t('rollup.units')} empty={units.length === 0 ? t('rollup.units.empty') : null}>
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing={4} withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('rollup.unit')}</Table.Th>
                <Table.Th>{t('rollup.status')}</Table.Th>
                <Table.Th ta="right">{t('rollup.met')}</Table.Th>
                <Table.Th ta="right">{t('rollup.missed')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {units.map((u) => (
                <Table.Tr key={u.unitCode} data-testid={`rollup-unit-${u.unitCode}`}>
                  <Table.Td>
                    {!u.hasPlansBelow ? (
                      <Text size="sm">{u.unitFullName}</Text>
                    ) : (
                      <Anchor
                        component={Link}
                        to={hrefFor(u.unitCode, unit ? [...trail, unit] : [])}
                        size="sm"
                        aria-label={t('rollup.drill', { unit: u.unitFullName })}
                      >
                        {u.unitFullName}
                      </Anchor>
                    )}
                  </Table.Td>
                  <Table.Td data-testid="unit-status">
                    <UnitStatusBadge status={u.status} />
                  </Table.Td>
                  <Table.Td ta="right" data-testid="unit-met">
                    {i18n.formatNumber(u.met)}
                  </Table.Td>
                  <Table.Td ta="right" data-testid="unit-missed">
                    {i18n.formatNumber(u.missed)}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <Anchor component={Link} to={`/plans/${u.planId}/reports/${period}`} size="sm">
                        {t('rollup.openReport')}
                      </Anchor>
                      {mayReopenHere && mayReopen(u.status, locked) && (
                        <Button
                          size="compact-xs"
                          variant="light"
                          leftSection={<IconLockOpen size={12} />}
                          aria-label={t('rollup.reopenOf', { unit: u.unitFullName })}
                          onClick={() => setReopening(u)}
                        >
                          {t('rollup.reopen')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </TableSection>

      <TableSection
        title={t('rollup.targets')}
        empty={rollup.targets.length === 0 ? t('rollup.targets.empty') : null}
      >
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing={4} withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('rollup.target')}</Table.Th>
                <Table.Th ta="right">{t('rollup.met')}</Table.Th>
                <Table.Th ta="right">{t('rollup.missed')}</Table.Th>
                <Table.Th ta="right">{t('rollup.notReported')}</Table.Th>
                <Table.Th ta="right">{t('rollup.min')}</Table.Th>
                <Table.Th ta="right">{t('rollup.median')}</Table.Th>
                <Table.Th ta="right">{t('rollup.max')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rollup.targets.map((x) => (
                <Table.Tr key={x.code} data-testid={`rollup-target-${x.code}`}>
                  <Table.Td>
                    <TargetLabel code={x.code} name={x.name} />
                  </Table.Td>
                  <Table.Td ta="right">{i18n.formatNumber(x.met)}</Table.Td>
                  <Table.Td ta="right">{i18n.formatNumber(x.missed)}</Table.Td>
                  <Table.Td ta="right">{i18n.formatNumber(x.notReported)}</Table.Td>
                  <Table.Td ta="right">{formatValue(x.measure, x.min)}</Table.Td>
                  <Table.Td ta="right">{formatValue(x.measure, x.median)}</Table.Td>
                  <Table.Td ta="right">{formatValue(x.measure, x.max)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </TableSection>

      <ReopenModal unit={reopening} period={rollup.period} onClose={() => setReopening(null)} />
    </Stack>
  );
}

/** A table of the dashboard under its title, or the sentence saying it has no rows. */
function TableSection({
  title,
  empty,
  children,
}: {
  title: string;
  empty: string | null;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="sm">
      <Title order={3} fz="md" mb="xs">
        {title}
      </Title>
      {empty !== null ? (
        <Text c="dimmed" size="sm">
          {empty}
        </Text>
      ) : (
        children
      )}
    </Paper>
  );
}

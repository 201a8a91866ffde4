import type { PlanSummaryResponse, UnitDetailResponse } from '@cchc/contracts';
import { Anchor, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { PlanStatusBadge } from '../../../components/plan-status-badge';
import { QueryView } from '../../../components/query-view';
import { isApiError } from '../../../lib/api-client';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { canCreatePlanFor } from '../../../lib/rights';
import { useCurrentUser } from '../../../lib/session';
import { useUnitPlans } from '../api/list-plans';

/** A unit's plans by year, with "Lập kế hoạch mới" for those who may write one. */
export function UnitPlans({ unit }: { unit: UnitDetailResponse }) {
  const { t } = useI18n();
  const user = useCurrentUser();
  const plans = useUnitPlans(unit.code);
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" mb="xs">
        <Title order={2} fz="md">
          {t('units.plans.title')}
        </Title>
        {canCreatePlanFor(user, unit.code) && (
          <Button
            component={Link}
            to={`/plans/new?unit=${unit.code}`}
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
          >
            {t('units.plans.new')}
          </Button>
        )}
      </Group>
      {isApiError(plans.error) && plans.error.code === 'FORBIDDEN' ? (
        // The API keeps the plans of units outside one's view to itself: say so, not "no plans".
        <Text size="sm" c="dimmed" data-testid="plans-out-of-scope">
          {t('units.plans.outOfScope')}
        </Text>
      ) : (
        <QueryView query={plans} what={t('units.what.plans')}>
          {(list) =>
            list.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('units.plans.empty')}
              </Text>
            ) : (
              <PlansByYear plans={list} />
            )
          }
        </QueryView>
      )}
    </Paper>
  );
}

function PlansByYear({ plans }: { plans: PlanSummaryResponse[] }) {
  const { t } = useI18n();
  const years = [...new Set(plans.map((p) => p.year))].sort((a, b) => b - a);
  return (
    <Table.ScrollContainer minWidth={680}>
      <Table striped highlightOnHover withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={80}>{t('plan.field.year')}</Table.Th>
            <Table.Th w={130}>{t('plan.field.documentNumber')}</Table.Th>
            <Table.Th>{t('plan.field.title')}</Table.Th>
            <Table.Th w={140}>{t('plan.field.kind')}</Table.Th>
            <Table.Th w={130}>{t('children.col.status')}</Table.Th>
            <Table.Th w={100}>{t('plan.field.updated')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {years.flatMap((year) =>
            plans
              .filter((p) => p.year === year)
              .map((p, i) => (
                <Table.Tr key={p.id}>
                  {i === 0 && (
                    <Table.Td rowSpan={plans.filter((q) => q.year === year).length} fw={600} valign="top">
                      {year}
                    </Table.Td>
                  )}
                  <Table.Td ff="monospace" fz="xs">
                    {p.documentNumber ?? t('common.none')}
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/plans/${p.id}`} size="sm">
                      {p.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t(`kind.${p.kind}`)}</Table.Td>
                  <Table.Td>
                    <PlanStatusBadge status={p.status} />
                  </Table.Td>
                  <Table.Td>{formatDate(p.updatedAt)}</Table.Td>
                </Table.Tr>
              )),
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The chosen unit: where it sits, what it holds, and its plans by year. */

import { Anchor, Paper, Table, Text, Title } from '@mantine/core';
import { toRoman } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import type { AreaView } from './area-view';

/** Budget per area and the plan's total, as the appendix of a plan shows them; live while typing. */
export function BudgetSummary({ areas, total }: { areas: AreaView[]; total: number }) {
  const { t, areaName, formatNumber } = useI18n();
  return (
    <Paper withBorder p="sm" h="100%">
      <Title order={2} fz="md" mb="xs">
        {t('plan.budgetTable')}
      </Title>
      <Table withTableBorder tabularNums fz="sm" verticalSpacing={3} aria-label={t('plan.budgetTable')}>
        <Table.Tbody>
          {areas.map((a, i) => (
            <Table.Tr key={a.area}>
              <Table.Td w={40} c="dimmed">
                {toRoman(i + 1)}
              </Table.Td>
              <Table.Td>
                <Anchor href={`#area-${a.area}`} size="sm" c="inherit">
                  {areaName(a.area)}
                </Anchor>
              </Table.Td>
              <Table.Td
                ta="right"
                w={150}
                style={{ whiteSpace: 'nowrap' }}
                data-testid={`area-budget-${a.area}`}
              >
                {formatNumber(a.budget)} {t('common.millionVnd')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th colSpan={2}>{t('plan.total')}</Table.Th>
            <Table.Th ta="right">
              <Text fw={700} size="sm" data-testid="plan-budget-total">
                {formatNumber(total)} {t('common.millionVnd')}
              </Text>
            </Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Paper>
  );
}

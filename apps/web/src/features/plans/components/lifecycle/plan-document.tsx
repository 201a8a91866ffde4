import type { PlanResponse } from '@cchc/contracts';
import { TaskColumnHeads } from '../task-column-heads';
import { floorLevelsBelow } from '@cchc/domain';
import { Grid, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { toRoman } from '../../../../lib/format';
import { useI18n } from '../../../../lib/i18n';
import { areaViews } from '../area-view';
import { BudgetSummary } from '../budget-summary';
import { recipientsOf } from '../recipients';

/**
 * An issued plan (or an issued version) as the signed document reads: text, no input boxes.
 * It changes only through an amendment (PlanLifecycleBar).
 */
export function PlanDocument({ plan }: { plan: PlanResponse }) {
  const { t, areaName, formatNumber, formatValue, formatDue } = useI18n();
  const areas = areaViews(plan, {});
  const total = areas.reduce((sum, a) => sum + a.budget, 0);
  const floorLevels = floorLevelsBelow(plan.unitLevel);
  const showFloor = plan.parentPlanId !== null;
  return (
    <Stack gap="md" data-testid="plan-document">
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Paper withBorder p="sm" h="100%" component="section" aria-labelledby="plan-document-title">
            <Title order={2} fz="md" id="plan-document-title" mb="xs">
              {t('plan.header.title')}
            </Title>
            <Stack gap={6}>
              <Text fw={600}>{plan.title}</Text>
              <Text size="sm">
                <Text span c="dimmed" size="sm">
                  {t('plan.field.documentNumber')}:{' '}
                </Text>
                {plan.issued?.documentNumber ?? plan.documentNumber ?? t('plan.noNumber')}
              </Text>
              {plan.legalBasis.length > 0 && (
                <div>
                  <Text size="sm" c="dimmed">
                    {t('plan.field.legalBasis')}
                  </Text>
                  {plan.legalBasis.map((line) => (
                    <Text key={line} size="sm">
                      {line}
                    </Text>
                  ))}
                </div>
              )}
              {plan.objectives && (
                <div>
                  <Text size="sm" c="dimmed">
                    {t('plan.field.objectives')}
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                    {plan.objectives}
                  </Text>
                </div>
              )}
              <div data-testid="plan-recipients">
                <Text size="sm" c="dimmed">
                  {t('documents.recipients')}
                </Text>
                {recipientsOf(plan).map((line) => (
                  <Text key={line} size="sm">
                    - {line}
                  </Text>
                ))}
              </div>
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <BudgetSummary areas={areas} total={total} />
        </Grid.Col>
      </Grid>
      <Title order={2} fz="lg">
        {t('plan.areas.title')}
      </Title>
      {areas.map((view, index) => {
        const targets = view.section?.targets ?? [];
        const tasks = view.section?.tasks ?? [];
        const name = areaName(view.area);
        return (
          <Paper key={view.area} withBorder p="sm" component="section" aria-label={name}>
            <Title order={3} fz="md">
              {toRoman(index + 1)}. {name}
            </Title>
            {targets.length === 0 && tasks.length === 0 && (
              <Text size="sm" c="dimmed" mt={4}>
                {t('plan.area.empty')}
              </Text>
            )}
            {targets.length > 0 && (
              <Table.ScrollContainer minWidth={720} mt="xs">
                <Table
                  withTableBorder
                  verticalSpacing={4}
                  fz="sm"
                  aria-label={`${t('plan.area.targets')}: ${name}`}
                >
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th w={110}>{t('target.col.code')}</Table.Th>
                      <Table.Th>{t('target.col.name')}</Table.Th>
                      <Table.Th w={130}>{t('target.col.value')}</Table.Th>
                      {showFloor && <Table.Th w={110}>{t('target.col.floor')}</Table.Th>}
                      {floorLevels.includes('district') && (
                        <Table.Th w={120}>{t('target.col.floorDistrict')}</Table.Th>
                      )}
                      {floorLevels.includes('commune') && (
                        <Table.Th w={120}>{t('target.col.floorCommune')}</Table.Th>
                      )}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {targets.map((x) => (
                      <Table.Tr key={x.code} data-testid={`target-row-${x.code}`}>
                        <Table.Td ff="monospace">{x.code}</Table.Td>
                        <Table.Td>{x.name}</Table.Td>
                        <Table.Td fw={600} data-testid={`target-value-${x.code}`}>
                          {formatValue(x.measure, x.value)}
                        </Table.Td>
                        {showFloor && (
                          <Table.Td c="orange.8">
                            {x.floor === null ? t('common.none') : formatValue(x.measure, x.floor)}
                          </Table.Td>
                        )}
                        {floorLevels.map((l) => (
                          <Table.Td key={l}>
                            {x.levelFloors[l] === null
                              ? t('common.none')
                              : formatValue(x.measure, x.levelFloors[l])}
                          </Table.Td>
                        ))}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            {tasks.length > 0 && (
              <Table.ScrollContainer minWidth={900} mt="xs">
                <Table
                  withTableBorder
                  verticalSpacing={4}
                  fz="sm"
                  aria-label={`${t('plan.area.tasks')}: ${name}`}
                >
                  <Table.Thead>
                    <Table.Tr>
                      <TaskColumnHeads />
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {tasks.map((x, i) => (
                      <Table.Tr key={x.id}>
                        <Table.Td>{i + 1}</Table.Td>
                        <Table.Td>{x.title}</Table.Td>
                        <Table.Td>{x.product}</Table.Td>
                        <Table.Td>{x.leadAgency}</Table.Td>
                        <Table.Td>{x.coordinatingAgencies.join('; ')}</Table.Td>
                        <Table.Td>{formatNumber(x.budgetMillionVnd)}</Table.Td>
                        <Table.Td>{formatDue(x.due)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Paper>
        );
      })}
    </Stack>
  );
}

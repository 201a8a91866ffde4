import type { PlanResponse, TargetResponse } from '@cchc/contracts';
import { TaskColumnHeads } from './task-column-heads';
import { floorLevelsBelow } from '@cchc/domain';
import { Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { toRoman } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { AddTargetModal } from './add-target-modal';
import { AddTaskModal } from './add-task-modal';
import type { AreaView } from './area-view';
import { TargetRow } from './target-row';
import { TaskRow } from './task-row';

interface AreaSectionProps {
  index: number;
  view: AreaView;
  plan: PlanResponse;
  parentTargets: ReadonlyMap<string, TargetResponse>;
  highlight: string | null;
  onBudgetDraft: (taskId: string, amount: number | undefined) => void;
  readOnly: boolean;
}

/** One reform area: its targets, its tasks and its budget subtotal. */
export function AreaSection({
  index,
  view,
  plan,
  parentTargets,
  highlight,
  onBudgetDraft,
  readOnly,
}: AreaSectionProps) {
  const { t, areaName, formatNumber } = useI18n();
  const [adding, setAdding] = useState<'target' | 'task' | null>(null);
  const targets = view.section?.targets ?? [];
  const tasks = view.section?.tasks ?? [];
  const floorLevels = floorLevelsBelow(plan.unitLevel);
  const titleId = `area-${view.area}-title`;
  const name = areaName(view.area);

  const showFloor = plan.parentPlanId !== null;
  // A commune's plan has no plans below it: nothing to keep to its own level.
  const cascades = floorLevels.length > 0;

  return (
    <Paper withBorder p="sm" component="section" id={`area-${view.area}`} aria-labelledby={titleId}>
      <Group justify="space-between" align="center" gap="sm">
        <Title order={3} fz="md" id={titleId}>
          {toRoman(index)}. {name}
        </Title>
        <Group gap="xs">
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {t('plan.area.budget')}:{' '}
            <Text span fw={600} c="var(--mantine-color-text)" data-testid={`area-subtotal-${view.area}`}>
              {formatNumber(view.budget)}
            </Text>{' '}
            {t('common.millionVnd')}
          </Text>
          {!readOnly && (
            <>
              <Button
                size="compact-xs"
                variant="light"
                leftSection={<IconPlus size={12} aria-hidden />}
                onClick={() => setAdding('target')}
                aria-label={`${t('target.add')}: ${name}`}
              >
                {t('target.add')}
              </Button>
              <Button
                size="compact-xs"
                variant="light"
                leftSection={<IconPlus size={12} aria-hidden />}
                onClick={() => setAdding('task')}
                aria-label={`${t('task.add')}: ${name}`}
              >
                {t('task.add')}
              </Button>
            </>
          )}
        </Group>
      </Group>

      {targets.length === 0 && tasks.length === 0 && (
        <Text size="sm" c="dimmed" mt={4}>
          {t('plan.area.empty')}
        </Text>
      )}

      {targets.length > 0 && (
        <>
          <Text fw={600} size="sm" mt="xs" mb={4}>
            {t('plan.area.targets')}
          </Text>
          <Table.ScrollContainer minWidth={860}>
            <Table withTableBorder verticalSpacing={4} aria-label={`${t('plan.area.targets')}: ${name}`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={110}>{t('target.col.code')}</Table.Th>
                  <Table.Th>{t('target.col.name')}</Table.Th>
                  <Table.Th w={120}>{t('target.col.measure')}</Table.Th>
                  <Table.Th w={130}>{t('target.col.value')}</Table.Th>
                  {showFloor && <Table.Th w={110}>{t('target.col.floor')}</Table.Th>}
                  {floorLevels.includes('district') && (
                    <Table.Th w={120}>{t('target.col.floorDistrict')}</Table.Th>
                  )}
                  {floorLevels.includes('commune') && (
                    <Table.Th w={120}>{t('target.col.floorCommune')}</Table.Th>
                  )}
                  {!readOnly && (
                    <Table.Th w={64}>
                      <span className="visually-hidden">{t('common.actions')}</span>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {targets.map((target) => (
                  <TargetRow
                    key={target.code}
                    planId={plan.id}
                    level={plan.unitLevel}
                    target={target}
                    parentTarget={parentTargets.get(target.code)}
                    showFloor={showFloor}
                    highlight={highlight === target.code}
                    readOnly={readOnly}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}

      {tasks.length > 0 && (
        <>
          <Text fw={600} size="sm" mt="xs" mb={4}>
            {t('plan.area.tasks')}
          </Text>
          <Table.ScrollContainer minWidth={1060}>
            <Table withTableBorder verticalSpacing={4} aria-label={`${t('plan.area.tasks')}: ${name}`}>
              <Table.Thead>
                <Table.Tr>
                  <TaskColumnHeads />
                  {!readOnly && (
                    <Table.Th w={64}>
                      <span className="visually-hidden">{t('common.actions')}</span>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tasks.map((task, i) => (
                  <TaskRow
                    key={task.id}
                    planId={plan.id}
                    task={task}
                    no={i + 1}
                    onBudgetDraft={onBudgetDraft}
                    readOnly={readOnly}
                    planYear={plan.year}
                    cascades={cascades}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}

      <AddTargetModal
        opened={adding === 'target'}
        onClose={() => setAdding(null)}
        planId={plan.id}
        area={view.area}
        floorLevels={floorLevels}
      />
      <AddTaskModal
        opened={adding === 'task'}
        onClose={() => setAdding(null)}
        planId={plan.id}
        area={view.area}
        planYear={plan.year}
        cascades={cascades}
      />
    </Paper>
  );
}

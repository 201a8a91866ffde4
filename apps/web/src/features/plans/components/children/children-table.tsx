import type { ChildPlanResponse } from '@cchc/contracts';
import { PLAN_STATUSES, foldVietnamese } from '@cchc/domain';
import {
  Anchor,
  Badge,
  Button,
  EmptyState,
  Group,
  Progress,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort, IconSearch, IconSitemap } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { PlanStatusBadge } from '../../../../components/plan-status-badge';
import { type MessageKey, useI18n } from '../../../../lib/i18n';

type SortKey = 'unit' | 'code' | 'status' | 'compliance';
type Sort = { key: SortKey; dir: 1 | -1 };

const statusRank = { draft: 0, derived: 1, confirmed: 2 } as const;

const compare: Record<SortKey, (a: ChildPlanResponse, b: ChildPlanResponse) => number> = {
  unit: (a, b) => a.unitFullName.localeCompare(b.unitFullName, 'vi'),
  code: (a, b) => a.unitCode.localeCompare(b.unitCode),
  status: (a, b) => statusRank[a.status] - statusRank[b.status],
  compliance: (a, b) => a.violations - b.violations,
};

function SortHeader({
  label,
  column,
  sort,
  onSort,
  width,
}: {
  label: MessageKey;
  column: SortKey;
  sort: Sort;
  onSort: (key: SortKey) => void;
  width?: number;
}) {
  const { t } = useI18n();
  const active = sort.key === column;
  const Icon = !active ? IconArrowsSort : sort.dir === 1 ? IconArrowUp : IconArrowDown;
  return (
    <Table.Th w={width} aria-sort={active ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {t(label)}
        <Icon size={13} aria-hidden color={active ? undefined : 'var(--mantine-color-gray-5)'} />
      </button>
    </Table.Th>
  );
}

export function ChildrenTable({ planId, plans }: { planId: string; plans: ChildPlanResponse[] }) {
  const { t } = useI18n();
  const [sort, setSort] = useState<Sort>({ key: 'code', dir: 1 });
  const [text, setText] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [compliance, setCompliance] = useState<string | null>(null);

  if (plans.length === 0)
    return (
      <EmptyState icon={<IconSitemap size={26} />} description={t('children.empty')}>
        <EmptyState.Actions>
          <Button component={Link} to={`/plans/${planId}/cascade`} variant="light" size="xs">
            {t('children.goCascade')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );

  const confirmed = plans.filter((p) => p.status === 'confirmed').length;
  const needle = foldVietnamese(text);
  const shown = plans
    .filter((p) => !needle || foldVietnamese(p.unitFullName).includes(needle) || p.unitCode.includes(needle))
    .filter((p) => !status || p.status === status)
    .filter((p) => !compliance || (compliance === 'ok') === p.complies)
    .sort((a, b) => compare[sort.key](a, b) * sort.dir || a.unitCode.localeCompare(b.unitCode));
  const onSort = (key: SortKey) => setSort((s) => ({ key, dir: s.key === key ? (s.dir === 1 ? -1 : 1) : 1 }));

  return (
    <Stack gap="sm">
      <div>
        <Group justify="space-between" mb={4}>
          <Text size="sm" fw={600} id="confirm-progress-label">
            {t('children.progressLabel')}
          </Text>
          <Text size="sm" data-testid="children-progress">
            {t('children.progress', { confirmed, count: plans.length })}
          </Text>
        </Group>
        <Progress
          value={(confirmed / plans.length) * 100}
          color="teal"
          size="lg"
          aria-labelledby="confirm-progress-label"
          aria-valuetext={t('children.progress', { confirmed, count: plans.length })}
        />
      </div>
      <Group gap="sm" align="flex-end">
        <TextInput
          label={t('children.filter.search')}
          leftSection={<IconSearch size={14} aria-hidden />}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          size="xs"
          w={260}
        />
        <Select
          label={t('children.filter.status')}
          size="xs"
          w={180}
          clearable
          placeholder={t('common.all')}
          value={status}
          onChange={setStatus}
          data={PLAN_STATUSES.filter((s) => s !== 'draft').map((s) => ({
            value: s,
            label: t(`status.${s}`),
          }))}
        />
        <Select
          label={t('children.filter.compliance')}
          size="xs"
          w={160}
          clearable
          placeholder={t('common.all')}
          value={compliance}
          onChange={setCompliance}
          data={[
            { value: 'ok', label: t('children.filter.ok') },
            { value: 'bad', label: t('children.filter.bad') },
          ]}
        />
        <Text size="xs" c="dimmed" ml="auto" aria-live="polite">
          {t('children.shown', { shown: shown.length, total: plans.length })}
        </Text>
      </Group>
      <Table.ScrollContainer minWidth={760}>
        <Table withTableBorder striped highlightOnHover aria-label={t('children.title')}>
          <Table.Thead>
            <Table.Tr>
              <SortHeader label="children.col.code" column="code" width={90} sort={sort} onSort={onSort} />
              <SortHeader label="children.col.unit" column="unit" sort={sort} onSort={onSort} />
              <SortHeader
                label="children.col.status"
                column="status"
                width={170}
                sort={sort}
                onSort={onSort}
              />
              <SortHeader
                label="children.col.compliance"
                column="compliance"
                width={200}
                sort={sort}
                onSort={onSort}
              />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((p) => (
              <Table.Tr key={p.id} data-testid={`child-${p.unitCode}`}>
                <Table.Td ff="monospace">{p.unitCode}</Table.Td>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={`/plans/${p.id}`}
                    size="sm"
                    aria-label={t('children.open', { name: p.unitFullName })}
                  >
                    {p.unitFullName}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <PlanStatusBadge status={p.status} />
                </Table.Td>
                <Table.Td>
                  {p.complies ? (
                    <Badge color="teal" variant="dot" size="sm">
                      {t('children.ok')}
                    </Badge>
                  ) : (
                    // Counted over the child's whole subtree: a district fine itself is not fine
                    // while its communes are below a floor.
                    <Stack gap={2}>
                      <Anchor
                        component={Link}
                        to={`/plans/${planId}/compliance?unit=${p.unitCode}`}
                        size="sm"
                      >
                        <Badge color="red" variant="light" size="sm" style={{ cursor: 'pointer' }}>
                          {t('children.bad', { count: p.violations })}
                        </Badge>
                      </Anchor>
                      {p.ownViolations < p.violations && (
                        <Text size="xs" c="dimmed" data-testid={`child-below-${p.unitCode}`}>
                          {t('floors.childBelow', {
                            own: p.ownViolations,
                            below: p.violations - p.ownViolations,
                          })}
                        </Text>
                      )}
                    </Stack>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {shown.length === 0 && (
        <Text size="sm" c="dimmed" ta="center">
          {t('children.noMatch')}
        </Text>
      )}
    </Stack>
  );
}

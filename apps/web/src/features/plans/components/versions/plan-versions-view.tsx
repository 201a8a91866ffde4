import type { PlanResponse, PlanVersionSummary } from '@cchc/contracts';
import { Badge, Group, List, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { QueryView } from '../../../../components/query-view';
import { formatDate } from '../../../../lib/format';
import { useI18n } from '../../../../lib/i18n';
import { usePlan } from '../../api/get-plan';
import { usePlanDiff, usePlanVersion } from '../../api/get-plan-versions';
import { type DiffItem, type DiffLine, describePlanDiff } from './plan-diff-lines';

type Side = number | 'current';

function VersionTable({
  versions,
  files,
}: {
  versions: PlanVersionSummary[];
  files?: (version: number) => ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table withTableBorder verticalSpacing={6} fz="sm" aria-label={t('versions.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={60}>{t('versions.col.number')}</Table.Th>
            <Table.Th w={150}>{t('versions.col.documentNumber')}</Table.Th>
            <Table.Th w={130}>{t('versions.col.issuedOn')}</Table.Th>
            <Table.Th w={260}>{t('versions.col.signer')}</Table.Th>
            <Table.Th>{t('versions.col.reason')}</Table.Th>
            {files && <Table.Th w={300}>{t('documents.download')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {versions.map((v) => (
            <Table.Tr key={v.number} data-testid={`version-row-${v.number}`}>
              <Table.Td>{v.number}</Table.Td>
              <Table.Td>{v.documentNumber}</Table.Td>
              <Table.Td>{formatDate(v.issuedOn)}</Table.Td>
              <Table.Td>
                {t(`lifecycle.capacity.${v.signer.capacity}`)} · {v.signer.title} {v.signer.name}
              </Table.Td>
              <Table.Td>
                {v.reason ?? (
                  <Text c="dimmed" size="sm">
                    {t('versions.first')}
                  </Text>
                )}
              </Table.Td>
              {files && <Table.Td>{files(v.number)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Lines({ lines }: { lines: DiffLine[] }) {
  return (
    <List size="sm" spacing={2}>
      {lines.map((l) => (
        <List.Item key={l.label}>
          {l.label}:{' '}
          <Text span td="line-through" c="dimmed" size="sm">
            {l.before}
          </Text>{' '}
          →{' '}
          <Text span fw={600} size="sm">
            {l.after}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

function Items({ kind, items }: { kind: 'added' | 'removed' | 'changed'; items: DiffItem[] }) {
  const { t } = useI18n();
  if (items.length === 0) return null;
  const color = { added: 'teal', removed: 'red', changed: 'blue' }[kind];
  return (
    <Stack gap={4}>
      {items.map((item) => (
        <div key={item.key} data-testid={`diff-${kind}-${item.key}`}>
          <Group gap={6} wrap="nowrap" align="baseline">
            <Badge color={color} variant="light" size="sm" radius="sm" style={{ flexShrink: 0 }}>
              {t(`diff.${kind}`)}
            </Badge>
            <Text size="sm" fw={500}>
              {item.title}
              {item.detail ? `: ${item.detail}` : ''}
            </Text>
          </Group>
          {item.lines.length > 0 && <Lines lines={item.lines} />}
        </div>
      ))}
    </Stack>
  );
}

/** What changed from one version to another, read as the amended document reads. */
function DiffView({ plan, from, to }: { plan: PlanResponse; from: number; to: Side }) {
  const i18n = useI18n();
  const { t } = i18n;
  const diff = usePlanDiff(plan.id, from, to);
  const fromPlan = usePlanVersion(plan.id, from);
  const toVersion = usePlanVersion(plan.id, to === 'current' ? null : to);
  const current = usePlan(plan.id);
  const toPlan = to === 'current' ? current.data : toVersion.data;
  return (
    <QueryView query={diff} what={t('diff.what')}>
      {(d) => {
        const described = describePlanDiff(d, { from: fromPlan.data, to: toPlan }, i18n);
        if (described.empty)
          return (
            <Text size="sm" c="dimmed" data-testid="diff-none">
              {t('diff.none')}
            </Text>
          );
        const sections = [
          ['diff.targets', described.targets],
          ['diff.tasks', described.tasks],
        ] as const;
        return (
          <Stack gap="sm" data-testid="plan-diff">
            {described.header.length > 0 && (
              <div>
                <Title order={4} fz="sm" mb={4}>
                  {t('diff.header')}
                </Title>
                <Lines lines={described.header} />
              </div>
            )}
            {sections.map(([label, changes]) =>
              changes.added.length + changes.removed.length + changes.changed.length === 0 ? null : (
                <div key={label}>
                  <Title order={4} fz="sm" mb={4}>
                    {t(label)}
                  </Title>
                  <Stack gap={6}>
                    <Items kind="added" items={changes.added} />
                    <Items kind="removed" items={changes.removed} />
                    <Items kind="changed" items={changes.changed} />
                  </Stack>
                </div>
              ),
            )}
          </Stack>
        );
      }}
    </QueryView>
  );
}

/** The two sides compared first: the draft being amended against the version in force, or the last two versions. */
function defaultSides(plan: PlanResponse, versions: PlanVersionSummary[]): [number, Side] | null {
  const last = versions.at(-1)?.number;
  if (last === undefined) return null;
  if (plan.status === 'amending') return [last, 'current'];
  return last > 1 ? [last - 1, last] : null;
}

/**
 * "Các lần ban hành": every issued version, and what changed between two of them. `files`: each
 * version's downloads (features/documents), passed in by the route.
 */
export function PlanVersionsView({
  plan,
  versions,
  files,
}: {
  plan: PlanResponse;
  versions: PlanVersionSummary[];
  files?: (version: number) => ReactNode;
}) {
  const { t } = useI18n();
  const initial = defaultSides(plan, versions);
  const [from, setFrom] = useState<number | null>(initial?.[0] ?? null);
  const [to, setTo] = useState<Side | null>(initial?.[1] ?? null);
  if (versions.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('versions.empty')}
      </Text>
    );
  const options = versions.map((v) => ({
    value: String(v.number),
    label: t('versions.option', { n: v.number, number: v.documentNumber }),
  }));
  const toOptions =
    plan.status === 'amending' ? [...options, { value: 'current', label: t('versions.current') }] : options;
  const comparable = versions.length > 1 || plan.status === 'amending';
  return (
    <Stack gap="md">
      <VersionTable versions={versions} files={files} />
      {comparable && (
        <Paper withBorder p="sm" component="section" aria-labelledby="diff-title">
          <Title order={3} fz="md" id="diff-title" mb="xs">
            {t('diff.title')}
          </Title>
          <Group gap="sm" mb="sm" align="flex-end">
            <Select
              label={t('versions.from')}
              size="xs"
              w={240}
              data={options}
              value={from === null ? null : String(from)}
              onChange={(v) => setFrom(v === null ? null : Number(v))}
              allowDeselect={false}
            />
            <Select
              label={t('versions.to')}
              size="xs"
              w={240}
              data={toOptions}
              value={to === null ? null : String(to)}
              onChange={(v) => setTo(v === null ? null : v === 'current' ? 'current' : Number(v))}
              allowDeselect={false}
            />
          </Group>
          {from !== null && to !== null && <DiffView plan={plan} from={from} to={to} />}
        </Paper>
      )}
    </Stack>
  );
}

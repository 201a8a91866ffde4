import {
  type CascadePlanRequest,
  type CascadePlanResponse,
  type ChildPlanResponse,
  type PlanResponse,
  type UnitResponse,
  cascadePlanRequest,
} from '@cchc/contracts';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { IconCircleCheck, IconInfoCircle, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { PlanStatusBadge } from '../../../../components/plan-status-badge';
import { MutationError } from '../../../../components/mutation-error';
import { useI18n } from '../../../../lib/i18n';
import { useCascadePlan } from '../../api/cascade-plan';

function CascadeResult({ result }: { result: CascadePlanResponse }) {
  const { t } = useI18n();
  const stats = [
    ['cascade.result.created', result.created],
    ['cascade.result.updated', result.updated],
    ['cascade.result.targetsAdded', result.targetsAdded],
    ['cascade.result.targetsRaised', result.targetsRaised],
    ['cascade.result.tasksAdded', result.tasksAdded],
  ] as const;
  return (
    <Alert
      color="teal"
      variant="light"
      icon={<IconCircleCheck size={18} />}
      title={t('cascade.result.title')}
      role="status"
      data-testid="cascade-result"
    >
      <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="xs" mb="sm">
        {stats.map(([label, value]) => (
          <Paper key={label} withBorder p={6} bg="white">
            <Text size="xs" c="dimmed">
              {t(label)}
            </Text>
            <Text fw={700} size="lg">
              {value}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <Text size="sm" fw={600} mb={4}>
        {t('cascade.result.plans')}
      </Text>
      <Group gap={6}>
        {result.plans.map((p) => (
          <Anchor key={p.id} component={Link} to={`/plans/${p.id}`} size="sm">
            {p.unitFullName}
          </Anchor>
        ))}
      </Group>
    </Alert>
  );
}

/** What the cascade would do, from a dry run of it, with the way to run it or not. */
function CascadePreview({
  preview,
  onConfirm,
  onCancel,
  loading,
}: {
  preview: CascadePlanResponse;
  onConfirm: () => void;
  onCancel: () => void;
  loading: boolean;
}) {
  const { t } = useI18n();
  const nothing = preview.created + preview.updated === 0;
  return (
    <Alert
      color={nothing ? 'gray' : 'blue'}
      variant="light"
      icon={<IconInfoCircle size={18} />}
      title={t('cascade.preview.title')}
      data-testid="cascade-preview"
    >
      <Stack gap={6}>
        <Text size="sm" fw={600}>
          {t('cascade.preview.summary', { created: preview.created, updated: preview.updated })}
        </Text>
        <Text size="sm">
          {nothing
            ? t('cascade.preview.nothing')
            : t('cascade.preview.details', {
                targetsAdded: preview.targetsAdded,
                targetsRaised: preview.targetsRaised,
                tasksAdded: preview.tasksAdded,
              })}
        </Text>
        <Group gap="sm">
          <Button
            size="xs"
            leftSection={<IconSend size={14} aria-hidden />}
            onClick={onConfirm}
            loading={loading}
          >
            {t('cascade.preview.confirm')}
          </Button>
          <Button size="xs" variant="default" onClick={onCancel} disabled={loading}>
            {t('cascade.preview.cancel')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

interface FormProps {
  plan: PlanResponse;
  units: UnitResponse[];
  childPlans: ChildPlanResponse[];
}

export function CascadeForm({ plan, units, childPlans }: FormProps) {
  const { t } = useI18n();
  // First a dry run says what the cascade would do; the cascade runs once that is confirmed.
  const preview = useCascadePlan(plan.id);
  const cascade = useCascadePlan(plan.id);
  const [mode, setMode] = useState<'all' | 'some'>('all');
  const [picked, setPicked] = useState<ReadonlySet<string>>(() => new Set());
  const [problem, setProblem] = useState<string | null>(null);
  const byUnit = new Map(childPlans.map((c) => [c.unitCode, c]));
  const allPicked = picked.size === units.length;

  const toggle = (code: string) =>
    setPicked((prev) => {
      const next = new Set(prev);
      if (next.has(code)) next.delete(code);
      else next.add(code);
      return next;
    });

  const requested = (): CascadePlanRequest | null => {
    const request: CascadePlanRequest = mode === 'all' ? {} : { unitCodes: [...picked] };
    if (mode === 'some' && picked.size === 0) {
      setProblem(t('cascade.pickOne'));
      return null;
    }
    const parsed = cascadePlanRequest.safeParse(request);
    if (!parsed.success) {
      setProblem(t('validation.invalid'));
      return null;
    }
    setProblem(null);
    return parsed.data;
  };
  const check = () => {
    const request = requested();
    if (!request) return;
    cascade.reset();
    preview.mutate({ ...request, dryRun: true });
  };
  const run = () => {
    const request = requested();
    if (!request) return;
    cascade.mutate(request, { onSuccess: () => preview.reset() });
  };
  // A change of scope makes the preview say something else: it is asked again.
  const changeScope = () => preview.reset();

  if (units.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('cascade.noChildren')}
      </Text>
    );

  return (
    <Stack gap="sm">
      <Radio.Group
        label={t('cascade.scope')}
        value={mode}
        onChange={(v) => {
          setMode(v as 'all' | 'some');
          setProblem(null);
          changeScope();
        }}
      >
        <Group gap="lg" mt={4}>
          <Radio value="all" label={t('cascade.mode.all', { count: units.length })} />
          <Radio value="some" label={t('cascade.mode.some')} />
        </Group>
      </Radio.Group>
      <Table.ScrollContainer minWidth={600}>
        <Table withTableBorder striped highlightOnHover aria-label={t('cascade.what')}>
          <Table.Thead>
            <Table.Tr>
              {mode === 'some' && (
                <Table.Th w={36}>
                  <Checkbox
                    size="xs"
                    aria-label={t('cascade.selectAll')}
                    checked={allPicked}
                    indeterminate={picked.size > 0 && !allPicked}
                    onChange={() => {
                      setPicked(allPicked ? new Set() : new Set(units.map((u) => u.code)));
                      changeScope();
                    }}
                  />
                </Table.Th>
              )}
              <Table.Th w={80}>{t('cascade.col.code')}</Table.Th>
              <Table.Th>{t('cascade.col.unit')}</Table.Th>
              <Table.Th w={220}>{t('cascade.col.current')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {units.map((u) => {
              const child = byUnit.get(u.code);
              return (
                <Table.Tr key={u.code}>
                  {mode === 'some' && (
                    <Table.Td>
                      <Checkbox
                        size="xs"
                        aria-label={t('cascade.selectUnit', { name: u.fullName })}
                        checked={picked.has(u.code)}
                        onChange={() => {
                          toggle(u.code);
                          changeScope();
                        }}
                      />
                    </Table.Td>
                  )}
                  <Table.Td ff="monospace">{u.code}</Table.Td>
                  <Table.Td>{u.fullName}</Table.Td>
                  <Table.Td>
                    {child ? (
                      <Group gap={6}>
                        <PlanStatusBadge status={child.status} />
                        <Anchor component={Link} to={`/plans/${child.id}`} size="xs">
                          {t('common.open')}
                        </Anchor>
                      </Group>
                    ) : (
                      <Badge variant="outline" color="gray" size="sm">
                        {t('cascade.notYet')}
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="space-between">
        <Text size="sm" c={problem ? 'red' : 'dimmed'} role={problem ? 'alert' : undefined}>
          {problem ??
            (mode === 'some' ? t('cascade.selected', { selected: picked.size, count: units.length }) : '')}
        </Text>
        <Button
          leftSection={<IconSend size={16} aria-hidden />}
          onClick={check}
          loading={preview.isPending}
          disabled={preview.data !== undefined}
        >
          {t('cascade.run')}
        </Button>
      </Group>
      <MutationError mutation={preview} what={t('cascade.preview.what')} onRetry={check} />
      {preview.data && (
        <CascadePreview
          preview={preview.data}
          onConfirm={run}
          onCancel={() => preview.reset()}
          loading={cascade.isPending}
        />
      )}
      <MutationError mutation={cascade} what={t('cascade.whatRun')} onRetry={run} />
      {cascade.data && <CascadeResult result={cascade.data} />}
    </Stack>
  );
}

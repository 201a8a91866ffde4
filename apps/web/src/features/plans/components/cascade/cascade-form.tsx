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
import { IconCircleCheck, IconSend } from '@tabler/icons-react';
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
            {p.unitType} {p.unitName}
          </Anchor>
        ))}
      </Group>
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

  const run = () => {
    const request: CascadePlanRequest = mode === 'all' ? {} : { unitCodes: [...picked] };
    if (mode === 'some' && picked.size === 0) return setProblem(t('cascade.pickOne'));
    const parsed = cascadePlanRequest.safeParse(request);
    if (!parsed.success) return setProblem(t('validation.invalid'));
    setProblem(null);
    cascade.mutate(parsed.data);
  };

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
                    onChange={() => setPicked(allPicked ? new Set() : new Set(units.map((u) => u.code)))}
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
                        onChange={() => toggle(u.code)}
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
        <Button leftSection={<IconSend size={16} aria-hidden />} onClick={run} loading={cascade.isPending}>
          {t('cascade.run')}
        </Button>
      </Group>
      <MutationError mutation={cascade} what={t('cascade.whatRun')} onRetry={run} />
      {cascade.data && <CascadeResult result={cascade.data} />}
    </Stack>
  );
}

import type { ComplianceItem } from '@cchc/contracts';
import { foldVietnamese } from '@cchc/domain';
import { Anchor, Badge, Button, EmptyState, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconCircleCheck, IconSearch, IconTool } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../../lib/i18n';
import { canWritePlan } from '../../../../lib/rights';
import { useCurrentUser } from '../../../../lib/session';
import { TargetLabel } from '../../../../components/target-label';

export function ComplianceTable({
  items,
  initialFilter,
}: {
  items: ComplianceItem[];
  initialFilter: string;
}) {
  const { t, formatValue } = useI18n();
  const user = useCurrentUser();
  const [text, setText] = useState(initialFilter);
  if (items.length === 0)
    return (
      <EmptyState
        icon={<IconCircleCheck size={26} />}
        variant="light"
        color="teal"
        description={t('compliance.empty')}
        data-testid="compliance-empty"
      />
    );
  const needle = foldVietnamese(text);
  const shown = items.filter(
    (i) =>
      !needle ||
      i.unitCode.includes(needle) ||
      // A district's code finds its communes too: the children list links here with it.
      i.districtCode?.includes(needle) ||
      foldVietnamese(`${i.unitFullName} ${i.targetCode} ${i.targetName}`).includes(needle),
  );
  const units = new Set(items.map((i) => i.unitCode)).size;
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Text size="sm" fw={600} c="red.8" data-testid="compliance-summary">
          {t('compliance.summary', {
            count: items.length,
            units: t('compliance.summaryUnits', { count: units }),
          })}
        </Text>
        <TextInput
          label={t('compliance.filter')}
          leftSection={<IconSearch size={14} aria-hidden />}
          size="xs"
          w={280}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
      </Group>
      <Table.ScrollContainer minWidth={920}>
        <Table withTableBorder striped highlightOnHover aria-label={t('compliance.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={200}>{t('compliance.col.unit')}</Table.Th>
              <Table.Th>{t('compliance.col.target')}</Table.Th>
              <Table.Th w={190}>{t('compliance.col.problem')}</Table.Th>
              <Table.Th w={110}>{t('compliance.col.value')}</Table.Th>
              <Table.Th w={110}>{t('compliance.col.floor')}</Table.Th>
              <Table.Th w={80} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((i) => {
              const { measure } = i;
              // A fix only where the reader may edit the plan (its own unit's); others read.
              const mayEdit = canWritePlan(user, i);
              return (
                <Table.Tr
                  key={`${i.planId}-${i.targetCode}-${i.field}`}
                  data-testid={`compliance-${i.unitCode}-${i.targetCode}`}
                >
                  <Table.Td>
                    <Text size="sm">{i.unitFullName}</Text>
                    <Text size="xs" c="dimmed">
                      {t(`level.${i.unitLevel}`)} · {i.unitCode}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <TargetLabel code={i.targetCode} name={i.targetName} />
                  </Table.Td>
                  <Table.Td>
                    <Badge color={i.problem === 'missing' ? 'grape' : 'red'} variant="light" size="sm">
                      {t(`compliance.problem.${i.problem}`)}
                    </Badge>{' '}
                    {i.problem === 'weaker' && (
                      <Text span size="xs" c="dimmed">
                        ({t(`compliance.field.${i.field}`)})
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td fz="sm" c="red.8">
                    {formatValue(measure, i.value)}
                  </Table.Td>
                  <Table.Td fz="sm">
                    {i.direction === 'at_least' ? '≥ ' : '≤ '}
                    {formatValue(measure, i.floor)}
                  </Table.Td>
                  <Table.Td>
                    {mayEdit ? (
                      <Button
                        component={Link}
                        to={`/plans/${i.planId}?target=${encodeURIComponent(i.targetCode)}`}
                        size="compact-xs"
                        variant="light"
                        leftSection={<IconTool size={12} aria-hidden />}
                        aria-label={t('compliance.fixOf', { name: i.unitFullName, code: i.targetCode })}
                      >
                        {t('compliance.fix')}
                      </Button>
                    ) : (
                      <Anchor
                        component={Link}
                        to={`/plans/${i.planId}?target=${encodeURIComponent(i.targetCode)}`}
                        size="xs"
                        aria-label={t('compliance.viewOf', { name: i.unitFullName, code: i.targetCode })}
                      >
                        {t('compliance.view')}
                      </Anchor>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {shown.length === 0 && (
        <Text size="sm" c="dimmed" ta="center">
          {t('compliance.noMatch')}
        </Text>
      )}
    </Stack>
  );
}

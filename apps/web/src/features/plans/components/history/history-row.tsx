import type { PlanHistoryEntry } from '@cchc/contracts';
import { Anchor, Badge, List, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateTime } from '../../../../lib/format';
import { useI18n } from '../../../../lib/i18n';
import { describeChange } from './history-changes';

export function HistoryRow({ entry }: { entry: PlanHistoryEntry }) {
  const i18n = useI18n();
  const { t } = i18n;
  const change = describeChange(entry, i18n);
  return (
    <Table.Tr data-testid={`history-${entry.id}`}>
      <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }} valign="top">
        <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
      </Table.Td>
      <Table.Td valign="top">
        {entry.actor ? (
          <Text size="sm" fw={500}>
            {entry.actor.username}
          </Text>
        ) : (
          <Badge variant="light" color="gray" size="sm">
            {t('history.system')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td valign="top">
        <Text size="sm" fw={600}>
          {change.title}
        </Text>
        {change.summary && <Text size="sm">{change.summary}</Text>}
        {change.parentPlanId && (
          <Anchor component={Link} to={`/plans/${change.parentPlanId}`} size="sm">
            {t('history.parentPlan')}
          </Anchor>
        )}
        {change.lines.length > 0 && (
          <List size="sm" spacing={2} mt={2} listStyleType="none">
            {change.lines.map((line) => (
              <List.Item key={line.label}>
                <Text span size="sm" c="dimmed">
                  {line.label}:{' '}
                </Text>
                {'value' in line ? (
                  line.value
                ) : (
                  <>
                    <Text span size="sm" td="line-through" c="red.8">
                      {line.before}
                    </Text>
                    <Text span size="sm" c="dimmed">
                      {' → '}
                    </Text>
                    <Text span size="sm" c="teal.8" fw={500}>
                      {line.after}
                    </Text>
                  </>
                )}
              </List.Item>
            ))}
          </List>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

import type { InboxItem } from '@cchc/contracts';
import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { QueryView } from '../../../components/query-view';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useInbox } from '../api/get-inbox';

const COLORS: Record<InboxItem['kind'], string> = {
  confirm: 'orange',
  reconfirm: 'red',
  issue: 'blue',
  children_overdue: 'grape',
  report_due: 'teal',
  reports_overdue: 'pink',
};

/** Where each kind of work is done: the confirm screen, or the plan itself. */
const whereDone = (item: InboxItem) =>
  item.kind === 'confirm' || item.kind === 'reconfirm'
    ? `/plans/${item.plan.id}/confirm`
    : item.kind === 'children_overdue'
      ? `/plans/${item.plan.id}/children`
      : `/plans/${item.plan.id}`;

/** What the unit must do now, most urgent first, each with its plan and date. */
export function InboxList() {
  const { t } = useI18n();
  const inbox = useInbox();
  return (
    <QueryView query={inbox} what={t('inbox.what')}>
      {(items) =>
        items.length === 0 ? (
          <Text c="dimmed" data-testid="inbox-empty">
            {t('inbox.empty')}
          </Text>
        ) : (
          <Stack
            gap="xs"
            component="ol"
            m={0}
            p={0}
            style={{ listStyle: 'none' }}
            aria-label={t('inbox.title')}
          >
            {items.map((item) => (
              <li key={`${item.kind}-${item.plan.id}-${item.period?.key ?? ''}`} data-testid="inbox-item">
                <Card withBorder padding="sm">
                  <Group justify="space-between" wrap="wrap" gap="xs">
                    <Stack gap={2}>
                      <Group gap="xs">
                        <Badge color={COLORS[item.kind]} variant="light" radius="sm">
                          {t(`inbox.kind.${item.kind}`)}
                        </Badge>
                        {item.period && (
                          <Text size="sm" fw={500}>
                            {t('inbox.period', { period: item.period.label })}
                          </Text>
                        )}
                        {item.count !== undefined && (
                          <Text size="sm" fw={500}>
                            {item.kind === 'reports_overdue'
                              ? t('inbox.reportsOverdueCount', { count: item.count })
                              : t('inbox.overdueCount', { count: item.count })}
                          </Text>
                        )}
                        {item.dueOn && (
                          <Text size="sm" c="red" fw={500}>
                            {t('inbox.dueOn', { date: formatDate(item.dueOn) })}
                          </Text>
                        )}
                      </Group>
                      <Anchor component={Link} to={whereDone(item)} fw={500}>
                        {item.plan.title}
                        {item.plan.documentNumber ? ` (${item.plan.documentNumber})` : ''}
                      </Anchor>
                    </Stack>
                    <Text size="sm" c="dimmed">
                      {t('inbox.since', { date: formatDate(item.since) })}
                    </Text>
                  </Group>
                </Card>
              </li>
            ))}
          </Stack>
        )
      }
    </QueryView>
  );
}

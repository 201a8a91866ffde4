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

/** Where each kind of work is done: the confirm screen, the report form, the roll-up, or the plan itself. */
function whereDone(item: InboxItem): string {
  const { kind, period } = item;
  if (kind === 'confirm' || kind === 'reconfirm') return `/plans/${item.plan.id}/confirm`;
  if (kind === 'children_overdue') return `/plans/${item.plan.id}/children`;
  if (kind === 'report_due') return `/plans/${item.plan.id}/reports${period ? `/${period.key}` : ''}`;
  if (kind === 'reports_overdue')
    return `/plans/${item.plan.id}/rollup${period ? `?period=${encodeURIComponent(period.key)}` : ''}`;
  return `/plans/${item.plan.id}`;
}

/** The line beside the badge: how many units below are late, or the deadline. */
function InboxDetail({ item }: { item: InboxItem }) {
  const { t } = useI18n();
  const { kind, period } = item;
  if (kind === 'report_due' && period)
    return (
      <Text size="sm" c="red" fw={500}>
        {t('inbox.reportDue', { period: period.label, date: item.dueOn ? formatDate(item.dueOn) : '—' })}
      </Text>
    );
  if (kind === 'reports_overdue' && period)
    return (
      <Text size="sm" fw={500}>
        {t('inbox.reportsOverdue', { count: item.count ?? 0, period: period.label })}
      </Text>
    );
  return (
    <>
      {item.count !== undefined && (
        <Text size="sm" fw={500}>
          {t('inbox.overdueCount', { count: item.count })}
        </Text>
      )}
      {item.dueOn && (
        <Text size="sm" c="red" fw={500}>
          {t('inbox.dueOn', { date: formatDate(item.dueOn) })}
        </Text>
      )}
    </>
  );
}

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
                        <InboxDetail item={item} />
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

import type { NotificationResponse } from '@cchc/contracts';
import {
  ActionIcon,
  Button,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBell } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { QueryView } from '../../../components/query-view';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useNotifications } from '../api/list-notifications';
import { useMarkAllRead, useMarkRead } from '../api/mark-read';
import { notificationText } from './notification-text';

/** The bell in the header: how many notifications the reader has not read, and the list of them. */
export function NotificationBell() {
  const { t } = useI18n();
  const [opened, popover] = useDisclosure(false);
  const notifications = useNotifications();
  const unread = notifications.data?.pages[0]?.unread ?? 0;
  return (
    <Popover
      opened={opened}
      onChange={popover.toggle}
      position="bottom-end"
      width={380}
      shadow="md"
      withinPortal
    >
      <Popover.Target>
        <Indicator
          label={unread > 99 ? '99+' : unread}
          size={16}
          color="red"
          disabled={unread === 0}
          offset={4}
          data-testid="notification-count"
        >
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            onClick={popover.toggle}
            aria-label={t('notifications.open', { count: unread })}
            aria-expanded={opened}
          >
            <IconBell size={20} aria-hidden />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p="xs" aria-label={t('notifications.title')} role="dialog">
        <NotificationList onOpen={popover.close} />
      </Popover.Dropdown>
    </Popover>
  );
}

function NotificationList({ onOpen }: { onOpen: () => void }) {
  const { t } = useI18n();
  const notifications = useNotifications();
  const markAll = useMarkAllRead();
  const unread = notifications.data?.pages[0]?.unread ?? 0;
  return (
    <Stack gap="xs">
      <Group justify="space-between" wrap="nowrap">
        <Text fw={600}>{t('notifications.title')}</Text>
        <Button
          size="compact-xs"
          variant="subtle"
          disabled={unread === 0}
          loading={markAll.isPending}
          onClick={() => markAll.mutate()}
        >
          {t('notifications.readAll')}
        </Button>
      </Group>
      <QueryView query={notifications} what={t('notifications.what')}>
        {(data) => {
          const items = data.pages.flatMap((p) => p.items);
          if (items.length === 0)
            return (
              <Text size="sm" c="dimmed">
                {t('notifications.empty')}
              </Text>
            );
          return (
            <ScrollArea.Autosize mah={420} type="auto">
              <Stack gap={2} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
                {items.map((n) => (
                  <li key={n.id}>
                    <NotificationItem notification={n} onOpen={onOpen} />
                  </li>
                ))}
              </Stack>
              {notifications.hasNextPage && (
                <Button
                  variant="subtle"
                  size="compact-sm"
                  fullWidth
                  mt="xs"
                  loading={notifications.isFetchingNextPage}
                  onClick={() => void notifications.fetchNextPage()}
                >
                  {t('notifications.more')}
                </Button>
              )}
            </ScrollArea.Autosize>
          );
        }}
      </QueryView>
    </Stack>
  );
}

/** One notification: opening it marks it read and opens its plan. */

/** Where a notification leads: a report submitted or reopened opens that report (the unit below's plan); others the plan. */
function whereTo(n: NotificationResponse): string {
  const { period } = n.params;
  if ((n.kind === 'report_submitted' || n.kind === 'report_reopened') && period)
    return `/plans/${n.planId}/reports/${encodeURIComponent(period.key)}`;
  return `/plans/${n.planId}`;
}

function NotificationItem({
  notification: n,
  onOpen,
}: {
  notification: NotificationResponse;
  onOpen: () => void;
}) {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const markRead = useMarkRead();
  return (
    <UnstyledButton
      w="100%"
      p={6}
      className="notification-item"
      data-unread={n.read ? undefined : 'true'}
      data-testid="notification"
      style={{ borderRadius: 4, background: n.read ? undefined : 'var(--mantine-color-blue-light)' }}
      onClick={() => {
        if (!n.read) markRead.mutate(n.id);
        onOpen();
        void navigate(whereTo(n));
      }}
    >
      <Text size="sm" fw={n.read ? 400 : 600}>
        {notificationText(locale, n)}
      </Text>
      <Text size="xs" c="dimmed">
        {formatDateTime(n.at)}
        {n.read ? '' : ` · ${t('notifications.unread')}`}
      </Text>
    </UnstyledButton>
  );
}

import { Group, Loader, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useI18n } from '../lib/i18n';
import { RequestError } from './request-error';

export function LoadingBlock({ label, compact }: { label?: string; compact?: boolean }) {
  const { t } = useI18n();
  return (
    <Group gap="xs" py={compact ? 4 : 'md'} px={compact ? 0 : 'xs'} aria-live="polite" aria-busy="true">
      <Loader size="xs" />
      <Text size="sm" c="dimmed">
        {label ?? t('app.loading')}
      </Text>
    </Group>
  );
}

interface QueryViewProps<T> {
  query: UseQueryResult<T>;
  /** What is being read, for the error title: "kế hoạch". */
  what: string;
  children: (data: T) => ReactNode;
  loading?: ReactNode;
}

/** Loading, error (with retry) and data states of one read, so no screen is ever blank. */
export function QueryView<T>({ query, what, children, loading }: QueryViewProps<T>) {
  const { t } = useI18n();
  const error = query.isError ? (
    <RequestError
      title={t('error.loadTitle', { what })}
      error={query.error}
      onRetry={() => void query.refetch()}
      retrying={query.isFetching}
    />
  ) : null;
  if (query.data === undefined) return query.isError ? error : (loading ?? <LoadingBlock />);
  return (
    <Stack gap="xs">
      {error}
      {children(query.data)}
    </Stack>
  );
}

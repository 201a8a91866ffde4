import { Alert, Button, Group, Text } from '@mantine/core';
import { IconRefresh, IconUsers } from '@tabler/icons-react';
import { type UseMutationResult, useQueryClient } from '@tanstack/react-query';
import { isRetryable, isStaleVersion } from '../lib/api-client';
import type { TargetContext } from '../lib/errors';
import { useI18n } from '../lib/i18n';
import { queryKeys } from '../lib/query-keys';
import { RequestError } from './request-error';

interface MutationErrorProps<TVariables> {
  // biome-ignore lint/suspicious/noExplicitAny: any result of a write; only its error state is read
  mutation: UseMutationResult<any, Error, TVariables>;
  /** What was being saved: "chỉ tiêu TTHC-01". */
  what: string;
  /** How to try again; by default the same request. Offered only when trying again can help. */
  onRetry?: () => void;
  targetOf?: (code: string) => TargetContext | undefined;
}

/**
 * Someone else changed the plan after this screen read it (409 STALE_VERSION):
 * nothing was saved. Reloading shows their change; what was being typed stays,
 * to be saved again on top of it.
 */
function StaleVersionAlert({ onReloaded }: { onReloaded: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const reload = async () => {
    await queryClient.invalidateQueries({ queryKey: queryKeys.plans.all() });
    onReloaded();
  };
  return (
    <Alert
      color="orange"
      variant="light"
      title={t('plan.stale.title')}
      icon={<IconUsers size={18} />}
      role="alert"
      data-testid="stale-version"
    >
      <Group justify="space-between" align="center" gap="sm" wrap="nowrap">
        <Text size="sm">{t('plan.stale.text')}</Text>
        <Button
          size="xs"
          variant="white"
          color="orange"
          leftSection={<IconRefresh size={14} />}
          onClick={() => void reload()}
          style={{ flexShrink: 0 }}
        >
          {t('plan.stale.reload')}
        </Button>
      </Group>
    </Alert>
  );
}

/** A failed write: what failed, in plain language, and a retry when the server was the problem. */
export function MutationError<TVariables>({
  mutation,
  what,
  onRetry,
  targetOf,
}: MutationErrorProps<TVariables>) {
  const { t } = useI18n();
  if (!mutation.isError) return null;
  if (isStaleVersion(mutation.error)) return <StaleVersionAlert onReloaded={() => mutation.reset()} />;
  const retry = isRetryable(mutation.error)
    ? (onRetry ?? (() => mutation.mutate(mutation.variables as TVariables)))
    : undefined;
  return (
    <RequestError
      title={t('error.saveTitle', { what })}
      error={mutation.error}
      onRetry={retry}
      retrying={mutation.isPending}
      targetOf={targetOf}
    />
  );
}

import type { UseMutationResult } from '@tanstack/react-query';
import { isRetryable } from '../lib/api-client';
import type { TargetContext } from '../lib/errors';
import { useI18n } from '../lib/i18n';
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

/** A failed write: what failed, in plain language, and a retry when the server was the problem. */
export function MutationError<TVariables>({
  mutation,
  what,
  onRetry,
  targetOf,
}: MutationErrorProps<TVariables>) {
  const { t } = useI18n();
  if (!mutation.isError) return null;
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

import {
  type AppendixImportResponse,
  type AppendixRowError,
  type AppendixRowRule,
  apiRoutes,
  appendixRowError,
} from '@cchc/contracts';
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import type { PlanResponse } from '@cchc/contracts';
import { callApi, isApiError } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/**
 * POST /api/plans/:id/appendix with the .xlsx as the body: `dryRun` reads it and answers what
 * it holds and what is wrong, writing nothing; otherwise the tasks are added, or the whole file
 * is refused (400 APPENDIX_INVALID, each bad row in `errors`). Sent with If-Match like every
 * plan write.
 */
export const importAppendix = (planId: string, file: Blob, dryRun: boolean, ifMatch?: number) =>
  callApi(
    apiRoutes.documents.importAppendix,
    { params: { id: planId }, query: { dryRun: dryRun ? 'true' : undefined }, body: file },
    { ifMatch },
  );

/** The version of the plan the screen shows, which the import is based on. */
const shownVersion = (queryClient: QueryClient, planId: string) =>
  queryClient.getQueryData<PlanResponse>(queryKeys.plans.detail(planId))?.version;

/** What the file would add, read without writing anything. */
export function usePreviewAppendix(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: Blob) => importAppendix(planId, file, true, shownVersion(queryClient, planId)),
  });
}

/** The import itself; the plan, its lists, history and inbox are read again after it. */
export function useImportAppendix(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: Blob): Promise<AppendixImportResponse> =>
      importAppendix(planId, file, false, shownVersion(queryClient, planId)),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.plans.detail(planId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.plans.lists() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.plans.history(planId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.plans.children() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.notifications.inbox() }),
      ]),
  });
}

/**
 * A refused row as the screen shows it: the API's row error, or the file's own problem when it
 * is no workbook at all (`notXlsx`); `rule` null for a refusal the screen cannot name.
 */
export type RefusedRow = Omit<AppendixRowError, 'rule'> & { rule: AppendixRowRule | 'notXlsx' | null };

/**
 * What is wrong with the file, as rows, from a refusal: a refused import's bad rows (400
 * APPENDIX_INVALID, the problem's `errors`), or a body that is no workbook at all (400
 * VALIDATION_FAILED on `body`), told as the file's own problem (row 0). Empty for any other error.
 */
export function refusedRows(error: unknown): RefusedRow[] {
  if (!isApiError(error)) return [];
  const errors = error.problem?.errors ?? [];
  if (error.code === 'VALIDATION_FAILED')
    return errors
      .filter((e) => e.field === 'body')
      .map((e) => ({ field: e.field, message: e.message, row: 0, column: 'file', rule: 'notXlsx' as const }));
  if (error.code !== 'APPENDIX_INVALID') return [];
  return errors.map((e) => {
    const row = appendixRowError.safeParse(e);
    return row.success ? row.data : { ...e, row: 0, column: null, rule: null };
  });
}

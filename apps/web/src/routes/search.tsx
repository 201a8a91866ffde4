import { searchQuery } from '@cchc/contracts';
import { Alert, Paper, Stack, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { SearchResults } from '../features/search/components/search-results';
import { issueMessage } from '../lib/form-errors';
import { useI18n } from '../lib/i18n';

/** /search?q=…: what the header's search found, or why it did not search. */
export function SearchPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  // The contract the API checks the query with: too short here is too short there.
  const checked = searchQuery.safeParse({ q });
  const issue = checked.success ? null : checked.error.issues[0];
  return (
    <Paper withBorder p="md" maw={960}>
      <Stack gap="sm">
        <Title order={1} fz="lg">
          {t('search.title')}
        </Title>
        {issue ? (
          <Alert color="yellow" variant="light" data-testid="search-invalid">
            {issueMessage(issue, t)}
          </Alert>
        ) : (
          <SearchResults q={checked.data?.q ?? q} />
        )}
      </Stack>
    </Paper>
  );
}

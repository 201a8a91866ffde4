import type { SearchResult } from '@cchc/contracts';
import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { FoldHighlight } from '../../../components/fold-highlight';
import { QueryView } from '../../../components/query-view';
import { useI18n } from '../../../lib/i18n';
import { SEARCH_LIMIT, useSearch } from '../api/search';

const KIND_COLORS: Record<SearchResult['kind'], string> = { plan: 'blue', target: 'grape', task: 'teal' };

/** Where a result opens: its plan, at the target's row for a target. */
const linkOf = (r: SearchResult) =>
  r.kind === 'target' && r.code ? `/plans/${r.planId}#target-${r.code}` : `/plans/${r.planId}`;

/** What matched `q`, newest year first and the user's own unit first, each a link to its plan. */
export function SearchResults({ q }: { q: string }) {
  const { t } = useI18n();
  const search = useSearch(q);
  return (
    <QueryView query={search} what={t('search.what')}>
      {(results) => (
        <Stack gap="xs">
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="search-summary">
            {results.length === 0
              ? t('search.empty', { q })
              : results.length >= SEARCH_LIMIT
                ? t('search.resultsMax', { count: results.length, q })
                : t('search.results', { count: results.length, q })}
          </Text>
          {results.length > 0 && (
            <Stack
              component="ol"
              gap={6}
              p={0}
              m={0}
              style={{ listStyle: 'none' }}
              aria-label={t('search.title')}
            >
              {results.map((r, i) => (
                <Paper
                  component="li"
                  withBorder
                  p="xs"
                  // biome-ignore lint/suspicious/noArrayIndexKey: a task has no code; the order is the answer's
                  key={`${r.kind}-${r.planId}-${r.code ?? ''}-${i}`}
                  data-testid={`search-result-${r.kind}-${r.unitCode}`}
                >
                  <Group gap="xs" wrap="nowrap" align="baseline">
                    <Badge size="sm" variant="light" color={KIND_COLORS[r.kind]} radius="sm" miw={80}>
                      {t(`search.kind.${r.kind}`)}
                    </Badge>
                    <Stack gap={0} style={{ minWidth: 0 }}>
                      <Anchor component={Link} to={linkOf(r)} size="sm" fw={500}>
                        {r.code && r.kind === 'target' && (
                          <Text span ff="monospace" fz="xs" mr={6}>
                            <FoldHighlight text={r.code} query={q} />
                          </Text>
                        )}
                        <FoldHighlight text={r.title} query={q} />
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        <FoldHighlight
                          text={t('search.in', { unit: r.unitName, year: String(r.year) })}
                          query={q}
                        />
                        {r.kind === 'plan' && r.code ? ` · ${r.code}` : ''}
                        {r.kind !== 'plan' ? ` · ${r.planTitle}` : ''}
                      </Text>
                    </Stack>
                  </Group>
                </Paper>
              ))}
            </Stack>
          )}
        </Stack>
      )}
    </QueryView>
  );
}

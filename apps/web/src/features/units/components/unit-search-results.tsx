import { Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { FoldHighlight } from '../../../components/fold-highlight';
import { QueryView } from '../../../components/query-view';
import { useI18n } from '../../../lib/i18n';
import { useUnitSearch } from '../api/list-units';

interface Props {
  q: string;
  selected: string | null;
  onSelect: (code: string) => void;
}

/** Units whose name matches, with or without diacritics (the API folds both sides). */
export function UnitSearchResults({ q, selected, onSelect }: Props) {
  const { t } = useI18n();
  const search = useUnitSearch(q);
  return (
    <QueryView query={search} what={t('units.what.search')}>
      {(units) => (
        <Stack gap={2}>
          <Text size="xs" c="dimmed" aria-live="polite">
            {units.length === 0
              ? t('units.search.empty', { q })
              : t('units.search.results', { count: units.length })}
          </Text>
          <ul className="unit-tree" aria-label={t('units.search.label')}>
            {units.map((u) => (
              <li key={u.code}>
                <UnstyledButton
                  className="unit-name"
                  aria-current={selected === u.code ? 'true' : undefined}
                  onClick={() => onSelect(u.code)}
                  w="100%"
                >
                  <Group gap={6} wrap="nowrap" justify="space-between">
                    <span>
                      <Text span size="xs" c="dimmed">
                        {u.type}
                      </Text>{' '}
                      <FoldHighlight text={u.name} query={q} />
                    </span>
                    <Group gap={4} wrap="nowrap">
                      <Badge size="xs" variant="light" color="gray">
                        {t(`level.${u.level}`)}
                      </Badge>
                      <Text size="xs" c="dimmed" ff="monospace">
                        {u.code}
                      </Text>
                    </Group>
                  </Group>
                </UnstyledButton>
              </li>
            ))}
          </ul>
        </Stack>
      )}
    </QueryView>
  );
}

import { CloseButton, EmptyState, Grid, Paper, ScrollArea, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBuildingCommunity, IconSearch } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../lib/i18n';
import { useUnit } from '../features/units/api/get-unit';
import { useProvinces } from '../features/units/api/list-units';
import { UnitPlans } from '../features/plans/components/unit-plans';
import { UnitDetail } from '../features/units/components/unit-detail';
import { UnitSearchResults } from '../features/units/components/unit-search-results';
import { UnitTree } from '../features/units/components/unit-tree';

/** The unit tree, province down to commune, with a search; the chosen unit's plans beside it. */
export function UnitsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const selected = params.get('unit');
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 250);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const provinces = useProvinces();
  const unit = useUnit(selected);

  // Open the tree down to the chosen unit, and open a lone province.
  useEffect(() => {
    const open = [
      ...(unit.data?.ancestors.map((a) => a.code) ?? []),
      ...(provinces.data?.length === 1 ? [provinces.data[0]?.code ?? ''] : []),
    ].filter(Boolean);
    if (open.length === 0) return;
    setExpanded((prev) => (open.every((c) => prev.has(c)) ? prev : new Set([...prev, ...open])));
  }, [unit.data, provinces.data]);

  const toggle = useCallback((code: string) => {
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(code)) next.delete(code);
      else next.add(code);
      return next;
    });
  }, []);

  const select = useCallback(
    (code: string) => {
      setParams({ unit: code });
      setSearch('');
    },
    [setParams],
  );

  return (
    <Grid gap="md">
      {/* On a phone the chosen unit comes first, the tree under it. */}
      <Grid.Col span={{ base: 12, md: 5, lg: 4 }} order={{ base: selected ? 2 : 1, md: 1 }}>
        <Paper withBorder p="sm">
          <Title order={1} fz="lg" mb="xs">
            {t('units.title')}
          </Title>
          <TextInput
            label={t('units.search.label')}
            placeholder={t('units.search.placeholder')}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            leftSection={<IconSearch size={16} aria-hidden />}
            rightSection={
              search ? (
                <CloseButton size="sm" aria-label={t('units.search.clear')} onClick={() => setSearch('')} />
              ) : null
            }
            size="sm"
            mb="sm"
            type="search"
          />
          <ScrollArea.Autosize mah="calc(100vh - 220px)" type="auto" offsetScrollbars>
            {query ? (
              <UnitSearchResults q={query} selected={selected} onSelect={select} />
            ) : (
              <UnitTree expanded={expanded} onToggle={toggle} selected={selected} onSelect={select} />
            )}
          </ScrollArea.Autosize>
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7, lg: 8 }} order={{ base: selected ? 1 : 2, md: 2 }}>
        {selected ? (
          <UnitDetail code={selected} onSelect={select} renderPlans={(unit) => <UnitPlans unit={unit} />} />
        ) : (
          <Paper withBorder p="xl">
            <EmptyState icon={<IconBuildingCommunity size={28} />} description={t('units.detail.pick')} />
          </Paper>
        )}
      </Grid.Col>
    </Grid>
  );
}

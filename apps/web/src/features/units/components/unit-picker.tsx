import type { UnitResponse } from '@cchc/contracts';
import { Group, Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useI18n } from '../../../lib/i18n';
import { useUnitSearch } from '../api/list-units';

export interface UnitPickerProps {
  label: string;
  value: UnitResponse | null;
  onChange: (unit: UnitResponse | null) => void;
  /** Only the units the administrator manages: its province's (null: every unit). */
  provinceCode: string | null;
  error?: string;
}

const optionLabel = (u: UnitResponse) => `${u.fullName} · ${u.code}`;

/** A unit found by typing its name, with or without diacritics ("vinh quoi"). */
export function UnitPicker({ label, value, onChange, provinceCode, error }: UnitPickerProps) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const typed = search.trim();
  const [q] = useDebouncedValue(value && search === optionLabel(value) ? '' : typed, 250);
  const found = useUnitSearch(q);
  const units = (found.data ?? []).filter((u) => provinceCode === null || u.provinceCode === provinceCode);
  const byCode = new Map(units.map((u) => [u.code, u]));
  if (value) byCode.set(value.code, value);
  return (
    <Select
      label={label}
      withAsterisk
      searchable
      clearable
      placeholder={t('users.field.unit.placeholder')}
      leftSection={<IconSearch size={15} aria-hidden />}
      searchValue={search}
      onSearchChange={setSearch}
      data={[...byCode.values()].map((u) => ({ value: u.code, label: optionLabel(u) }))}
      // The API already matched the name, diacritics or not: show what it found.
      filter={({ options }) => options}
      value={value?.code ?? null}
      onChange={(code) => onChange(code ? (byCode.get(code) ?? null) : null)}
      nothingFoundMessage={q && !found.isFetching ? t('users.field.unit.nothing') : undefined}
      renderOption={({ option }) => {
        const unit = byCode.get(option.value);
        return (
          <Group gap={6} wrap="nowrap" justify="space-between" w="100%">
            <Text size="sm">{unit?.fullName ?? option.label}</Text>
            <Text size="xs" c="dimmed">
              {unit ? `${t(`level.${unit.level}`)} · ${unit.code}` : ''}
            </Text>
          </Group>
        );
      }}
      error={error}
    />
  );
}

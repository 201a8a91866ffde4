import type { CalendarResponse } from '@cchc/contracts';
import { Group, Select, Text } from '@mantine/core';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';

type Period = CalendarResponse['periods'][number];

/** The period a screen opens at without one named: the one whose data window holds today, else the last begun, else the first. */
export function defaultPeriod(periods: readonly Period[], today: string): Period | undefined {
  return (
    periods.find((p) => p.from <= today && today <= p.to) ??
    [...periods].reverse().find((p) => p.from <= today) ??
    periods[0]
  );
}

/** "Kỳ báo cáo": the plan's periods, and the chosen one's data window, due day and lock day. */
export function PeriodPicker({
  periods,
  value,
  onChange,
}: {
  periods: readonly Period[];
  value: string;
  onChange: (key: string) => void;
}) {
  const { t } = useI18n();
  const chosen = periods.find((p) => p.key === value);
  return (
    <Group gap="md" align="flex-end" wrap="wrap">
      <Select
        label={t('reports.period')}
        data={periods.map((p) => ({ value: p.key, label: p.label }))}
        value={value}
        onChange={(key) => key && onChange(key)}
        allowDeselect={false}
        w={240}
        size="sm"
      />
      {chosen && (
        <Group gap="md" pb={6} data-testid="period-window">
          <Text size="sm">
            {t('reports.window', { from: formatDate(chosen.from), to: formatDate(chosen.to) })}
          </Text>
          <Text size="sm" fw={500}>
            {t('reports.dueOn', { date: formatDate(chosen.dueOn) })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('reports.locksOn', { date: formatDate(chosen.locksOn) })}
          </Text>
        </Group>
      )}
    </Group>
  );
}

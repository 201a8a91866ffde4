import type { TargetResponse } from '@cchc/contracts';
import {
  type FloorLevel,
  type TargetValue,
  type UnitLevel,
  communeFloorAboveDistrict,
  fromComparable,
  targetValueProblem,
  toComparable,
} from '@cchc/domain';
import { Anchor, Group, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n';
import { useTargetImpact } from '../api/get-target-impact';

/** The target as its row now shows it (typed, not yet saved), in request values. */
export interface ProposedTarget {
  value: TargetValue | undefined;
  levelFloors: Partial<Record<FloorLevel, TargetValue | null>>;
}

const readable = (m: TargetResponse['measure'], v: TargetValue | null | undefined) =>
  v === undefined || v === null ? null : targetValueProblem(m, v) === null ? toComparable(m, v) : undefined;

/**
 * Under a target row of a plan with units below it: before saving, how many
 * plans below the typed floor would leave under it; after saving, how many are
 * under it, with the way to the cascade; and a hint when the commune floor asks
 * more than the district floor. The counts come from the API's compliance SQL.
 */
export function FloorImpactRow({
  planId,
  level,
  target,
  proposed,
  editing,
  justSaved,
  colSpan,
}: {
  planId: string;
  level: UnitLevel;
  target: TargetResponse;
  proposed: ProposedTarget;
  /** The floors differ from what is saved, and read as values. */
  editing: boolean;
  /** The floors were just saved. */
  justSaved: boolean;
  colSpan: number;
}) {
  const { t, formatValue } = useI18n();
  const m = target.measure;
  const hasBelow = level !== 'commune';
  const query: Record<string, string> = {};
  if (proposed.value !== undefined) query.value = String(proposed.value);
  for (const [l, v] of Object.entries(proposed.levelFloors))
    query[l] = v === null || v === undefined ? '' : String(v);
  // Debounced as text: an object would be a new one at every render.
  const [debounced] = useDebouncedValue(JSON.stringify(query), 300);
  const before = useTargetImpact(planId, target.code, JSON.parse(debounced), hasBelow && editing);
  const after = useTargetImpact(planId, target.code, {}, hasBelow && justSaved && !editing);

  // The hint reads the typed values with the domain's rule; unreadable ones wait for their error.
  const value = readable(m, proposed.value);
  const district = readable(m, proposed.levelFloors.district);
  const commune = readable(m, proposed.levelFloors.commune);
  const hint =
    value !== undefined && value !== null && district !== undefined && commune !== undefined
      ? communeFloorAboveDistrict(
          { direction: target.direction, value, levelFloors: { district, commune } },
          level,
        )
      : null;

  const willBe = editing ? (before.data?.plansBelowFloor ?? 0) : 0;
  const now = justSaved && !editing ? (after.data?.plansBelowFloorNow ?? 0) : 0;
  if (!hint && willBe === 0 && now === 0) return null;
  return (
    <Table.Tr data-testid={`floor-impact-${target.code}`}>
      <Table.Td colSpan={colSpan}>
        {willBe > 0 && (
          <Group gap={6} wrap="nowrap" role="status">
            <IconAlertTriangle size={16} color="var(--mantine-color-orange-7)" aria-hidden />
            <Text size="sm" c="orange.9" fw={500}>
              {t('floors.belowWillBe', { count: willBe })}.
            </Text>
            <Text size="sm" c="dimmed">
              {t('floors.belowHint')}
            </Text>
          </Group>
        )}
        {now > 0 && (
          <Group gap={6} wrap="nowrap" role="status">
            <IconAlertTriangle size={16} color="var(--mantine-color-orange-7)" aria-hidden />
            <Text size="sm" c="orange.9" fw={500}>
              {t('floors.belowNow', { count: now })}.
            </Text>
            <Anchor component={Link} to={`/plans/${planId}/cascade`} size="sm" fw={600}>
              {t('floors.goCascade')}
            </Anchor>
          </Group>
        )}
        {hint && (
          <Group gap={6} wrap="nowrap" data-testid={`commune-hint-${target.code}`}>
            <IconInfoCircle size={16} color="var(--mantine-color-blue-6)" aria-hidden />
            <Text size="sm" c="blue.9">
              {t('floors.communeAboveDistrict', {
                commune: formatValue(m, fromComparable(m, hint.commune)),
                district: formatValue(m, fromComparable(m, hint.district)),
              })}
            </Text>
          </Group>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

import { type TargetResponse, type UpdateTargetRequest, updateTargetRequest } from '@cchc/contracts';
import { type FloorLevel, type TargetValue, type UnitLevel, floorLevelsBelow } from '@cchc/domain';
import { ActionIcon, Group, Table, Text, Tooltip } from '@mantine/core';
import { FitTextarea } from '../../../components/fit-textarea';
import { IconArrowBackUp, IconCheck, IconCornerRightDown } from '@tabler/icons-react';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { ConfirmDelete } from '../../../components/confirm-action';
import { MutationError } from '../../../components/mutation-error';
import { PrintText } from '../../../components/print-text';
import { TargetValueInput } from '../../../components/target-value-input';
import { weakerFieldMessage } from '../../../lib/errors';
import { useI18n } from '../../../lib/i18n';
import { type ValueDraft, draftToValue, sameValue, valueToDraft } from '../../../lib/target-draft';
import { weakerFields } from '../../../lib/target-check';
import { useContractForm } from '../../../lib/use-contract-form';
import { useDeleteTarget } from '../api/delete-target';
import { useUpdateTarget } from '../api/update-target';
import { FloorImpactRow } from './floor-impact';

interface TargetRowProps {
  planId: string;
  level: UnitLevel;
  target: TargetResponse;
  /** The same target in the parent plan, for the floors this one sets below. */
  parentTarget: TargetResponse | undefined;
  /** The plan has a parent: show the floor column. */
  showFloor: boolean;
  highlight: boolean;
  /** Shown, not editable: the user may not change the plan. */
  readOnly: boolean;
}

/** The row's fields as typed. */
type Edits = {
  name: string;
  value: ValueDraft;
  district: ValueDraft;
  commune: ValueDraft;
};

/** The request for what differs from the target; a level floor left empty means "no floor of its own". */
function toPatch(target: TargetResponse, edits: Edits): UpdateTargetRequest {
  const patch: UpdateTargetRequest = {};
  if (edits.name.trim() !== target.name) patch.name = edits.name;
  const value = draftToValue(target.measure, edits.value);
  if (!sameValue(value, target.value)) patch.value = value as TargetValue;
  const floors: Partial<Record<FloorLevel, TargetValue | null>> = {};
  for (const level of ['district', 'commune'] as const) {
    const value = draftToValue(target.measure, edits[level]) ?? null;
    if (!sameValue(value, target.levelFloors[level])) floors[level] = value;
  }
  if (Object.keys(floors).length > 0) patch.levelFloors = floors;
  return patch;
}

/** A target, edited in place. An inherited one shows its floor and refuses a weaker value before sending. */
export function TargetRow({
  planId,
  level,
  target,
  parentTarget,
  showFloor,
  highlight,
  readOnly,
}: TargetRowProps) {
  const i18n = useI18n();
  const { t, formatValue } = i18n;
  const update = useUpdateTarget(planId, target.code);
  const remove = useDeleteTarget(planId, target.code);
  const rowRef = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    if (highlight) rowRef.current?.scrollIntoView({ block: 'center' });
  }, [highlight]);

  const inherited = target.parentTargetId !== null;
  const floorLevels = floorLevelsBelow(level);
  const m = target.measure;
  const editor = useContractForm<Edits, UpdateTargetRequest>({
    current: {
      name: target.name,
      value: valueToDraft(m, target.value),
      district: valueToDraft(m, target.levelFloors.district),
      commune: valueToDraft(m, target.levelFloors.commune),
    },
    readOnly,
    toRequest: (values) => toPatch(target, values),
    // The contract checks values against the target's measure; the domain rule checks the floors.
    schema: updateTargetRequest,
    schemaInput: (patch) => ({ ...patch, measure: m }),
    fieldFor: (p) => p.replace(/^levelFloors\./, ''),
    rules: (values) => {
      const proposed = {
        value: draftToValue(m, values.value),
        levelFloors: Object.fromEntries(floorLevels.map((l) => [l, draftToValue(m, values[l]) ?? null])),
      };
      return Object.fromEntries(
        weakerFields(target, level, proposed, parentTarget).map((w) => [
          w.field,
          weakerFieldMessage(i18n, target, w.floor),
        ]),
      );
    },
  });
  const { values: shown, request: patch, dirty, errors, invalid } = editor;

  const reset = () => {
    editor.reset();
    update.reset();
  };
  // After a save that moved the value or a level floor, the row says what it left below.
  const [floorsSaved, setFloorsSaved] = useState(false);
  const save = () =>
    editor.submit((request, settled) =>
      update.mutate(request, {
        onSuccess: () => {
          settled();
          setFloorsSaved(request.value !== undefined || request.levelFloors !== undefined);
        },
      }),
    );
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      save();
    } else if (e.key === 'Escape') reset();
  };
  const edit = (field: keyof Edits) => (value: ValueDraft) => editor.setField(field, value);
  const changed: Record<keyof Edits, boolean> = {
    name: patch.name !== undefined,
    value: patch.value !== undefined,
    district: patch.levelFloors?.district !== undefined,
    commune: patch.levelFloors?.commune !== undefined,
  };
  const proposed = {
    value: draftToValue(m, shown.value),
    levelFloors: Object.fromEntries(floorLevels.map((l) => [l, draftToValue(m, shown[l]) ?? null])),
  };
  const editingFloors = !invalid && (changed.value || changed.district || changed.commune);
  const fieldProps = (field: keyof Edits) => ({ className: 'cell-input', dirty: changed[field], readOnly });
  const direction =
    m === 'date' ? t(`direction.date.${target.direction}`) : t(`direction.${target.direction}`);
  const colSpan = (showFloor ? 5 : 4) + (readOnly ? 0 : 1) + floorLevels.length;

  return (
    <>
      <Table.Tr
        ref={rowRef}
        id={`target-${target.code}`}
        data-dirty={dirty || undefined}
        data-highlight={highlight || undefined}
        data-testid={`target-row-${target.code}`}
      >
        <Table.Td>
          <Group gap={4} wrap="nowrap">
            <Text size="sm" ff="monospace">
              {target.code}
            </Text>
            {inherited && (
              <Tooltip label={t('target.inherited')}>
                <IconCornerRightDown
                  size={14}
                  color="var(--mantine-color-orange-6)"
                  aria-label={t('target.inherited')}
                />
              </Tooltip>
            )}
          </Group>
        </Table.Td>
        <Table.Td>
          <FitTextarea
            className="cell-input"
            data-dirty={changed.name || undefined}
            aria-label={t('target.nameOf', { code: target.code })}
            size="xs"
            minRows={1}
            maxRows={4}
            value={shown.name}
            readOnly={readOnly}
            onChange={(e) => edit('name')(e.currentTarget.value)}
            onKeyDown={onKeyDown}
            error={errors.name}
          />
          <PrintText>{target.name}</PrintText>
        </Table.Td>
        <Table.Td>
          <Text size="xs">{t(`measure.${m}`)}</Text>
          <Text size="xs" c="dimmed">
            {direction}
          </Text>
        </Table.Td>
        <Table.Td>
          <TargetValueInput
            {...fieldProps('value')}
            measure={m}
            size="xs"
            ariaLabel={t('target.valueOf', { code: target.code })}
            value={shown.value}
            onChange={edit('value')}
            onKeyDown={onKeyDown}
            error={errors.value}
          />
          <PrintText>{formatValue(m, target.value)}</PrintText>
        </Table.Td>
        {showFloor && (
          <Table.Td>
            {target.floor === null ? (
              <Text size="sm" c="dimmed">
                {t('common.none')}
              </Text>
            ) : (
              <Text size="sm" c="orange.8" fw={500} data-testid={`floor-${target.code}`}>
                {m === 'date' || target.direction === 'at_most' ? '≤ ' : '≥ '}
                {formatValue(m, target.floor)}
              </Text>
            )}
          </Table.Td>
        )}
        {floorLevels.map((l) => (
          <Table.Td key={l}>
            <TargetValueInput
              {...fieldProps(l)}
              measure={m}
              size="xs"
              ariaLabel={t(l === 'district' ? 'target.floorDistrictOf' : 'target.floorCommuneOf', {
                code: target.code,
              })}
              placeholder={t('common.none')}
              value={shown[l]}
              onChange={edit(l)}
              onKeyDown={onKeyDown}
              error={errors[l]}
            />
            <PrintText>
              {target.levelFloors[l] === null ? t('common.none') : formatValue(m, target.levelFloors[l])}
            </PrintText>
          </Table.Td>
        ))}
        {!readOnly && (
          <Table.Td>
            <Group gap={2} wrap="nowrap" justify="flex-end">
              {dirty && (
                <>
                  <Tooltip label={t('target.save', { code: target.code })}>
                    <ActionIcon
                      size="sm"
                      variant="filled"
                      aria-label={t('target.save', { code: target.code })}
                      onClick={save}
                      disabled={invalid}
                      loading={update.isPending}
                    >
                      <IconCheck size={14} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={t('target.reset', { code: target.code })}>
                    <ActionIcon
                      size="sm"
                      variant="subtle"
                      color="gray"
                      aria-label={t('target.reset', { code: target.code })}
                      onClick={reset}
                    >
                      <IconArrowBackUp size={14} />
                    </ActionIcon>
                  </Tooltip>
                </>
              )}
              {!inherited && !dirty && (
                <ConfirmDelete
                  label={t('target.delete', { code: target.code })}
                  question={t('target.deleteConfirm', { code: target.code })}
                  onConfirm={() => remove.mutate()}
                  loading={remove.isPending}
                />
              )}
            </Group>
          </Table.Td>
        )}
      </Table.Tr>
      {!readOnly && floorLevels.length > 0 && (
        <FloorImpactRow
          planId={planId}
          level={level}
          target={target}
          proposed={proposed}
          editing={editingFloors}
          justSaved={floorsSaved}
          colSpan={colSpan}
        />
      )}
      {(update.isError || remove.isError) && (
        <Table.Tr>
          <Table.Td colSpan={colSpan}>
            <MutationError
              mutation={update}
              what={`${t('plan.whatTarget')} ${target.code}`}
              onRetry={save}
              targetOf={() => ({ measure: m, direction: target.direction })}
            />
            <MutationError
              mutation={remove}
              what={`${t('plan.whatTarget')} ${target.code}`}
              targetOf={() => ({ measure: m, direction: target.direction })}
            />
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}

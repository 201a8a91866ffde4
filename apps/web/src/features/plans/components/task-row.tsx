import { type TaskResponse, type UpdateTaskRequest, updateTaskRequest } from '@cchc/contracts';
import { dueWithin } from '@cchc/domain';
import { ActionIcon, Badge, Checkbox, Group, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconCheck } from '@tabler/icons-react';
import { type KeyboardEvent, useEffect } from 'react';
import { ConfirmDelete } from '../../../components/confirm-action';
import { MutationError } from '../../../components/mutation-error';
import { useDueYearConfirm } from '../../../components/due-year-confirm';
import { LocaleNumberInput } from '../../../components/locale-number-input';
import { FitTextarea } from '../../../components/fit-textarea';
import { PrintText } from '../../../components/print-text';
import { dueInputToRequest } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useContractForm } from '../../../lib/use-contract-form';
import { useDeleteTask } from '../api/delete-task';
import { useUpdateTask } from '../api/update-task';
import { lines } from './text-lines';
import { type TaskFormValues, budgetOf } from './add-task-modal';

interface TaskRowProps {
  planId: string;
  task: TaskResponse;
  no: number;
  /** Tells the plan the amount being typed, so subtotals follow it; undefined when unchanged. */
  onBudgetDraft: (taskId: string, amount: number | undefined) => void;
  /** Shown, not editable: the user may not change the plan. */
  readOnly: boolean;
  /** The plan's year: a due date typed outside it is asked about before it is saved. */
  planYear: number;
  /** The plan has plans below it: a task of its own may be kept to this level. */
  cascades: boolean;
}

/** The row's fields as typed. */
type Edits = TaskFormValues;

/** The request for what differs from the task. */
function toPatch(
  task: TaskResponse,
  edits: Edits,
  formatDue: (due: string | null) => string,
): UpdateTaskRequest {
  const patch: UpdateTaskRequest = {};
  if (edits.title.trim() !== task.title) patch.title = edits.title;
  if ((edits.product.trim() || null) !== task.product) patch.product = edits.product.trim() || null;
  if ((edits.leadAgency.trim() || null) !== task.leadAgency)
    patch.leadAgency = edits.leadAgency.trim() || null;
  const list = lines(edits.coordinating);
  if (list.join('\n') !== task.coordinatingAgencies.join('\n')) patch.coordinatingAgencies = list;
  if (budgetOf(edits.budget) !== task.budgetMillionVnd) patch.budgetMillionVnd = budgetOf(edits.budget);
  // The due date as shown is the task's own until it is typed in (a quarter may be written in words).
  if (edits.due !== formatDue(task.due) && dueInputToRequest(edits.due) !== task.due)
    patch.due = dueInputToRequest(edits.due);
  if (!edits.ownLevelOnly !== task.cascade) patch.cascade = !edits.ownLevelOnly;
  return patch;
}

/**
 * A task, edited in place; its budget counts in the subtotals while it is typed. A task the
 * plan above assigned keeps its title and stays in the plan; its deadline may only come earlier.
 */
export function TaskRow({ planId, task, no, onBudgetDraft, readOnly, planYear, cascades }: TaskRowProps) {
  const { t, formatDue, formatNumber } = useI18n();
  const update = useUpdateTask(planId, task.id);
  const remove = useDeleteTask(planId, task.id);
  const editor = useContractForm<Edits, UpdateTaskRequest>({
    current: {
      title: task.title,
      product: task.product ?? '',
      leadAgency: task.leadAgency ?? '',
      coordinating: task.coordinatingAgencies.join('\n'),
      budget: task.budgetMillionVnd,
      due: formatDue(task.due),
      ownLevelOnly: !task.cascade,
    },
    readOnly,
    toRequest: (values) => toPatch(task, values, formatDue),
    // The rule of @cchc/domain the API applies too: an assigned task finishes no later than above.
    rules: (_values, request): Record<string, string> =>
      task.mandated && request.due !== undefined && !dueWithin(request.due, task.parentDue)
        ? { due: t('validation.dueLaterThanParent', { due: formatDue(task.parentDue) }) }
        : {},
    schema: updateTaskRequest,
    fieldFor: (p) => (p.startsWith('coordinatingAgencies') ? 'coordinating' : p),
  });
  const { values: shown, request: patch, dirty, errors, invalid } = editor;

  // Text that reads as no number counts as nothing in the subtotals until it does.
  const draftBudget = Number.isFinite(patch.budgetMillionVnd) ? patch.budgetMillionVnd : undefined;
  useEffect(() => onBudgetDraft(task.id, draftBudget), [onBudgetDraft, task.id, draftBudget]);
  useEffect(() => () => onBudgetDraft(task.id, undefined), [onBudgetDraft, task.id]);

  const reset = () => {
    editor.reset();
    update.reset();
  };
  const { confirmDue, dialog } = useDueYearConfirm(planYear);
  const save = () =>
    editor.submit((request, settled) =>
      confirmDue(request.due, () => update.mutate(request, { onSuccess: settled })),
    );
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const multiline = e.currentTarget instanceof HTMLTextAreaElement;
    if (e.key === 'Enter' && (multiline ? e.ctrlKey || e.metaKey : !e.shiftKey)) {
      e.preventDefault();
      save();
    } else if (e.key === 'Escape') reset();
  };
  const set = (field: keyof Edits) => (e: { currentTarget: { value: string } }) =>
    editor.setField(field, e.currentTarget.value);
  const changed = (field: keyof typeof patch) => (patch[field] !== undefined ? true : undefined);
  const cell = { className: 'cell-input', size: 'xs' as const, onKeyDown, readOnly };

  return (
    <>
      <Table.Tr data-dirty={dirty || undefined} data-testid={`task-row-${task.id}`}>
        <Table.Td>{no}</Table.Td>
        <Table.Td>
          <Stack gap={2}>
            {task.mandated && (
              <Tooltip label={t('task.mandated.help')} multiline w={320}>
                <Badge size="xs" variant="light" color="orange" style={{ alignSelf: 'flex-start' }}>
                  {t('task.mandated')}
                </Badge>
              </Tooltip>
            )}
            <FitTextarea
              {...cell}
              readOnly={readOnly || task.mandated}
              data-dirty={changed('title')}
              aria-label={t('task.titleOf', { no })}
              minRows={1}
              maxRows={5}
              value={shown.title}
              onChange={set('title')}
              error={errors.title}
            />
            <PrintText>{task.title}</PrintText>
            {cascades && !task.mandated && (
              <Checkbox
                size="xs"
                data-dirty={changed('cascade')}
                label={t('task.ownLevelOnly')}
                aria-label={t('task.ownLevelOnlyOf', { no })}
                disabled={readOnly}
                checked={shown.ownLevelOnly}
                onChange={(e) => editor.setField('ownLevelOnly', e.currentTarget.checked)}
              />
            )}
          </Stack>
        </Table.Td>
        <Table.Td>
          <FitTextarea
            {...cell}
            data-dirty={changed('product')}
            aria-label={t('task.productOf', { no })}
            minRows={1}
            maxRows={4}
            value={shown.product}
            onChange={set('product')}
            error={errors.product}
          />
          <PrintText>{task.product ?? ''}</PrintText>
        </Table.Td>
        <Table.Td>
          {/* Agency names are long ("Phòng Văn hóa và Thông tin thị xã"): they wrap, never cut off. */}
          <FitTextarea
            {...cell}
            data-dirty={changed('leadAgency')}
            aria-label={t('task.leadOf', { no })}
            minRows={1}
            maxRows={4}
            value={shown.leadAgency}
            onChange={set('leadAgency')}
            error={errors.leadAgency}
          />
          <PrintText>{task.leadAgency ?? ''}</PrintText>
        </Table.Td>
        <Table.Td>
          <FitTextarea
            {...cell}
            data-dirty={changed('coordinatingAgencies')}
            aria-label={t('task.coordinatingOf', { no })}
            minRows={1}
            maxRows={4}
            value={shown.coordinating}
            onChange={set('coordinating')}
            error={errors.coordinating}
          />
          <PrintText>{task.coordinatingAgencies.join('\n')}</PrintText>
        </Table.Td>
        <Table.Td>
          <LocaleNumberInput
            {...cell}
            data-dirty={changed('budgetMillionVnd')}
            aria-label={t('task.budgetOf', { no })}
            value={shown.budget}
            onChange={(v) => editor.setField('budget', v)}
            error={errors.budgetMillionVnd}
          />
          <PrintText>{formatNumber(task.budgetMillionVnd)}</PrintText>
        </Table.Td>
        <Table.Td>
          <TextInput
            {...cell}
            data-dirty={changed('due')}
            aria-label={t('task.dueOf', { no })}
            placeholder={t('task.field.due.placeholder')}
            value={shown.due}
            onChange={set('due')}
            error={errors.due}
          />
          <PrintText>{formatDue(task.due)}</PrintText>
          {task.mandated && task.parentDue && (
            <Text size="xs" c="dimmed" mt={2}>
              {t('task.parentDue', { due: formatDue(task.parentDue) })}
            </Text>
          )}
        </Table.Td>
        {!readOnly && (
          <Table.Td>
            <Group gap={2} wrap="nowrap" justify="flex-end">
              {dirty ? (
                <>
                  <Tooltip label={t('task.save', { no })}>
                    <ActionIcon
                      size="sm"
                      aria-label={t('task.save', { no })}
                      onClick={save}
                      disabled={invalid}
                      loading={update.isPending}
                    >
                      <IconCheck size={14} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={t('task.reset', { no })}>
                    <ActionIcon
                      size="sm"
                      variant="subtle"
                      color="gray"
                      aria-label={t('task.reset', { no })}
                      onClick={reset}
                    >
                      <IconArrowBackUp size={14} />
                    </ActionIcon>
                  </Tooltip>
                </>
              ) : task.mandated ? null : (
                <ConfirmDelete
                  label={t('task.delete', { no })}
                  question={t('task.deleteConfirm')}
                  onConfirm={() => remove.mutate()}
                  loading={remove.isPending}
                />
              )}
            </Group>
          </Table.Td>
        )}
      </Table.Tr>
      {(update.isError || remove.isError) && (
        <Table.Tr>
          <Table.Td colSpan={readOnly ? 7 : 8}>
            <MutationError mutation={update} what={t('plan.whatTask')} onRetry={save} />
            <MutationError mutation={remove} what={t('plan.whatTask')} />
          </Table.Td>
        </Table.Tr>
      )}
      {dialog}
    </>
  );
}

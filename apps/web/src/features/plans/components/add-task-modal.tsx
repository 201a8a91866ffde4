import { FormActions } from '../../../components/form-actions';
import { type CreateTaskRequest, createTaskRequest } from '@cchc/contracts';
import type { ReformArea } from '@cchc/domain';
import { Checkbox, Grid, Modal, Stack, TextInput } from '@mantine/core';
import { FitTextarea } from '../../../components/fit-textarea';
import { useForm } from '@mantine/form';
import { MutationError } from '../../../components/mutation-error';
import { useDueYearConfirm } from '../../../components/due-year-confirm';
import { LocaleNumberInput } from '../../../components/locale-number-input';
import { dueInputToRequest } from '../../../lib/format';
import { zodFormErrors } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n';
import { type NumberDraft, draftNumber } from '../../../lib/number-field';
import { useUnsavedChanges } from '../../../lib/unsaved-changes';
import { useAddTask } from '../api/add-task';
import { lines } from './text-lines';

/** A task's fields as the clerk types them (the add form and the row editor alike). */
export type TaskFormValues = {
  title: string;
  product: string;
  leadAgency: string;
  coordinating: string;
  budget: NumberDraft;
  due: string;
  /** Kept to the plan's own level: a cascade does not give it to the plans below. */
  ownLevelOnly: boolean;
};
type Values = TaskFormValues;

const initialValues: Values = {
  title: '',
  product: '',
  leadAgency: '',
  coordinating: '',
  budget: '',
  due: '',
  ownLevelOnly: false,
};

/** The budget a task's field holds: nothing typed is 0; text that reads as no number is NaN, which the schema refuses. */
export function budgetOf(draft: NumberDraft): number {
  if (draft === '') return 0;
  return draftNumber(draft) ?? Number.NaN;
}

function toRequest(area: ReformArea, v: Values): CreateTaskRequest {
  return {
    title: v.title,
    area,
    product: v.product.trim() || null,
    leadAgency: v.leadAgency.trim() || null,
    coordinatingAgencies: lines(v.coordinating),
    budgetMillionVnd: budgetOf(v.budget),
    due: dueInputToRequest(v.due),
    cascade: !v.ownLevelOnly,
  };
}

const fieldFor = (path: string) =>
  path.startsWith('coordinatingAgencies') ? 'coordinating' : path === 'budgetMillionVnd' ? 'budget' : path;

interface Props {
  opened: boolean;
  onClose: () => void;
  planId: string;
  area: ReformArea;
  /** The plan's year: a due date outside it is asked about before it is saved. */
  planYear: number;
  /** The plan has plans below it (not a commune's): a task may be kept to this level. */
  cascades: boolean;
}

/** A new task in one area, checked by the contract's schema before it is sent. */
export function AddTaskModal({ opened, onClose, planId, area, planYear, cascades }: Props) {
  const { t, areaName } = useI18n();
  const add = useAddTask(planId);
  const form = useForm<Values>({
    initialValues,
    validate: (values) => zodFormErrors(createTaskRequest, toRequest(area, values), t, fieldFor),
  });
  useUnsavedChanges(opened && form.isDirty());
  const { confirmDue, dialog } = useDueYearConfirm(planYear);
  const close = () => {
    form.reset();
    add.reset();
    onClose();
  };
  const submit = form.onSubmit((values) => {
    const request = toRequest(area, values);
    confirmDue(request.due, () => add.mutate(request, { onSuccess: close }));
  });
  return (
    <Modal opened={opened} onClose={close} title={t('task.add.title', { area: areaName(area) })} size="lg">
      <form noValidate onSubmit={submit}>
        <Stack gap="sm">
          <Grid gap="sm">
            <Grid.Col span={12}>
              <FitTextarea
                label={t('task.field.title')}
                withAsterisk
                minRows={2}
                data-autofocus
                {...form.getInputProps('title')}
              />
            </Grid.Col>
            <Grid.Col span={6}>
              <TextInput label={t('task.field.product')} {...form.getInputProps('product')} />
            </Grid.Col>
            <Grid.Col span={6}>
              <TextInput label={t('task.field.lead')} {...form.getInputProps('leadAgency')} />
            </Grid.Col>
            <Grid.Col span={12}>
              <FitTextarea
                label={t('task.field.coordinating')}
                description={t('task.field.coordinating.help')}
                minRows={2}
                {...form.getInputProps('coordinating')}
              />
            </Grid.Col>
            <Grid.Col span={6}>
              <LocaleNumberInput
                label={t('task.field.budget')}
                value={form.values.budget}
                onChange={(v) => form.setFieldValue('budget', v)}
                error={form.errors.budget}
              />
            </Grid.Col>
            <Grid.Col span={6}>
              <TextInput
                label={t('task.field.due')}
                placeholder={t('task.field.due.placeholder')}
                {...form.getInputProps('due')}
              />
            </Grid.Col>
            {cascades && (
              <Grid.Col span={12}>
                <Checkbox
                  label={t('task.ownLevelOnly')}
                  {...form.getInputProps('ownLevelOnly', { type: 'checkbox' })}
                />
              </Grid.Col>
            )}
          </Grid>
          <MutationError mutation={add} what={t('plan.whatTask')} onRetry={() => submit()} />
          <FormActions submitLabel={t('task.add')} submitting={add.isPending} onCancel={close} />
        </Stack>
      </form>
      {dialog}
    </Modal>
  );
}

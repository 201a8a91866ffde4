import { FormActions } from '../../../components/form-actions';
import { type CreateTaskRequest, createTaskRequest } from '@cchc/contracts';
import type { ReformArea } from '@cchc/domain';
import { Grid, Modal, NumberInput, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { MutationError } from '../../../components/mutation-error';
import { dueInputToRequest, numberSeparators } from '../../../lib/format';
import { zodFormErrors } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n';
import { useAddTask } from '../api/add-task';
import { lines } from './text-lines';

/** A task's fields as the clerk types them (the add form and the row editor alike). */
export type TaskFormValues = {
  title: string;
  product: string;
  leadAgency: string;
  coordinating: string;
  budget: number | string;
  due: string;
};
type Values = TaskFormValues;

const initialValues: Values = {
  title: '',
  product: '',
  leadAgency: '',
  coordinating: '',
  budget: '',
  due: '',
};

function toRequest(area: ReformArea, v: Values): CreateTaskRequest {
  return {
    title: v.title,
    area,
    product: v.product.trim() || null,
    leadAgency: v.leadAgency.trim() || null,
    coordinatingAgencies: lines(v.coordinating),
    budgetMillionVnd: v.budget === '' ? 0 : Number(v.budget),
    due: dueInputToRequest(v.due),
  };
}

const fieldFor = (path: string) =>
  path.startsWith('coordinatingAgencies') ? 'coordinating' : path === 'budgetMillionVnd' ? 'budget' : path;

interface Props {
  opened: boolean;
  onClose: () => void;
  planId: string;
  area: ReformArea;
}

/** A new task in one area, checked by the contract's schema before it is sent. */
export function AddTaskModal({ opened, onClose, planId, area }: Props) {
  const { t, areaName, locale } = useI18n();
  const add = useAddTask(planId);
  const form = useForm<Values>({
    initialValues,
    validate: (values) => zodFormErrors(createTaskRequest, toRequest(area, values), t, fieldFor),
  });
  const close = () => {
    form.reset();
    add.reset();
    onClose();
  };
  const submit = form.onSubmit((values) => add.mutate(toRequest(area, values), { onSuccess: close }));
  return (
    <Modal opened={opened} onClose={close} title={t('task.add.title', { area: areaName(area) })} size="lg">
      <form noValidate onSubmit={submit}>
        <Stack gap="sm">
          <Grid gap="sm">
            <Grid.Col span={12}>
              <Textarea
                label={t('task.field.title')}
                withAsterisk
                autosize
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
              <Textarea
                label={t('task.field.coordinating')}
                description={t('task.field.coordinating.help')}
                autosize
                minRows={2}
                {...form.getInputProps('coordinating')}
              />
            </Grid.Col>
            <Grid.Col span={6}>
              <NumberInput
                label={t('task.field.budget')}
                min={0}
                allowNegative={false}
                hideControls
                {...numberSeparators(locale)}
                {...form.getInputProps('budget')}
              />
            </Grid.Col>
            <Grid.Col span={6}>
              <TextInput
                label={t('task.field.due')}
                placeholder={t('task.field.due.placeholder')}
                {...form.getInputProps('due')}
              />
            </Grid.Col>
          </Grid>
          <MutationError mutation={add} what={t('plan.whatTask')} onRetry={() => submit()} />
          <FormActions submitLabel={t('task.add')} submitting={add.isPending} onCancel={close} />
        </Stack>
      </form>
    </Modal>
  );
}

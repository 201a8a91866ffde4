import { FormActions } from '../../../components/form-actions';
import { type CreateTargetRequest, createTargetRequest } from '@cchc/contracts';
import {
  DIRECTIONS,
  type Direction,
  type FloorLevel,
  MEASURES,
  type Measure,
  type ReformArea,
} from '@cchc/domain';
import { Grid, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { FitTextarea } from '../../../components/fit-textarea';
import { useForm } from '@mantine/form';
import { MutationError } from '../../../components/mutation-error';
import { isApiError } from '../../../lib/api-client';
import { TargetValueInput } from '../../../components/target-value-input';
import { zodFormErrors } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n';
import { useUnsavedChanges } from '../../../lib/unsaved-changes';
import { type ValueDraft, draftToValue } from '../../../lib/target-draft';
import { useAddTarget } from '../api/add-target';

interface Values {
  code: string;
  name: string;
  measure: Measure;
  direction: Direction;
  value: ValueDraft;
  district: ValueDraft;
  commune: ValueDraft;
}

const initialValues: Values = {
  code: '',
  name: '',
  measure: 'percent',
  direction: 'at_least',
  value: '',
  district: '',
  commune: '',
};

function toRequest(area: ReformArea, floorLevels: FloorLevel[], v: Values): CreateTargetRequest {
  const levelFloors: Partial<Record<FloorLevel, string | number>> = {};
  for (const level of floorLevels) {
    const floor = draftToValue(v.measure, v[level]);
    if (floor !== undefined) levelFloors[level] = floor;
  }
  return {
    code: v.code,
    name: v.name,
    area,
    measure: v.measure,
    direction: v.direction,
    value: draftToValue(v.measure, v.value) as string | number,
    ...(Object.keys(levelFloors).length > 0 ? { levelFloors } : {}),
  };
}

interface Props {
  opened: boolean;
  onClose: () => void;
  planId: string;
  area: ReformArea;
  /** Levels below the plan's, which may get a floor of their own. */
  floorLevels: FloorLevel[];
}

/** A new target of the plan's own in one area, checked by the contract's schema before it is sent. */
export function AddTargetModal({ opened, onClose, planId, area, floorLevels }: Props) {
  const { t, areaName } = useI18n();
  const add = useAddTarget(planId);
  const form = useForm<Values>({
    initialValues,
    validate: (values) =>
      zodFormErrors(createTargetRequest, toRequest(area, floorLevels, values), t, (p) =>
        p.replace(/^levelFloors\./, ''),
      ),
  });
  useUnsavedChanges(opened && form.isDirty());
  const close = () => {
    form.reset();
    add.reset();
    onClose();
  };
  const m = form.values.measure;
  const valueField = (field: 'value' | FloorLevel) => ({
    measure: m,
    value: form.values[field],
    onChange: (v: ValueDraft) => form.setFieldValue(field, v),
    error: form.errors[field],
    name: field,
  });

  const submit = form.onSubmit((values) =>
    add.mutate(toRequest(area, floorLevels, values), {
      onSuccess: close,
      onError: (error) => {
        if (isApiError(error) && error.code === 'TARGET_CODE_TAKEN')
          form.setFieldError('code', t('error.code.TARGET_CODE_TAKEN', { code: values.code }));
      },
    }),
  );
  const codeTaken = isApiError(add.error) && add.error.code === 'TARGET_CODE_TAKEN';
  return (
    <Modal opened={opened} onClose={close} title={t('target.add.title', { area: areaName(area) })} size="lg">
      <form noValidate onSubmit={submit}>
        <Stack gap="sm">
          <Grid gap="sm">
            <Grid.Col span={4}>
              <TextInput
                label={t('target.field.code')}
                placeholder={t('target.field.code.placeholder')}
                withAsterisk
                data-autofocus
                {...form.getInputProps('code')}
              />
            </Grid.Col>
            <Grid.Col span={8}>
              <Select
                label={t('target.field.measure')}
                withAsterisk
                data={MEASURES.map((x) => ({ value: x, label: t(`measure.${x}`) }))}
                allowDeselect={false}
                value={m}
                onChange={(x) => {
                  if (!x) return;
                  form.setValues({ measure: x as Measure, value: '', district: '', commune: '' });
                }}
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <FitTextarea
                label={t('target.field.name')}
                withAsterisk
                minRows={2}
                {...form.getInputProps('name')}
              />
            </Grid.Col>
            <Grid.Col span={6}>
              <Select
                label={t('target.field.direction')}
                withAsterisk
                data={DIRECTIONS.map((d) => ({
                  value: d,
                  label: m === 'date' ? t(`direction.date.${d}`) : t(`direction.${d}`),
                }))}
                allowDeselect={false}
                {...form.getInputProps('direction')}
              />
            </Grid.Col>
            <Grid.Col span={6}>
              <TargetValueInput label={t('target.field.value')} required {...valueField('value')} />
            </Grid.Col>
            {floorLevels.map((level) => (
              <Grid.Col span={6} key={level}>
                <TargetValueInput
                  label={t(level === 'district' ? 'target.field.floorDistrict' : 'target.field.floorCommune')}
                  placeholder={t('common.optional')}
                  {...valueField(level)}
                />
              </Grid.Col>
            ))}
          </Grid>
          {floorLevels.length > 0 && (
            <Text size="xs" c="dimmed">
              {t('target.field.floors.help')}
            </Text>
          )}
          {!codeTaken && (
            <MutationError mutation={add} what={t('plan.whatTarget')} onRetry={() => submit()} />
          )}
          <FormActions submitLabel={t('target.add')} submitting={add.isPending} onCancel={close} />
        </Stack>
      </form>
    </Modal>
  );
}

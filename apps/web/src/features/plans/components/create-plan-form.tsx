import { type CreatePlanRequest, createPlanRequest } from '@cchc/contracts';
import { PLAN_KINDS, type PlanKind } from '@cchc/domain';
import { Anchor, Button, Grid, Group, Select, Stack, TextInput } from '@mantine/core';
import { FitTextarea } from '../../../components/fit-textarea';
import { useForm } from '@mantine/form';
import { Link, useNavigate } from 'react-router';
import { LocaleNumberInput } from '../../../components/locale-number-input';
import { MutationError } from '../../../components/mutation-error';
import { isApiError } from '../../../lib/api-client';
import { zodFormErrors } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n';
import type { NumberDraft } from '../../../lib/number-field';
import { useUnsavedChanges } from '../../../lib/unsaved-changes';
import { useCreatePlan } from '../api/create-plan';
import { lines } from './text-lines';

interface Values {
  year: NumberDraft;
  kind: PlanKind;
  title: string;
  documentNumber: string;
  legalBasis: string;
  objectives: string;
}

function toRequest(unitCode: string, v: Values): CreatePlanRequest {
  return {
    unitCode,
    year: typeof v.year === 'number' ? v.year : Number.NaN,
    kind: v.kind,
    title: v.title,
    documentNumber: v.documentNumber.trim() || null,
    legalBasis: lines(v.legalBasis),
    objectives: v.objectives,
  };
}

export function CreatePlanForm({ unitCode, unitName }: { unitCode: string; unitName: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const create = useCreatePlan();
  const year = new Date().getFullYear();
  const defaultTitle = (y: number | string) => t('plan.create.defaultTitle', { year: String(y) });
  const form = useForm<Values>({
    initialValues: {
      year,
      kind: 'annual',
      title: defaultTitle(year),
      documentNumber: '',
      legalBasis: '',
      objectives: '',
    },
    validate: (values) => zodFormErrors(createPlanRequest, toRequest(unitCode, values), t),
    onValuesChange: (values, previous) => {
      // The title follows the year while it is still the default one.
      if (values.year !== previous.year && values.title === defaultTitle(previous.year)) {
        form.setFieldValue('title', defaultTitle(values.year));
      }
    },
  });
  // Typed in and not created: leaving asks first; once created, the form opens the new plan.
  const release = useUnsavedChanges(form.isDirty() && !create.isSuccess);
  const existing = isApiError(create.error) ? create.error.problem?.existingPlanId : undefined;
  const submit = form.onSubmit((values) =>
    create.mutate(toRequest(unitCode, values), {
      onSuccess: (plan) => {
        release();
        navigate(`/plans/${plan.id}`);
      },
    }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput label={t('plan.field.unit')} value={unitName} readOnly variant="filled" />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 3 }}>
            <LocaleNumberInput
              label={t('plan.field.year')}
              grouping={false}
              withAsterisk
              value={form.values.year}
              onChange={(v) => form.setFieldValue('year', v)}
              error={form.errors.year}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 3 }}>
            <Select
              label={t('plan.field.kind')}
              withAsterisk
              data={PLAN_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
              allowDeselect={false}
              {...form.getInputProps('kind')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <TextInput label={t('plan.field.title')} withAsterisk {...form.getInputProps('title')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput
              label={t('plan.field.documentNumber')}
              placeholder={t('plan.field.documentNumber.placeholder')}
              {...form.getInputProps('documentNumber')}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <FitTextarea
              label={t('plan.field.legalBasis')}
              description={t('plan.field.legalBasis.help')}
              minRows={2}
              maxRows={8}
              {...form.getInputProps('legalBasis')}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <FitTextarea
              label={t('plan.field.objectives')}
              minRows={3}
              maxRows={10}
              {...form.getInputProps('objectives')}
            />
          </Grid.Col>
        </Grid>
        <MutationError mutation={create} what={t('plan.create.what')} onRetry={() => submit()} />
        {existing && (
          <Anchor component={Link} to={`/plans/${existing}`} size="sm">
            {t('plan.create.openExisting')}
          </Anchor>
        )}
        <Group justify="flex-end">
          <Button variant="default" component={Link} to={`/?unit=${unitCode}`}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('plan.create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

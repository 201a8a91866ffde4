import { type PlanResponse, type UpdatePlanRequest, updatePlanRequest } from '@cchc/contracts';
import { Button, Grid, Group, Paper, Text, TextInput, Title } from '@mantine/core';
import { FitTextarea } from '../../../components/fit-textarea';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { MutationError } from '../../../components/mutation-error';
import { useI18n } from '../../../lib/i18n';
import { useContractForm } from '../../../lib/use-contract-form';
import { useUpdatePlan } from '../api/update-plan';
import { defaultRecipients } from './recipients';
import { lines } from './text-lines';

type HeaderValues = {
  title: string;
  documentNumber: string;
  legalBasis: string;
  objectives: string;
  recipients: string;
};

function fromPlan(plan: PlanResponse): HeaderValues {
  return {
    title: plan.title,
    documentNumber: plan.documentNumber ?? '',
    legalBasis: plan.legalBasis.join('\n'),
    objectives: plan.objectives,
    recipients: plan.recipients.join('\n'),
  };
}

/** Only the fields that differ from the stored plan. */
function toPatch(plan: PlanResponse, values: HeaderValues): UpdatePlanRequest {
  const patch: UpdatePlanRequest = {};
  if (values.title !== plan.title) patch.title = values.title;
  const number = values.documentNumber.trim() || null;
  if (number !== plan.documentNumber) patch.documentNumber = number;
  const basis = lines(values.legalBasis);
  if (basis.join('\n') !== plan.legalBasis.join('\n')) patch.legalBasis = basis;
  if (values.objectives !== plan.objectives) patch.objectives = values.objectives;
  const recipients = lines(values.recipients);
  if (recipients.join('\n') !== plan.recipients.join('\n')) patch.recipients = recipients;
  return patch;
}

/** The plan's header, edited in place (with the document's "Nơi nhận"): only what changed is sent. Read only for whoever may not write it. */
export function PlanHeaderForm({ plan, readOnly }: { plan: PlanResponse; readOnly: boolean }) {
  const { t } = useI18n();
  const update = useUpdatePlan(plan.id);
  const [saved, setSaved] = useState(false);
  const editor = useContractForm<HeaderValues, UpdatePlanRequest>({
    current: fromPlan(plan),
    readOnly,
    toRequest: (v) => toPatch(plan, v),
    schema: updatePlanRequest,
  });
  const { values, dirty, errors, invalid } = editor;
  const set = (field: keyof HeaderValues) => (e: { currentTarget: { value: string } }) => {
    setSaved(false);
    editor.setField(field, e.currentTarget.value);
  };
  const save = () =>
    editor.submit((request, settled) =>
      update.mutate(request, {
        onSuccess: () => {
          settled();
          setSaved(true);
        },
      }),
    );

  return (
    <Paper withBorder p="sm" h="100%" component="section" aria-labelledby="plan-header-title">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
        noValidate
      >
        <Group justify="space-between" mb="xs">
          <Title order={2} fz="md" id="plan-header-title">
            {t('plan.header.title')}
          </Title>
          <Group gap="xs" display={readOnly ? 'none' : undefined}>
            {saved && !dirty && (
              <Text size="xs" c="teal" role="status">
                {t('plan.header.saved')}
              </Text>
            )}
            {dirty && (
              <Button size="xs" variant="default" onClick={editor.reset}>
                {t('common.undo')}
              </Button>
            )}
            <Button
              size="xs"
              type="submit"
              leftSection={<IconCheck size={14} aria-hidden />}
              disabled={!dirty || invalid}
              loading={update.isPending}
            >
              {t('common.save')}
            </Button>
          </Group>
        </Group>
        <Grid gap="xs">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <TextInput
              size="sm"
              readOnly={readOnly}
              variant={readOnly ? 'filled' : 'default'}
              label={t('plan.field.title')}
              value={values.title}
              onChange={set('title')}
              error={errors.title}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <TextInput
              size="sm"
              readOnly={readOnly}
              variant={readOnly ? 'filled' : 'default'}
              label={t('plan.field.documentNumber')}
              placeholder={t('plan.field.documentNumber.placeholder')}
              value={values.documentNumber}
              onChange={set('documentNumber')}
              error={errors.documentNumber}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <FitTextarea
              size="sm"
              readOnly={readOnly}
              variant={readOnly ? 'filled' : 'default'}
              label={t('plan.field.legalBasis')}
              description={t('plan.field.legalBasis.help')}
              minRows={2}
              maxRows={5}
              value={values.legalBasis}
              onChange={set('legalBasis')}
              error={
                errors.legalBasis ?? Object.entries(errors).find(([k]) => k.startsWith('legalBasis.'))?.[1]
              }
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <FitTextarea
              size="sm"
              readOnly={readOnly}
              variant={readOnly ? 'filled' : 'default'}
              label={t('plan.field.objectives')}
              minRows={2}
              maxRows={5}
              value={values.objectives}
              onChange={set('objectives')}
              error={errors.objectives}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <FitTextarea
              size="sm"
              readOnly={readOnly}
              variant={readOnly ? 'filled' : 'default'}
              label={t('documents.recipients')}
              description={t('documents.recipients.help')}
              // Empty: the document lists the level's usual recipients, shown here as they will print.
              placeholder={defaultRecipients(plan).join('\n')}
              minRows={2}
              maxRows={8}
              value={values.recipients}
              onChange={set('recipients')}
              error={
                errors.recipients ?? Object.entries(errors).find(([k]) => k.startsWith('recipients.'))?.[1]
              }
            />
          </Grid.Col>
        </Grid>
        <MutationError mutation={update} what={t('plan.whatHeader')} onRetry={save} />
      </form>
    </Paper>
  );
}

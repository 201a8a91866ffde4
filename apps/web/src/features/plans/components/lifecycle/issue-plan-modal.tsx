import {
  type IssuePlanRequest,
  type PlanResponse,
  SIGNER_CAPACITIES,
  issuePlanRequest,
} from '@cchc/contracts';
import { Alert, Grid, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { FormActions } from '../../../../components/form-actions';
import { MutationError } from '../../../../components/mutation-error';
import { formatDate, parseDateInput } from '../../../../lib/format';
import { zodFormErrors } from '../../../../lib/form-errors';
import { useI18n } from '../../../../lib/i18n';
import { useUnsavedChanges } from '../../../../lib/unsaved-changes';
import { useIssuePlan } from '../../api/issue-plan';

type Capacity = (typeof SIGNER_CAPACITIES)[number];

/** The issue form as the clerk fills it: the date typed dd/mm/yyyy, the signer in three fields. */
type Values = {
  documentNumber: string;
  issuedOn: string;
  place: string;
  signerName: string;
  signerTitle: string;
  capacity: Capacity;
};

function toRequest(v: Values): IssuePlanRequest {
  const place = v.place.trim();
  return {
    documentNumber: v.documentNumber,
    // A date typed the Vietnamese way (19/12/2023); text that reads as no date goes to the schema as is.
    issuedOn: parseDateInput(v.issuedOn) ?? v.issuedOn,
    ...(place ? { place } : {}),
    signer: { name: v.signerName, title: v.signerTitle, capacity: v.capacity },
  };
}

const FIELD_OF: Record<string, keyof Values> = {
  'signer.name': 'signerName',
  'signer.title': 'signerTitle',
  'signer.capacity': 'capacity',
};
const fieldFor = (path: string) => FIELD_OF[path] ?? path;

const today = () => {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return formatDate(`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`);
};

/** What the form starts from: an amendment keeps the signer of the version in force, and needs a new number. */
function initialValues(plan: PlanResponse): Values {
  const signer = plan.issued?.signer;
  return {
    documentNumber: plan.status === 'amending' ? '' : (plan.documentNumber ?? ''),
    issuedOn: today(),
    place: plan.issued?.place ?? plan.unitName,
    signerName: signer?.name ?? '',
    signerTitle: signer?.title ?? '',
    capacity: signer?.capacity ?? 'TM',
  };
}

/** "Ban hành kế hoạch": number, date, place and signature, checked by the contract's issuePlanRequest. */
export function IssuePlanModal({
  opened,
  onClose,
  plan,
}: {
  opened: boolean;
  onClose: () => void;
  plan: PlanResponse;
}) {
  const { t } = useI18n();
  const issue = useIssuePlan(plan.id);
  const form = useForm<Values>({
    initialValues: initialValues(plan),
    validate: (values) => zodFormErrors(issuePlanRequest, toRequest(values), t, fieldFor),
  });
  useUnsavedChanges(opened && form.isDirty());
  const close = () => {
    form.setValues(initialValues(plan));
    form.resetDirty(initialValues(plan));
    issue.reset();
    onClose();
  };
  const submit = form.onSubmit((values) => issue.mutate(toRequest(values), { onSuccess: close }));
  const targets = plan.areas.flatMap((a) => a.targets);

  return (
    <Modal opened={opened} onClose={close} title={t('lifecycle.issue.title')} size="lg">
      <form noValidate onSubmit={submit}>
        <Stack gap="sm">
          <Alert color="blue" variant="light" py={6}>
            <Text size="sm">{t('lifecycle.issue.intro')}</Text>
          </Alert>
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label={t('lifecycle.field.documentNumber')}
                placeholder={t('lifecycle.field.documentNumber.placeholder')}
                withAsterisk
                data-autofocus
                {...form.getInputProps('documentNumber')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 3 }}>
              <TextInput
                label={t('lifecycle.field.issuedOn')}
                placeholder={t('common.datePlaceholder')}
                withAsterisk
                inputMode="numeric"
                autoComplete="off"
                {...form.getInputProps('issuedOn')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 3 }}>
              <TextInput label={t('lifecycle.field.place')} {...form.getInputProps('place')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label={t('lifecycle.field.signerName')}
                withAsterisk
                {...form.getInputProps('signerName')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label={t('lifecycle.field.signerTitle')}
                placeholder={t('lifecycle.field.signerTitle.placeholder')}
                withAsterisk
                {...form.getInputProps('signerTitle')}
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <Radio.Group
                label={t('lifecycle.field.capacity')}
                withAsterisk
                {...form.getInputProps('capacity')}
              >
                <Stack gap={6} mt={4}>
                  {SIGNER_CAPACITIES.map((c) => (
                    <Radio key={c} value={c} label={t(`lifecycle.capacity.${c}.option`)} />
                  ))}
                </Stack>
              </Radio.Group>
            </Grid.Col>
          </Grid>
          <MutationError
            mutation={issue}
            what={t('lifecycle.issue.what')}
            onRetry={() => submit()}
            targetOf={(code) => targets.find((x) => x.code === code)}
          />
          <FormActions
            submitLabel={t('lifecycle.issue.submit')}
            submitting={issue.isPending}
            onCancel={close}
          />
        </Stack>
      </form>
    </Modal>
  );
}

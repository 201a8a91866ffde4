import { type AmendPlanRequest, type PlanResponse, amendPlanRequest } from '@cchc/contracts';
import { Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { FitTextarea } from '../../../../components/fit-textarea';
import { FormActions } from '../../../../components/form-actions';
import { MutationError } from '../../../../components/mutation-error';
import { zodFormErrors } from '../../../../lib/form-errors';
import { useI18n } from '../../../../lib/i18n';
import { useUnsavedChanges } from '../../../../lib/unsaved-changes';
import { useAmendPlan } from '../../api/amend-plan';

/** "Sửa đổi, bổ sung": the reason (required), then the working copy opens for editing. */
export function AmendPlanModal({
  opened,
  onClose,
  plan,
}: {
  opened: boolean;
  onClose: () => void;
  plan: PlanResponse;
}) {
  const { t } = useI18n();
  const amend = useAmendPlan(plan.id);
  const form = useForm<AmendPlanRequest>({
    initialValues: { reason: '' },
    validate: (values) => zodFormErrors(amendPlanRequest, values, t),
  });
  useUnsavedChanges(opened && form.isDirty());
  const close = () => {
    form.reset();
    amend.reset();
    onClose();
  };
  const submit = form.onSubmit((values) => amend.mutate(values, { onSuccess: close }));
  return (
    <Modal opened={opened} onClose={close} title={t('lifecycle.amend.title')} size="lg">
      <form noValidate onSubmit={submit}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('lifecycle.amend.intro')}
          </Text>
          <FitTextarea
            label={t('lifecycle.amend.reason')}
            withAsterisk
            minRows={3}
            data-autofocus
            {...form.getInputProps('reason')}
          />
          <MutationError mutation={amend} what={t('lifecycle.amend.what')} onRetry={() => submit()} />
          <FormActions
            submitLabel={t('lifecycle.amend.submit')}
            submitting={amend.isPending}
            onCancel={close}
          />
        </Stack>
      </form>
    </Modal>
  );
}

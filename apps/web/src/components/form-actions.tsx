import { Button, Group } from '@mantine/core';
import { useI18n } from '../lib/i18n';

interface FormActionsProps {
  /** What the form does, on its submit button ("Thêm chỉ tiêu"). */
  submitLabel: string;
  /** While the request is under way: the button shows it and cannot be pressed twice. */
  submitting: boolean;
  onCancel: () => void;
}

/** The foot of every form and dialog: "Hủy" beside the form's own submit button, at the right. */
export function FormActions({ submitLabel, submitting, onCancel }: FormActionsProps) {
  const { t } = useI18n();
  return (
    <Group justify="flex-end" gap="xs">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={submitting}>
        {submitLabel}
      </Button>
    </Group>
  );
}

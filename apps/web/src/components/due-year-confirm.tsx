import { isDueInPlanYear, parseDue } from '@cchc/domain';
import { Button, Group, Modal, Text } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../lib/i18n';

/**
 * A task due outside its plan's year is more often a slip than a plan (2026 typed for 2025):
 * `confirmDue(due, save)` saves at once when the due date is inside the year (the domain's
 * `isDueInPlanYear`), or first asks "Thời hạn 15/03/2026 nằm ngoài năm kế hoạch 2025. Vẫn
 * lưu?" in the returned `dialog`, which the form renders.
 */
export function useDueYearConfirm(planYear: number) {
  const { t, formatDue } = useI18n();
  const [pending, setPending] = useState<{ due: string; save: () => void } | null>(null);

  const confirmDue = (due: string | null | undefined, save: () => void) => {
    const parsed = due ? parseDue(due) : null;
    if (due && parsed && !isDueInPlanYear(parsed, planYear)) setPending({ due, save });
    else save();
  };

  const dialog = (
    <Modal
      opened={pending !== null}
      onClose={() => setPending(null)}
      title={t('due.outsideYear.title')}
      zIndex={300}
    >
      <Text size="sm" mb="md">
        {pending && t('due.outsideYear.question', { due: formatDue(pending.due), year: String(planYear) })}
      </Text>
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={() => setPending(null)} data-autofocus>
          {t('due.outsideYear.edit')}
        </Button>
        <Button
          onClick={() => {
            const save = pending?.save;
            setPending(null);
            save?.();
          }}
        >
          {t('due.outsideYear.save')}
        </Button>
      </Group>
    </Modal>
  );

  return { confirmDue, dialog };
}

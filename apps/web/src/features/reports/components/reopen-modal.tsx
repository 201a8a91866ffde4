import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { MutationError } from '../../../components/mutation-error';
import { useI18n } from '../../../lib/i18n';
import { useReopenReport } from '../api/reopen-report';

interface ReopenModalProps {
  /** The unit below whose report is reopened: its plan, and its name. */
  unit: { planId: string; unitFullName: string } | null;
  period: { key: string; label: string };
  onClose: () => void;
}

/** "Mở lại": the unit above reopens a unit's report for a stated reason, which the unit is told. */
export function ReopenModal({ unit, period, onClose }: ReopenModalProps) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const reopen = useReopenReport(period.key);
  const close = () => {
    setReason('');
    setTouched(false);
    reopen.reset();
    onClose();
  };
  const missing = reason.trim() === '';
  return (
    <Modal
      opened={unit !== null}
      onClose={close}
      title={unit ? t('rollup.reopen.title', { period: period.label, unit: unit.unitFullName }) : ''}
    >
      <Stack gap="sm">
        <Text size="sm">{t('rollup.reopen.help')}</Text>
        <Textarea
          label={t('rollup.reopen.reason')}
          withAsterisk
          autosize
          minRows={2}
          maxLength={2000}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={touched && missing ? t('validation.required') : undefined}
          data-autofocus
        />
        <MutationError mutation={reopen} what={t('rollup.reopenWhat')} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close}>
            {t('reports.cancel')}
          </Button>
          <Button
            loading={reopen.isPending}
            onClick={() => {
              setTouched(true);
              if (missing || !unit) return;
              reopen.mutate({ planId: unit.planId, reason: reason.trim() }, { onSuccess: close });
            }}
          >
            {t('rollup.reopen.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

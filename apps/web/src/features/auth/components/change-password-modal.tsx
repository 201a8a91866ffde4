import { FormActions } from '../../../components/form-actions';
import { changePasswordRequest } from '@cchc/contracts';
import { MIN_PASSWORD_LENGTH } from '@cchc/domain';
import { Modal, PasswordInput, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { MutationError } from '../../../components/mutation-error';
import { isApiError } from '../../../lib/api-client';
import { zodFormErrors } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n';
import { useChangePassword } from '../api/change-password';

interface ChangePasswordModalProps {
  opened: boolean;
  onClose: () => void;
  onDone: () => void;
}

/** The signed-in user's own password, with the current one as proof. */
export function ChangePasswordModal({ opened, onClose, onDone }: ChangePasswordModalProps) {
  const { t } = useI18n();
  const change = useChangePassword();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [touched, setTouched] = useState(false);
  const request = { currentPassword, newPassword };
  const errors = touched ? zodFormErrors(changePasswordRequest, request, t) : {};
  // The API alone knows whether the current password is right: it says so on that field.
  const wrongCurrent =
    isApiError(change.error) &&
    change.error.problem?.errors?.some((e) => e.field === 'currentPassword') === true;

  const close = () => {
    setCurrent('');
    setNew('');
    setTouched(false);
    change.reset();
    onClose();
  };
  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    setTouched(true);
    if (Object.keys(zodFormErrors(changePasswordRequest, request, t)).length > 0) return;
    change.mutate(request, {
      onSuccess: () => {
        onDone();
        close();
      },
    });
  };

  return (
    <Modal opened={opened} onClose={close} title={t('auth.changePassword')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <PasswordInput
            visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
            label={t('auth.changePassword.current')}
            withAsterisk
            autoComplete="current-password"
            data-autofocus
            value={currentPassword}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            error={
              errors.currentPassword ?? (wrongCurrent ? t('auth.changePassword.wrongCurrent') : undefined)
            }
          />
          <PasswordInput
            visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
            label={t('auth.changePassword.new')}
            description={t('auth.changePassword.help', { count: MIN_PASSWORD_LENGTH })}
            withAsterisk
            autoComplete="new-password"
            value={newPassword}
            onChange={(e) => setNew(e.currentTarget.value)}
            error={errors.newPassword}
          />
          {!wrongCurrent && (
            <MutationError mutation={change} what={t('auth.changePassword')} onRetry={() => submit()} />
          )}
          <FormActions
            submitLabel={t('auth.changePassword')}
            submitting={change.isPending}
            onCancel={close}
          />
        </Stack>
      </form>
    </Modal>
  );
}

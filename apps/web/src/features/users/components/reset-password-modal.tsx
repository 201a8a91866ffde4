import { FormActions } from '../../../components/form-actions';
import { type UserResponse, updateUserRequest } from '@cchc/contracts';
import { MIN_PASSWORD_LENGTH } from '@cchc/domain';
import { Modal, PasswordInput, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { MutationError } from '../../../components/mutation-error';
import { zodFormErrors } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n';
import { useUpdateUser } from '../api/update-user';

interface ResetPasswordModalProps {
  user: UserResponse;
  opened: boolean;
  onClose: () => void;
  onDone: () => void;
}

/** A new password for an account; the API ends its open sessions. */
export function ResetPasswordModal({ user, opened, onClose, onDone }: ResetPasswordModalProps) {
  const { t } = useI18n();
  const update = useUpdateUser(user.id);
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState(false);
  const errors = touched ? zodFormErrors(updateUserRequest, { password }, t) : {};

  const close = () => {
    setPassword('');
    setTouched(false);
    update.reset();
    onClose();
  };
  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    setTouched(true);
    if (Object.keys(zodFormErrors(updateUserRequest, { password }, t)).length > 0) return;
    update.mutate(
      { password },
      {
        onSuccess: () => {
          onDone();
          close();
        },
      },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title={t('users.password.title', { username: user.username })}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <PasswordInput
            visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
            label={t('users.password.field')}
            description={t('users.password.help', { count: MIN_PASSWORD_LENGTH })}
            withAsterisk
            autoComplete="new-password"
            data-autofocus
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={errors.password}
          />
          <MutationError
            mutation={update}
            what={t('users.whatUser', { username: user.username })}
            onRetry={() => submit()}
          />
          <FormActions
            submitLabel={t('users.password.submit')}
            submitting={update.isPending}
            onCancel={close}
          />
        </Stack>
      </form>
    </Modal>
  );
}

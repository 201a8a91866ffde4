import { FormActions } from '../../../components/form-actions';
import {
  type CreateUserRequest,
  type UnitResponse,
  type UserResponse,
  createUserRequest,
} from '@cchc/contracts';
import { MIN_PASSWORD_LENGTH, type Role, rolesManageableBy } from '@cchc/domain';
import { Modal, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { MutationError } from '../../../components/mutation-error';
import { zodFormErrors } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n';
import { isProvinceCode } from '../../../lib/rights';
import { useCreateUser } from '../api/create-user';

interface CreateUserModalProps {
  opened: boolean;
  onClose: () => void;
  onCreated: (user: UserResponse) => void;
  manager: UserResponse;
  /**
   * The field that finds the account's unit by name. Units are another feature's: the route
   * file passes its picker in (features never import each other).
   */
  renderUnitPicker: (field: UnitField) => ReactNode;
}

/** What the unit field of the form gives the picker and takes back from it. */
export interface UnitField {
  label: string;
  value: UnitResponse | null;
  onChange: (unit: UnitResponse | null) => void;
  /** Only the units the administrator manages: its province's (null: every unit). */
  provinceCode: string | null;
  error?: string;
}

interface Values {
  username: string;
  password: string;
  role: Role;
  unit: UnitResponse | null;
}

const EMPTY: Values = { username: '', password: '', role: 'officer', unit: null };

/** The checks the API makes, before sending: the shared schema, a unit, and a province for its administrator. */
function validate(values: Values, t: ReturnType<typeof useI18n>['t']): Record<string, string> {
  const request: CreateUserRequest = {
    username: values.username,
    password: values.password,
    role: values.role,
    unitCode: values.unit?.code ?? null,
  };
  const errors = zodFormErrors(createUserRequest, request, t);
  if (!values.unit) errors.unitCode ??= t('validation.unitRequired');
  else if (values.role === 'province_admin' && !isProvinceCode(values.unit.code))
    errors.unitCode ??= t('validation.provinceAdminUnit');
  return errors;
}

/** A new account: user name, first password, role and unit, validated with the shared contract. */
export function CreateUserModal({
  opened,
  onClose,
  onCreated,
  manager,
  renderUnitPicker,
}: CreateUserModalProps) {
  const { t } = useI18n();
  const create = useCreateUser();
  const [values, setValues] = useState<Values>(EMPTY);
  const [touched, setTouched] = useState(false);
  const errors = touched ? validate(values, t) : {};
  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const close = () => {
    setValues(EMPTY);
    setTouched(false);
    create.reset();
    onClose();
  };
  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    setTouched(true);
    if (Object.keys(validate(values, t)).length > 0) return;
    const request = createUserRequest.parse({
      username: values.username,
      password: values.password,
      role: values.role,
      unitCode: values.unit?.code ?? null,
    });
    create.mutate(request, {
      onSuccess: (user) => {
        onCreated(user);
        close();
      },
    });
  };

  return (
    <Modal opened={opened} onClose={close} title={t('users.create.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('users.col.username')}
            description={t('users.field.username.help')}
            withAsterisk
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            data-autofocus
            value={values.username}
            onChange={(e) => set('username', e.currentTarget.value)}
            error={errors.username}
          />
          <PasswordInput
            visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
            label={t('users.field.password')}
            description={t('users.field.password.help', { count: MIN_PASSWORD_LENGTH })}
            withAsterisk
            autoComplete="new-password"
            value={values.password}
            onChange={(e) => set('password', e.currentTarget.value)}
            error={errors.password}
          />
          <Select
            label={t('users.col.role')}
            withAsterisk
            allowDeselect={false}
            data={rolesManageableBy(manager.role).map((r) => ({ value: r, label: t(`role.${r}`) }))}
            value={values.role}
            onChange={(r) => r && set('role', r as Role)}
            error={errors.role}
          />
          {renderUnitPicker({
            label: t('users.col.unit'),
            value: values.unit,
            onChange: (unit) => set('unit', unit),
            provinceCode: manager.role === 'system_admin' ? null : manager.provinceCode,
            error: errors.unitCode,
          })}
          <MutationError mutation={create} what={t('users.create.what')} onRetry={() => submit()} />
          <FormActions
            submitLabel={t('users.create.submit')}
            submitting={create.isPending}
            onCancel={close}
          />
        </Stack>
      </form>
    </Modal>
  );
}

import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconKey, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useI18n } from '../../../lib/i18n';
import { useCurrentUser } from '../../../lib/session';
import { useSignOut } from '../api/sign-out';
import { ChangePasswordModal } from './change-password-modal';

/**
 * The header's account corner: who is signed in, their role and unit, their password, and sign-out.
 * `unitFullName` is the unit's full name, read by the layout (until then, the session's short name).
 * In a phone's menu (`stacked`) the same, one under the other, the unit always shown.
 */
export function CurrentUser({
  unitFullName,
  stacked = false,
}: {
  unitFullName?: string | undefined;
  stacked?: boolean;
}) {
  const { t } = useI18n();
  const user = useCurrentUser();
  const signOut = useSignOut();
  const [changingPassword, setChangingPassword] = useState(false);
  const [passwordChanged, setPasswordChanged] = useState(false);
  const unitName = user.unitCode ? (unitFullName ?? user.unitName ?? user.unitCode) : t('auth.allUnits');
  const corner = (
    <>
      <Group
        gap={6}
        wrap={stacked ? 'wrap' : 'nowrap'}
        role="group"
        aria-label={t('auth.currentUser')}
        data-testid="current-user"
      >
        <IconUserCircle size={18} aria-hidden color="var(--mantine-color-gray-6)" />
        <Text size="sm" fw={600}>
          {user.username}
        </Text>
        <Badge size="sm" variant="light" color={user.role === 'viewer' ? 'gray' : 'blue'} radius="sm">
          {t(`role.${user.role}`)}
        </Badge>
        {stacked ? (
          <Text size="sm" c="dimmed" w="100%">
            {unitName}
          </Text>
        ) : (
          <Text size="sm" c="dimmed" visibleFrom="md" style={{ whiteSpace: 'nowrap' }}>
            {unitName}
          </Text>
        )}
      </Group>
      {passwordChanged && (
        <Text size="sm" c="teal" role="status">
          {t('auth.changePassword.done')}
        </Text>
      )}
      <Button
        size="compact-sm"
        variant="subtle"
        color="gray"
        leftSection={<IconKey size={15} aria-hidden />}
        onClick={() => {
          setPasswordChanged(false);
          setChangingPassword(true);
        }}
      >
        {t('auth.changePassword')}
      </Button>
      <ChangePasswordModal
        opened={changingPassword}
        onClose={() => setChangingPassword(false)}
        onDone={() => setPasswordChanged(true)}
      />
      <Button
        size="compact-sm"
        variant="subtle"
        color="gray"
        leftSection={<IconLogout size={15} aria-hidden />}
        loading={signOut.isPending}
        onClick={() => signOut.mutate()}
      >
        {t('auth.signOut')}
      </Button>
    </>
  );
  return stacked ? (
    <Stack gap="sm" align="flex-start">
      {corner}
    </Stack>
  ) : (
    <Group gap="sm" wrap="nowrap">
      {corner}
    </Group>
  );
}

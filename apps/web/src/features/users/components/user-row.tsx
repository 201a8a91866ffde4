import type { UserResponse } from '@cchc/contracts';
import { type Role, mayManageRole } from '@cchc/domain';
import { ActionIcon, Badge, Button, Group, Select, Table, Text, Tooltip } from '@mantine/core';
import { IconKey, IconLock, IconLockOpen } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmDelete } from '../../../components/confirm-action';
import { MutationError } from '../../../components/mutation-error';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { rolesAssignable } from '../../../lib/rights';
import { useDeleteUser } from '../api/delete-user';
import { useUpdateUser } from '../api/update-user';
import { ResetPasswordModal } from './reset-password-modal';

interface UserRowProps {
  user: UserResponse;
  manager: UserResponse;
  unitName: string;
  /** Says what was done, above the list. */
  onDone: (message: string) => void;
}

/** One account: its role, its lock, a new password, deletion. Never one's own, nor a
 * fellow province administrator's (the system administrator manages those). */
export function UserRow({ user, manager, unitName, onDone }: UserRowProps) {
  const { t } = useI18n();
  const update = useUpdateUser(user.id);
  const remove = useDeleteUser(user.id);
  const [resetting, setResetting] = useState(false);
  const self = user.id === manager.id;
  const readOnly = self || !mayManageRole(manager.role, user.role);
  const username = user.username;
  const roles = rolesAssignable(manager, user.unitCode);
  const roleOptions = (roles.includes(user.role) ? roles : [user.role, ...roles]).map((r) => ({
    value: r,
    label: t(`role.${r}`),
  }));

  const changeRole = (role: Role) =>
    update.mutate(
      { role },
      { onSuccess: () => onDone(t('users.done.role', { username, role: t(`role.${role}`) })) },
    );
  const toggleLock = () =>
    update.mutate(
      { locked: !user.locked },
      { onSuccess: (u) => onDone(t(u.locked ? 'users.done.locked' : 'users.done.unlocked', { username })) },
    );

  return (
    <>
      <Table.Tr data-testid={`user-${username}`}>
        <Table.Td>
          <Group gap={6} wrap="nowrap">
            <Text size="sm" ff="monospace">
              {username}
            </Text>
            {self && (
              <Tooltip label={t('users.selfHint')}>
                <Badge size="xs" variant="outline">
                  {t('users.you')}
                </Badge>
              </Tooltip>
            )}
          </Group>
        </Table.Td>
        <Table.Td>
          {readOnly ? (
            <Text size="sm">{t(`role.${user.role}`)}</Text>
          ) : (
            <Select
              size="xs"
              aria-label={t('users.roleOf', { username })}
              allowDeselect={false}
              data={roleOptions}
              value={user.role}
              onChange={(r) => r && r !== user.role && changeRole(r as Role)}
              disabled={update.isPending}
              w={180}
            />
          )}
        </Table.Td>
        <Table.Td>
          <Text size="sm">{unitName}</Text>
          <Text size="xs" c="dimmed">
            {user.unitCode}
          </Text>
        </Table.Td>
        <Table.Td>
          <Badge color={user.locked ? 'red' : 'teal'} variant="light" size="sm" radius="sm">
            {t(user.locked ? 'users.status.locked' : 'users.status.active')}
          </Badge>
        </Table.Td>
        <Table.Td fz="sm">{formatDate(user.createdAt)}</Table.Td>
        <Table.Td>
          {!readOnly && (
            <Group gap={4} wrap="nowrap" justify="flex-end">
              <Button
                size="compact-xs"
                variant="light"
                color={user.locked ? 'teal' : 'orange'}
                leftSection={user.locked ? <IconLockOpen size={13} /> : <IconLock size={13} />}
                aria-label={t(user.locked ? 'users.unlockOf' : 'users.lockOf', { username })}
                onClick={toggleLock}
                loading={update.isPending && update.variables?.locked !== undefined}
              >
                {t(user.locked ? 'users.unlock' : 'users.lock')}
              </Button>
              <Tooltip label={t('users.resetPasswordOf', { username })} openDelay={400}>
                <ActionIcon
                  variant="subtle"
                  size="sm"
                  aria-label={t('users.resetPasswordOf', { username })}
                  onClick={() => setResetting(true)}
                >
                  <IconKey size={15} />
                </ActionIcon>
              </Tooltip>
              <ConfirmDelete
                label={t('users.deleteOf', { username })}
                question={t('users.deleteConfirm', { username })}
                // The row leaves the list as soon as it is deleted: say so from the promise, which
                // outlives the row (a refusal shows in the row, which then stays).
                onConfirm={() =>
                  remove.mutateAsync().then(
                    () => onDone(t('users.done.deleted', { username })),
                    () => undefined,
                  )
                }
                loading={remove.isPending}
              />
            </Group>
          )}
        </Table.Td>
      </Table.Tr>
      {(update.isError || remove.isError) && (
        <Table.Tr>
          <Table.Td colSpan={6}>
            <MutationError mutation={update} what={t('users.whatUser', { username })} />
            <MutationError mutation={remove} what={t('users.whatUser', { username })} />
          </Table.Td>
        </Table.Tr>
      )}
      {!self && (
        <ResetPasswordModal
          user={user}
          opened={resetting}
          onClose={() => setResetting(false)}
          onDone={() => onDone(t('users.done.password', { username }))}
        />
      )}
    </>
  );
}

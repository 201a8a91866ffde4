import type { UserResponse } from '@cchc/contracts';
import { foldVietnamese } from '@cchc/domain';
import { Alert, Button, CloseButton, Group, Paper, Table, Text, TextInput, Title } from '@mantine/core';
import { IconCircleCheck, IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { QueryView } from '../components/query-view';
import { useI18n } from '../lib/i18n';
import { managesUsers } from '../lib/rights';
import { useCurrentUser } from '../lib/session';
import { useUsers } from '../features/users/api/list-users';
import { useUnitNames } from '../features/units/api/get-unit';
import { UnitPicker } from '../features/units/components/unit-picker';
import { CreateUserModal } from '../features/users/components/create-user-modal';
import { UserRow } from '../features/users/components/user-row';

/** Down the hierarchy: the province's accounts, then its districts', then its communes'. */
function byUnitThenName(a: UserResponse, b: UserResponse): number {
  const ka = a.unitCode ?? '';
  const kb = b.unitCode ?? '';
  return ka.length - kb.length || ka.localeCompare(kb) || a.username.localeCompare(b.username);
}

function UsersTable({
  users,
  manager,
  onDone,
}: {
  users: UserResponse[];
  manager: UserResponse;
  onDone: (m: string) => void;
}) {
  const { t } = useI18n();
  const [filter, setFilter] = useState('');
  const codes = useMemo(
    () => [...new Set(users.map((u) => u.unitCode).filter((c): c is string => c !== null))],
    [users],
  );
  const names = useUnitNames(codes);
  const unitName = (u: UserResponse) =>
    u.unitCode ? (names.get(u.unitCode) ?? u.unitName ?? u.unitCode) : t('auth.allUnits');
  const needle = foldVietnamese(filter.trim());
  const shown = (
    needle
      ? users.filter((u) =>
          foldVietnamese(`${u.username} ${unitName(u)} ${u.unitCode ?? ''}`).includes(needle),
        )
      : [...users]
  ).sort(byUnitThenName);

  if (users.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('users.empty')}
      </Text>
    );
  return (
    <>
      <Group justify="space-between" mb="xs">
        <TextInput
          size="sm"
          w={360}
          aria-label={t('users.filter')}
          placeholder={t('users.filter')}
          leftSection={<IconSearch size={15} aria-hidden />}
          value={filter}
          onChange={(e) => setFilter(e.currentTarget.value)}
          rightSection={
            filter ? (
              <CloseButton size="sm" aria-label={t('units.search.clear')} onClick={() => setFilter('')} />
            ) : null
          }
        />
        <Text size="sm" c="dimmed">
          {t('users.shown', { shown: shown.length, count: users.length })}
        </Text>
      </Group>
      <Table.ScrollContainer minWidth={900}>
        <Table withTableBorder striped highlightOnHover verticalSpacing={4} aria-label={t('users.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('users.col.username')}</Table.Th>
              <Table.Th w={200}>{t('users.col.role')}</Table.Th>
              <Table.Th>{t('users.col.unit')}</Table.Th>
              <Table.Th w={130}>{t('users.col.status')}</Table.Th>
              <Table.Th w={100}>{t('users.col.created')}</Table.Th>
              <Table.Th w={190}>
                <span className="visually-hidden">{t('common.actions')}</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((u) => (
              <UserRow key={u.id} user={u} manager={manager} unitName={unitName(u)} onDone={onDone} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {shown.length === 0 && (
        <Text size="sm" c="dimmed" mt="xs">
          {t('users.noMatch')}
        </Text>
      )}
    </>
  );
}

/** The accounts an administrator manages: list, create, lock, role, password, delete. */
export function UsersPage() {
  const { t } = useI18n();
  const manager = useCurrentUser();
  const allowed = managesUsers(manager);
  const users = useUsers(allowed);
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const names = useUnitNames(manager.unitCode ? [manager.unitCode] : []);
  const intro = manager.unitCode
    ? t('users.intro', { scope: names.get(manager.unitCode) ?? manager.unitName ?? manager.unitCode })
    : t('users.introAll');

  if (!allowed)
    return (
      <Alert color="gray" title={t('users.title')} maw={720}>
        {t('users.forbidden')}
      </Alert>
    );
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" align="flex-start" mb={4}>
        <div>
          <Title order={1} fz={22}>
            {t('users.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {intro}
          </Text>
        </div>
        <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
          {t('users.add')}
        </Button>
      </Group>
      {notice && (
        <Alert
          color="teal"
          variant="light"
          icon={<IconCircleCheck size={18} />}
          role="status"
          my="xs"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setNotice(null)}
          data-testid="users-notice"
        >
          {notice}
        </Alert>
      )}
      <QueryView query={users} what={t('users.what')}>
        {(list) => <UsersTable users={list} manager={manager} onDone={setNotice} />}
      </QueryView>
      <CreateUserModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(u) => setNotice(t('users.done.created', { username: u.username }))}
        manager={manager}
        renderUnitPicker={(field) => <UnitPicker {...field} />}
      />
    </Paper>
  );
}

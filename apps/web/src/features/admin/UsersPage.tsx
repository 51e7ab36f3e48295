import { ActionIcon, Badge, Button, Group, Menu, Paper, Select, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconDots, IconKey, IconPencil, IconPlus, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { type User, UserRole } from '@vested/contracts';
import { userRoles } from '@vested/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyRow } from '../../ui/EmptyRow';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useFormat } from '../../ui/format';
import { useOptions } from '../../ui/options';
import { PageHeader } from '../../ui/PageHeader';
import { Pager } from '../../ui/Pager';
import { SortableTh } from '../../ui/SortableTh';
import { PAGE_SIZE, usersQuery } from './adminQueries';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserFormModal } from './UserFormModal';
import type { UsersSearch } from './usersSearch';

const route = getRouteApi('/app/admin/users');

export function UsersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const roles = useOptions(userRoles, 'userRole');
  const [q, setQ] = useState(search.q ?? '');
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const { data, error, isFetching } = useQuery(usersQuery(search));

  const update = (patch: Partial<UsersSearch>) =>
    navigate({ search: (prev) => ({ ...prev, page: undefined, ...patch }), replace: 'q' in patch });
  const pushQ = useDebouncedCallback((value: string) => update({ q: value.trim() || undefined }), 300);
  const sort = search.sort ?? 'name';
  const th = (field: string, label: string) => (
    <SortableTh field={field} sort={sort} onSort={(s) => update({ sort: s === 'name' ? undefined : s })}>
      {label}
    </SortableTh>
  );

  return (
    <>
      <PageHeader title={t('users.title')}>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')} data-testid="new-user">
          {t('users.new')}
        </Button>
      </PageHeader>
      <Group gap="sm" align="flex-end">
        <TextInput
          label={t('common.search')}
          placeholder={t('users.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            pushQ(e.currentTarget.value);
          }}
          w={240}
        />
        <Select
          label={t('users.fields.role')}
          placeholder={t('common.all')}
          data={roles}
          value={search.role ?? null}
          onChange={(v) => update({ role: UserRole.safeParse(v).data })}
          clearable
          w={220}
        />
      </Group>
      <ErrorAlert error={error} />
      {data && (
        <Paper withBorder radius="md" mt="md" style={{ opacity: isFetching ? 0.7 : 1 }}>
          <Table.ScrollContainer minWidth={800}>
            <Table highlightOnHover verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  {th('name', t('users.fields.name'))}
                  {th('email', t('users.fields.email'))}
                  {th('role', t('users.fields.role'))}
                  <Table.Th>{t('users.fields.locale')}</Table.Th>
                  <Table.Th>{t('users.fields.lastSignInAt')}</Table.Th>
                  <Table.Th w={60} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((u) => (
                  <Table.Tr key={u.id} data-testid="user-row">
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Text size="sm" fw={600}>
                          {u.name}
                        </Text>
                        {!u.active && (
                          <Badge size="xs" color="gray" variant="outline">
                            {t('common.inactive')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>{u.email}</Table.Td>
                    <Table.Td>{t(`userRole.${u.role}`)}</Table.Td>
                    <Table.Td>{t(`locale.${u.locale}`)}</Table.Td>
                    <Table.Td>{u.lastSignInAt ? format.dateTime(u.lastSignInAt) : t('users.never')}</Table.Td>
                    <Table.Td>
                      <Menu position="bottom-end">
                        <Menu.Target>
                          <ActionIcon variant="subtle" aria-label={t('common.actions')}>
                            <IconDots size={16} />
                          </ActionIcon>
                        </Menu.Target>
                        <Menu.Dropdown>
                          <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => setEditing(u)}>
                            {t('common.edit')}
                          </Menu.Item>
                          <Menu.Item leftSection={<IconKey size={14} />} onClick={() => setResetting(u)}>
                            {t('users.resetPassword')}
                          </Menu.Item>
                        </Menu.Dropdown>
                      </Menu>
                    </Table.Td>
                  </Table.Tr>
                ))}
                {data.items.length === 0 && <EmptyRow columns={6}>{t('users.empty')}</EmptyRow>}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {data && (
        <Pager page={data.page} pageSize={PAGE_SIZE} total={data.total} onPage={(page) => update({ page })} />
      )}
      {editing && (
        <UserFormModal user={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
      {resetting && <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />}
    </>
  );
}

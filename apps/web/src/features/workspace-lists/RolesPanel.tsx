import { ActionIcon, Badge, Button, Group, Paper, Table, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { WorkspaceRole } from '@vested/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyRow } from '../../ui/EmptyRow';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useRoleLabel } from '../accounts/team/teamQueries';
import { allRolesQuery } from './listsQueries';
import { RoleModal } from './RoleModal';

/** The roles an account team can have, in the order the Team tab offers them. */
export function RolesPanel() {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const { data, error } = useQuery(allRolesQuery);
  const [editing, setEditing] = useState<WorkspaceRole | 'new' | null>(null);
  return (
    <Paper withBorder radius="md" p="lg">
      <Group justify="space-between" mb="sm">
        <Text size="sm" c="dimmed">
          {t('workspaceLists.roles.intro')}
        </Text>
        <Button
          leftSection={<IconPlus size={16} />}
          variant="light"
          onClick={() => setEditing('new')}
          data-testid="add-role"
        >
          {t('workspaceLists.roles.add')}
        </Button>
      </Group>
      <ErrorAlert error={error} />
      <Table verticalSpacing="xs" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('workspaceLists.name')}</Table.Th>
            <Table.Th>{t('workspaceLists.roles.key')}</Table.Th>
            <Table.Th ta="right">{t('workspaceLists.roles.position')}</Table.Th>
            <Table.Th>{t('workspaceLists.status')}</Table.Th>
            <Table.Th w={60} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(data?.items ?? []).map((r) => (
            <Table.Tr key={r.key} data-testid="role-row" style={{ opacity: r.active ? 1 : 0.6 }}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {roleLabel(r.key, r.name)}
                </Text>
                {roleLabel(r.key, r.name) !== r.name && (
                  <Text size="xs" c="dimmed">
                    {r.name}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {r.key}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{r.position}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <Badge size="sm" variant="light" color={r.active ? 'teal' : 'gray'}>
                    {r.active ? t('workspaceLists.inUse') : t('workspaceLists.retired')}
                  </Badge>
                  {r.builtIn && (
                    <Tooltip label={t('workspaceLists.roles.builtInHint')}>
                      <Badge size="sm" variant="outline" color="gray">
                        {t('workspaceLists.roles.builtIn')}
                      </Badge>
                    </Tooltip>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Tooltip label={t('common.edit')}>
                  <ActionIcon
                    variant="subtle"
                    aria-label={`${t('common.edit')}: ${r.name}`}
                    onClick={() => setEditing(r)}
                  >
                    <IconPencil size={16} />
                  </ActionIcon>
                </Tooltip>
              </Table.Td>
            </Table.Tr>
          ))}
          {data && data.items.length === 0 && (
            <EmptyRow columns={5}>{t('workspaceLists.roles.empty')}</EmptyRow>
          )}
        </Table.Tbody>
      </Table>
      {editing && <RoleModal role={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Paper>
  );
}

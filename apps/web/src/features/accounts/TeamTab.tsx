import { ActionIcon, Button, Group, Paper, Table, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarOff, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AccountDetail, TeamMember } from '@vested/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../lib/api';
import { AnchorLink } from '../../ui/AnchorLink';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { EmptyRow } from '../../ui/EmptyRow';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { todayIso, useFormat } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { StaleVersionAlert } from '../../ui/StaleVersionAlert';
import { teamQuery } from './accountQueries';
import { TeamMemberModal } from './TeamMemberModal';

type Pending = { kind: 'end' | 'remove'; member: TeamMember } | null;

export function TeamTab({ account }: { account: AccountDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const { data, error, isPending } = useQuery(teamQuery(account.id));
  const [editing, setEditing] = useState<TeamMember | 'new' | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const canManage = account.permissions.manageTeam;

  const refresh = () => queryClient.invalidateQueries({ queryKey: ['accounts', 'one', account.id] });
  const act = useMutation({
    mutationFn: ({ kind, member }: NonNullable<Pending>) =>
      kind === 'end'
        ? api.patch(`/api/v1/accounts/${account.id}/team/${member.id}`, {
            version: member.version,
            to: todayIso(),
          })
        : api.delete(`/api/v1/accounts/${account.id}/team/${member.id}`),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('team.saved') });
      setPending(null);
      await refresh();
    },
  });

  if (error) return <ErrorAlert error={error} />;
  if (isPending || !data) return <Loading />;
  const current = data.items.filter((m) => m.current);
  const past = data.items.filter((m) => !m.current);

  const table = (members: TeamMember[], empty: string) => (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('team.person')}</Table.Th>
            <Table.Th>{t('team.role')}</Table.Th>
            <Table.Th>{t('team.department')}</Table.Th>
            <Table.Th>{t('team.from')}</Table.Th>
            <Table.Th>{t('team.to')}</Table.Th>
            {canManage && <Table.Th w={120}>{t('common.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((m) => (
            <Table.Tr key={m.id} data-testid="team-row">
              <Table.Td>
                <AnchorLink to="/people/$personId" params={{ personId: m.personId }}>
                  {m.personName}
                </AnchorLink>
              </Table.Td>
              <Table.Td>{t(`teamRole.${m.role}`)}</Table.Td>
              <Table.Td>{m.department ?? t('common.none')}</Table.Td>
              <Table.Td>{format.date(m.from)}</Table.Td>
              <Table.Td>{format.date(m.to)}</Table.Td>
              {canManage && (
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Tooltip label={t('common.edit')}>
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('common.edit')}
                        onClick={() => setEditing(m)}
                      >
                        <IconPencil size={16} />
                      </ActionIcon>
                    </Tooltip>
                    {m.current && (
                      <Tooltip label={t('team.end')}>
                        <ActionIcon
                          variant="subtle"
                          color="orange"
                          aria-label={t('team.end')}
                          onClick={() => setPending({ kind: 'end', member: m })}
                        >
                          <IconCalendarOff size={16} />
                        </ActionIcon>
                      </Tooltip>
                    )}
                    <Tooltip label={t('common.remove')}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('common.remove')}
                        onClick={() => setPending({ kind: 'remove', member: m })}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
          {members.length === 0 && <EmptyRow columns={canManage ? 6 : 5}>{empty}</EmptyRow>}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );

  const stale = isApiError(act.error, 409);
  return (
    <Paper withBorder p="lg" radius="md">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('team.current')}</Title>
        {canManage && (
          <Button
            leftSection={<IconPlus size={16} />}
            variant="light"
            onClick={() => setEditing('new')}
            data-testid="add-member"
          >
            {t('team.add')}
          </Button>
        )}
      </Group>
      {stale && (
        <StaleVersionAlert
          onReload={() => {
            act.reset();
            void refresh();
          }}
        />
      )}
      {table(current, t('team.empty'))}
      <Title order={4} mt="xl" mb="sm">
        {t('team.past')}
      </Title>
      {table(past, t('team.noPast'))}
      {editing && (
        <TeamMemberModal
          accountId={account.id}
          member={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmModal
        opened={pending !== null && !stale}
        onClose={() => {
          setPending(null);
          act.reset();
        }}
        title={pending?.kind === 'end' ? t('team.end') : t('common.remove')}
        confirmLabel={pending?.kind === 'end' ? t('team.end') : t('common.remove')}
        color={pending?.kind === 'end' ? 'orange' : 'red'}
        loading={act.isPending}
        error={act.error}
        onConfirm={() => pending && act.mutate(pending)}
      >
        {pending?.kind === 'end'
          ? t('team.endConfirm', { name: pending.member.personName })
          : t('team.removeConfirm', { name: pending?.member.personName ?? '' })}
      </ConfirmModal>
    </Paper>
  );
}

import { ActionIcon, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconCalendarOff, IconPencil, IconTrash } from '@tabler/icons-react';
import type { TeamMember, TeamOverview } from '@vested/contracts';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../ui/AnchorLink';
import { EmptyRow } from '../../../ui/EmptyRow';
import { useFormat } from '../../../ui/format';
import { hours } from '../../people/months';
import { useRoleLabel } from './teamQueries';

type Props = {
  members: TeamMember[];
  /** This month's load of each current member across all their accounts. */
  loads?: TeamOverview['members'];
  empty: string;
  canManage: boolean;
  onEdit: (m: TeamMember) => void;
  onEnd: (m: TeamMember) => void;
  onRemove: (m: TeamMember) => void;
};

/** Allocations on the account: who, in which role, how many hours a month, from when to when. */
export function MembersTable({ members, loads, empty, canManage, onEdit, onEnd, onRemove }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const roleLabel = useRoleLabel();
  const loadOf = new Map((loads ?? []).map((l) => [l.personId, l]));
  const columns = 6 + (loads ? 1 : 0) + (canManage ? 1 : 0);
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('team.person')}</Table.Th>
            <Table.Th>{t('team.role')}</Table.Th>
            <Table.Th ta="right">{t('team.hoursPerMonth')}</Table.Th>
            {loads && <Table.Th ta="right">{t('team.loadThisMonth')}</Table.Th>}
            <Table.Th>{t('team.department')}</Table.Th>
            <Table.Th>{t('team.from')}</Table.Th>
            <Table.Th>{t('team.to')}</Table.Th>
            {canManage && <Table.Th w={120}>{t('common.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((m) => {
            const load = loadOf.get(m.personId);
            return (
              <Table.Tr key={m.id} data-testid="team-row">
                <Table.Td>
                  <AnchorLink to="/people/$personId" params={{ personId: m.personId }}>
                    {m.personName}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>{roleLabel(m.role, m.roleName)}</Table.Td>
                <Table.Td ta="right">{hours(m.hoursPerMonth)}</Table.Td>
                {loads && (
                  <Table.Td
                    ta="right"
                    data-testid="member-load"
                    data-over={load?.overAllocated ? 'true' : 'false'}
                  >
                    {load ? (
                      <Tooltip label={load.overAllocated ? t('team.overTooltip') : t('team.loadTooltip')}>
                        <Text
                          size="sm"
                          span
                          c={load.overAllocated ? 'red' : undefined}
                          fw={load.overAllocated ? 700 : undefined}
                        >
                          {hours(load.allocatedHours)} /{' '}
                          {load.capacityHours === null ? '—' : hours(load.capacityHours)}
                        </Text>
                      </Tooltip>
                    ) : (
                      t('common.none')
                    )}
                  </Table.Td>
                )}
                <Table.Td>{m.department ?? t('common.none')}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(m.from)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(m.to)}</Table.Td>
                {canManage && (
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Tooltip label={t('common.edit')}>
                        <ActionIcon variant="subtle" aria-label={t('common.edit')} onClick={() => onEdit(m)}>
                          <IconPencil size={16} />
                        </ActionIcon>
                      </Tooltip>
                      {m.current && m.role !== 'account_manager' && (
                        <Tooltip label={t('team.end')}>
                          <ActionIcon
                            variant="subtle"
                            color="orange"
                            aria-label={t('team.end')}
                            onClick={() => onEnd(m)}
                          >
                            <IconCalendarOff size={16} />
                          </ActionIcon>
                        </Tooltip>
                      )}
                      {!(m.current && m.role === 'account_manager') && (
                        <Tooltip label={t('common.remove')}>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={t('common.remove')}
                            onClick={() => onRemove(m)}
                          >
                            <IconTrash size={16} />
                          </ActionIcon>
                        </Tooltip>
                      )}
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
          {members.length === 0 && <EmptyRow columns={columns}>{empty}</EmptyRow>}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

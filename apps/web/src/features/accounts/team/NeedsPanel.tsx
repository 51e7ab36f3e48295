import { ActionIcon, Badge, Button, Group, Paper, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconBulb, IconPencil } from '@tabler/icons-react';
import type { TeamOverview } from '@vested/contracts';
import { useTranslation } from 'react-i18next';
import { EmptyRow } from '../../../ui/EmptyRow';
import { hours } from '../../people/months';
import { useSkillLabel } from '../../people/skillLabel';
import type { SuggestFor } from './teamQueries';
import { useRoleLabel } from './teamQueries';

const roleColor = { unfilled: 'red', short: 'orange', filled: 'teal' } as const;

type Props = {
  overview: TeamOverview;
  canManage: boolean;
  onEditPlan: () => void;
  onSuggest: (ask: SuggestFor, what: string) => void;
};

/** Roles the account needs (hours a month) against the hours filled, and skills needed against the team's. */
export function NeedsPanel({ overview, canManage, onEditPlan, onSuggest }: Props) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const skillLabel = useSkillLabel();
  const suggest = (ask: SuggestFor, what: string) =>
    canManage && (
      <Tooltip label={t('team.suggest.button')}>
        <ActionIcon
          variant="subtle"
          aria-label={`${t('team.suggest.button')}: ${what}`}
          onClick={() => onSuggest(ask, what)}
          data-testid="suggest"
        >
          <IconBulb size={16} />
        </ActionIcon>
      </Tooltip>
    );
  return (
    <Paper withBorder p="lg" radius="md" h="100%" data-testid="team-needs">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('team.needs.title')}</Title>
        {canManage && (
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPencil size={14} />}
            onClick={onEditPlan}
            data-testid="edit-plan"
          >
            {t('team.needs.edit')}
          </Button>
        )}
      </Group>
      <Table.ScrollContainer minWidth={520}>
        <Table verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('team.role')}</Table.Th>
              <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                {t('team.needs.needed')}
              </Table.Th>
              <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                {t('team.needs.filled')}
              </Table.Th>
              <Table.Th>{t('team.needs.who')}</Table.Th>
              <Table.Th w={40} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {overview.roles.map((r) => {
              const label = roleLabel(r.role, r.roleName);
              return (
                <Table.Tr key={r.role} data-testid="need-role" data-status={r.status}>
                  <Table.Td>
                    <Text size="sm">{label}</Text>
                  </Table.Td>
                  <Table.Td ta="right">{hours(r.neededHours)}</Table.Td>
                  <Table.Td ta="right">
                    <Group gap={6} justify="flex-end" wrap="nowrap">
                      {r.status !== 'filled' && (
                        <Badge size="xs" color={roleColor[r.status]} variant="light">
                          {t(`team.needs.status.${r.status}`)}
                        </Badge>
                      )}
                      <Text size="sm" c={roleColor[r.status]} fw={600} span>
                        {hours(r.filledHours)}
                      </Text>
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c={r.people.length ? undefined : 'dimmed'}>
                      {r.people.map((p) => p.name).join(', ') || t('team.needs.nobody')}
                    </Text>
                  </Table.Td>
                  <Table.Td>{r.status !== 'filled' && suggest({ role: r.role }, label)}</Table.Td>
                </Table.Tr>
              );
            })}
            {overview.roles.length === 0 && <EmptyRow columns={5}>{t('team.needs.noRoles')}</EmptyRow>}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Title order={5} mt="md" mb="xs">
        {t('team.needs.skills')}
      </Title>
      {overview.skills.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('team.needs.noSkills')}
        </Text>
      ) : (
        <Group gap="xs">
          {overview.skills.map((s) => {
            const what = t('team.needs.skillAt', { skill: skillLabel(s.skillId, s.name), level: s.minLevel });
            return (
              <Group
                key={s.skillId}
                gap={2}
                wrap="nowrap"
                data-testid="need-skill"
                data-met={s.met ? 'true' : 'false'}
              >
                <Tooltip
                  label={
                    s.met
                      ? t('team.needs.skillMet', { people: s.people.map((p) => p.name).join(', ') })
                      : t('team.needs.skillMissing', { best: s.bestLevel ?? '—' })
                  }
                >
                  <Badge color={s.met ? 'teal' : 'red'} variant={s.met ? 'light' : 'outline'} tt="none">
                    {what}
                  </Badge>
                </Tooltip>
                {!s.met && suggest({ skillId: s.skillId, minLevel: s.minLevel }, what)}
              </Group>
            );
          })}
        </Group>
      )}
    </Paper>
  );
}

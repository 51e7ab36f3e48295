import { Badge, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Suggestion } from '@vested/contracts';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../ui/AnchorLink';
import { EmptyRow } from '../../../ui/EmptyRow';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { hours } from '../../people/months';
import { type SuggestFor, suggestionsQuery } from './teamQueries';

type Props = {
  accountId: string;
  ask: SuggestFor;
  /** What is asked for, in words ("Solution architect", "Kubernetes at level 3"). */
  title: string;
  onPick: (s: Suggestion, hoursToOffer: number) => void;
  onClose: () => void;
};

/**
 * People with free capacity this month (and the skills asked), ranked by the server; each with their
 * line manager, since taking someone onto the team in a matrix means asking their line manager.
 */
export function SuggestionsModal({ accountId, ask, title, onPick, onClose }: Props) {
  const { t } = useTranslation();
  const { data, error, isPending } = useQuery(suggestionsQuery(accountId, ask));
  const forRole = 'role' in ask;
  return (
    <Modal opened onClose={onClose} title={t('team.suggest.title', { what: title })} centered size="xl">
      <Stack>
        <ErrorAlert error={error} />
        {isPending && <Loading />}
        {data && (
          <>
            <Text size="sm" c="dimmed">
              {forRole ? t('team.suggest.forRole', { hours: hours(data.hours) }) : t('team.suggest.forSkill')}{' '}
              {t('team.suggest.ranking')}
            </Text>
            <Table.ScrollContainer minWidth={680}>
              <Table verticalSpacing="xs" data-testid="suggestions">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('team.person')}</Table.Th>
                    <Table.Th>{t('team.suggest.lineManager')}</Table.Th>
                    <Table.Th ta="right">{t('team.suggest.free')}</Table.Th>
                    {data.skills.length > 0 && <Table.Th>{t('team.suggest.skills')}</Table.Th>}
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((s) => (
                    <Table.Tr key={s.personId} data-testid="suggestion">
                      <Table.Td>
                        <AnchorLink to="/people/$personId" params={{ personId: s.personId }} fw={600}>
                          {s.name}
                        </AnchorLink>
                        <Text size="xs" c="dimmed">
                          {[s.title, s.department].filter(Boolean).join(' · ')}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {s.lineManager ? (
                          <Text size="sm">
                            {t('team.suggest.ask')}{' '}
                            <AnchorLink to="/people/$personId" params={{ personId: s.lineManager.personId }}>
                              {s.lineManager.name}
                            </AnchorLink>
                          </Text>
                        ) : (
                          <Text size="sm" c="dimmed">
                            {t('team.suggest.noLineManager')}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td ta="right">
                        <Text size="sm" c={s.coversHours ? 'teal' : undefined} fw={600}>
                          {hours(s.freeHours)} {t('people.hoursUnit')}
                        </Text>
                      </Table.Td>
                      {data.skills.length > 0 && (
                        <Table.Td>
                          <Group gap={4}>
                            {data.skills.map((k) => {
                              const level = s.levels[k.skillId];
                              const met = level !== undefined && level >= k.minLevel;
                              return (
                                <Badge
                                  key={k.skillId}
                                  size="sm"
                                  variant={met ? 'light' : 'outline'}
                                  color={met ? 'teal' : 'gray'}
                                  tt="none"
                                >
                                  {k.name} {level ?? '–'}/{k.minLevel}
                                </Badge>
                              );
                            })}
                          </Group>
                        </Table.Td>
                      )}
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="light"
                          onClick={() => onPick(s, forRole ? Math.min(data.hours, s.freeHours) : 0)}
                          data-testid="suggestion-add"
                        >
                          {t('team.suggest.add')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                  {data.items.length === 0 && (
                    <EmptyRow columns={data.skills.length > 0 ? 5 : 4}>{t('team.suggest.none')}</EmptyRow>
                  )}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
      </Stack>
    </Modal>
  );
}

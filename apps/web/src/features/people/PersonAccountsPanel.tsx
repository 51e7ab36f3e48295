import { Badge, Paper, Table, Text, Title, Tooltip } from '@mantine/core';
import type { PersonDetail } from '@vested/contracts';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../ui/AnchorLink';
import { EmptyRow } from '../../ui/EmptyRow';
import { todayIso, useFormat } from '../../ui/format';
import { hours } from './months';

/** Where the person works: each allocation (account, role, hours a month, from–to). */
export function PersonAccountsPanel({ person }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper withBorder p="lg" radius="md" h="100%">
      <Title order={4} mb="sm">
        {t('people.accounts')}
      </Title>
      <Table.ScrollContainer minWidth={520}>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('people.account')}</Table.Th>
              <Table.Th>{t('team.role')}</Table.Th>
              <Table.Th ta="right">{t('team.hoursPerMonth')}</Table.Th>
              <Table.Th>{t('team.period')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {person.accounts.map((a) => (
              <Table.Tr
                key={`${a.accountId}-${a.role}-${a.from}`}
                data-testid="person-account-row"
                style={{ opacity: a.current ? 1 : 0.6 }}
              >
                <Table.Td>
                  {a.view === 'full' ? (
                    <AnchorLink to="/accounts/$accountId" params={{ accountId: a.accountId }}>
                      {a.accountName}
                    </AnchorLink>
                  ) : (
                    <Tooltip label={t('people.lineView')}>
                      <Text size="sm" span>
                        {a.accountName}
                      </Text>
                    </Tooltip>
                  )}
                  {!a.current && (
                    <Badge size="xs" variant="outline" color="gray" ml={6}>
                      {a.from > todayIso() ? t('team.upcoming') : t('team.ended')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{t(`teamRole.${a.role}`, { defaultValue: a.roleName })}</Table.Td>
                <Table.Td ta="right">{hours(a.hoursPerMonth)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm" c="dimmed">
                    {format.date(a.from)} – {a.to ? format.date(a.to) : t('team.open')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
            {person.accounts.length === 0 && <EmptyRow columns={4}>{t('people.noAccounts')}</EmptyRow>}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {person.otherAccountsHours > 0 && (
        <Text size="xs" c="dimmed" mt="xs">
          {t('people.otherAccountsNow', { hours: hours(person.otherAccountsHours) })}
        </Text>
      )}
    </Paper>
  );
}

import { Badge, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { AccountDetail } from '@vested/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../ui/AnchorLink';
import { EmptyRow } from '../../ui/EmptyRow';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useFormat } from '../../ui/format';
import { SendPulsesModal } from './SendPulsesModal';
import { pulsesQuery } from './stakeholderQueries';

const stateColor = { waiting: 'blue', answered: 'teal', expired: 'gray' } as const;

/** Satisfaction pulses sent to the account's contacts, and what became of each. */
export function PulsesPanel({ account }: { account: AccountDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [sending, setSending] = useState(false);
  const { data, error } = useQuery(pulsesQuery(account.id));

  return (
    <Paper withBorder p="lg" radius="md">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('pulses.title')}</Title>
        {account.permissions.update && (
          <Button
            leftSection={<IconSend size={16} />}
            variant="light"
            onClick={() => setSending(true)}
            data-testid="new-pulses"
          >
            {t('pulses.sendTitle')}
          </Button>
        )}
      </Group>
      <ErrorAlert error={error} />
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="xs" data-testid="pulses-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('pulses.contact')}</Table.Th>
              <Table.Th>{t('pulses.state')}</Table.Th>
              <Table.Th>{t('pulses.sentAt')}</Table.Th>
              <Table.Th>{t('pulses.expiresAt')}</Table.Th>
              <Table.Th>{t('pulses.answers')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data?.items.map((p) => (
              <Table.Tr key={p.id} data-testid="pulse-row">
                <Table.Td>
                  <AnchorLink
                    to="/accounts/$accountId/contacts/$contactId"
                    params={{ accountId: account.id, contactId: p.contactId }}
                  >
                    {p.contactName}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>
                  <Badge color={stateColor[p.state]} variant="light" data-testid="pulse-state">
                    {t(`pulseState.${p.state}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{format.dateTime(p.createdAt)}</Text>
                  {p.sentByName && (
                    <Text size="xs" c="dimmed">
                      {p.sentByName}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {p.state === 'answered' ? format.dateTime(p.usedAt) : format.dateTime(p.expiresAt)}
                </Table.Td>
                <Table.Td>
                  {p.state === 'answered'
                    ? t('pulses.answerSummary', { nps: p.npsAnswer ?? '—', csat: p.csatAnswer ?? '—' })
                    : t('common.none')}
                </Table.Td>
              </Table.Tr>
            ))}
            {data && data.items.length === 0 && <EmptyRow columns={5}>{t('pulses.empty')}</EmptyRow>}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {sending && <SendPulsesModal accountId={account.id} onClose={() => setSending(false)} />}
    </Paper>
  );
}

import { Badge, Button, Group, Paper, Table, Text } from '@mantine/core';
import { IconArrowRight, IconStairsUp, IconStar } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { AccountDecision, AccountDetail } from '@vested/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyRow } from '../../ui/EmptyRow';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useFormat } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { decisionsQuery } from './accountQueries';
import { DecisionModal } from './DecisionModal';

export function DecisionsTab({ account }: { account: AccountDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, error, isPending } = useQuery(decisionsQuery(account.id));
  const [modal, setModal] = useState<'tier' | 'phase' | null>(null);

  const label = (d: AccountDecision, value: string | null) =>
    value === null ? t('common.none') : d.kind === 'tier' ? t(`tier.${value}`) : t(`phase.${value}`);

  return (
    <Paper withBorder p="lg" radius="md">
      <Group justify="flex-end" mb="sm" gap="sm">
        {account.permissions.decideTier && (
          <Button
            variant="light"
            leftSection={<IconStar size={16} />}
            onClick={() => setModal('tier')}
            data-testid="decide-tier"
          >
            {t('decisions.decideTier')}
          </Button>
        )}
        {account.permissions.changePhase && (
          <Button
            variant="light"
            leftSection={<IconStairsUp size={16} />}
            onClick={() => setModal('phase')}
            data-testid="change-phase"
          >
            {t('decisions.changePhase')}
          </Button>
        )}
      </Group>
      <ErrorAlert error={error} />
      {isPending && <Loading />}
      {data && (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('decisions.when')}</Table.Th>
                <Table.Th>{t('decisions.change')}</Table.Th>
                <Table.Th>{t('decisions.reason')}</Table.Th>
                <Table.Th>{t('decisions.who')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((d) => (
                <Table.Tr key={d.id} data-testid="decision-row">
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(d.decidedAt)}</Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Badge variant="light" color={d.kind === 'tier' ? 'orange' : 'indigo'}>
                        {d.kind === 'tier' ? t('decisions.kindTier') : t('decisions.kindPhase')}
                      </Badge>
                      <Text size="sm">{label(d, d.from)}</Text>
                      <IconArrowRight size={14} />
                      <Text size="sm" fw={600}>
                        {label(d, d.to)}
                      </Text>
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {d.reason}
                    </Text>
                  </Table.Td>
                  <Table.Td>{d.decidedByName ?? t('history.system')}</Table.Td>
                </Table.Tr>
              ))}
              {data.items.length === 0 && <EmptyRow columns={4}>{t('decisions.empty')}</EmptyRow>}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {modal && <DecisionModal account={account} kind={modal} onClose={() => setModal(null)} />}
    </Paper>
  );
}

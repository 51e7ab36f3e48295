import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type ManagerRequest, ManagerRequestPage } from '@vested/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api';
import { AnchorLink } from '../../../ui/AnchorLink';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useFormat } from '../../../ui/format';
import { DecideRequestModal } from './DecideRequestModal';

const pendingQuery = {
  queryKey: ['manager-requests', 'pending'],
  queryFn: () =>
    api.get('/api/v1/manager-requests', {
      query: { status: 'pending', pageSize: 50 },
      schema: ManagerRequestPage,
    }),
};

/** The director's inbox: requests for a new account manager waiting for a decision, oldest first. */
export function PendingRequestsCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, error } = useQuery(pendingQuery);
  const [deciding, setDeciding] = useState<{
    request: ManagerRequest;
    decision: 'approve' | 'reject';
  } | null>(null);
  if (error) return <ErrorAlert error={error} />;
  if (!data || data.items.length === 0) return null;
  const items = [...data.items].reverse();
  return (
    <Paper withBorder p="lg" radius="md" mb="lg" data-testid="pending-requests">
      <Group gap="xs" mb="sm">
        <Title order={4}>{t('team.manager.inbox')}</Title>
        <Badge color="yellow">{data.total}</Badge>
      </Group>
      <Stack gap="sm">
        {items.map((r) => (
          <Group key={r.id} justify="space-between" wrap="nowrap" data-testid="pending-request-row">
            <div>
              <Text size="sm">
                <AnchorLink
                  to="/accounts/$accountId"
                  params={{ accountId: r.accountId }}
                  search={{ tab: 'team' }}
                  fw={600}
                >
                  {r.accountName}
                </AnchorLink>
                {': '}
                {t('team.manager.inboxLine', {
                  from: r.previousPersonName ?? t('team.manager.nobody'),
                  to: r.personName,
                })}
              </Text>
              <Text size="xs" c="dimmed">
                {t('team.manager.askedBy', {
                  who: r.requestedByName ?? t('history.system'),
                  when: format.date(r.requestedAt),
                })}
                {r.note ? ` — “${r.note}”` : ''}
              </Text>
            </div>
            <Group gap="xs" wrap="nowrap">
              <Button size="xs" color="teal" onClick={() => setDeciding({ request: r, decision: 'approve' })}>
                {t('team.manager.approve')}
              </Button>
              <Button
                size="xs"
                color="red"
                variant="light"
                onClick={() => setDeciding({ request: r, decision: 'reject' })}
              >
                {t('team.manager.reject')}
              </Button>
            </Group>
          </Group>
        ))}
      </Stack>
      {deciding && <DecideRequestModal {...deciding} onClose={() => setDeciding(null)} />}
    </Paper>
  );
}

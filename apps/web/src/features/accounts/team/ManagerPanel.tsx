import {
  Alert,
  Badge,
  Button,
  Divider,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUserCheck, IconUserQuestion } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { AccountDetail, ManagerRequest, TeamOverview } from '@vested/contracts';
import { canOnWorkspace } from '@vested/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api';
import { useMe } from '../../../lib/me';
import { AnchorLink } from '../../../ui/AnchorLink';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useFormat } from '../../../ui/format';
import { DecideRequestModal } from './DecideRequestModal';
import { ManagerRequestModal } from './ManagerRequestModal';
import { managerRequestsQuery, useTeamRefresh } from './teamQueries';

const statusColor = { pending: 'yellow', approved: 'teal', rejected: 'red', withdrawn: 'gray' } as const;

/** `history` is undefined while the team's overview is still on its way. */
type Props = { account: AccountDetail; history: TeamOverview['managerHistory'] | undefined };

/**
 * The account manager: who holds the role now, the request waiting for a director (approve or reject
 * here), who held it before, and how each request ended.
 */
export function ManagerPanel({ account, history }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const requests = useQuery(managerRequestsQuery(account.id));
  const [asking, setAsking] = useState(false);
  const [withdrawing, setWithdrawing] = useState<ManagerRequest | null>(null);
  const refresh = useTeamRefresh(account.id);
  const withdraw = useMutation({
    mutationFn: (r: ManagerRequest) =>
      api.post(`/api/v1/manager-requests/${r.id}/withdraw`, { version: r.version }),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('team.manager.withdrawn') });
      setWithdrawing(null);
      await refresh();
    },
  });
  const [deciding, setDeciding] = useState<{
    request: ManagerRequest;
    decision: 'approve' | 'reject';
  } | null>(null);
  const director = canOnWorkspace({ userId: me.id, role: me.role, personId: me.personId }, 'approveManager');
  // Asking is for those who lead the account (its AM) and directors: the same people who manage the team.
  const mayAsk = account.permissions.manageTeam;
  const pending = requests.data?.items.find((r) => r.status === 'pending');
  const decided = (requests.data?.items ?? []).filter((r) => r.status !== 'pending');
  const stints = [...(history ?? [])].sort((a, b) => (a.from < b.from ? 1 : -1));

  return (
    <Paper withBorder p="lg" radius="md" h="100%" data-testid="manager-panel">
      <Title order={4} mb="sm">
        {t('team.manager.title')}
      </Title>
      <Group gap="xs" mb="sm">
        <IconUserCheck size={18} />
        {account.managerPersonId && account.managerName ? (
          <AnchorLink
            to="/people/$personId"
            params={{ personId: account.managerPersonId }}
            fw={600}
            data-testid="current-manager"
          >
            {account.managerName}
          </AnchorLink>
        ) : (
          <Text c="dimmed" data-testid="current-manager">
            {t('team.manager.none')}
          </Text>
        )}
      </Group>
      <ErrorAlert error={requests.error} />
      {pending ? (
        <Alert
          color="yellow"
          icon={<IconUserQuestion size={18} />}
          title={t('team.manager.pendingTitle')}
          data-testid="pending-request"
        >
          <Stack gap={6}>
            <Text size="sm">
              {t('team.manager.pendingText', {
                person: pending.personName,
                who: pending.requestedByName ?? t('history.system'),
                when: format.dateTime(pending.requestedAt),
              })}
            </Text>
            {pending.note && (
              <Text size="sm" fs="italic">
                “{pending.note}”
              </Text>
            )}
            {director ? (
              <Group gap="xs">
                <Button
                  size="xs"
                  color="teal"
                  onClick={() => setDeciding({ request: pending, decision: 'approve' })}
                  data-testid="approve-request"
                >
                  {t('team.manager.approve')}
                </Button>
                <Button
                  size="xs"
                  color="red"
                  variant="light"
                  onClick={() => setDeciding({ request: pending, decision: 'reject' })}
                  data-testid="reject-request"
                >
                  {t('team.manager.reject')}
                </Button>
              </Group>
            ) : (
              <Text size="xs" c="dimmed">
                {t('team.manager.waiting')}
              </Text>
            )}
            {(director || pending.requestedByName === me.name) && (
              <Group>
                <Button
                  size="xs"
                  variant="subtle"
                  color="gray"
                  onClick={() => setWithdrawing(pending)}
                  data-testid="withdraw-request"
                >
                  {t('team.manager.withdraw')}
                </Button>
              </Group>
            )}
          </Stack>
        </Alert>
      ) : (
        mayAsk && (
          <Button variant="light" size="xs" onClick={() => setAsking(true)} data-testid="request-manager">
            {t('team.manager.request')}
          </Button>
        )
      )}
      <Divider my="md" label={t('team.manager.history')} labelPosition="left" />
      {history === undefined ? (
        <Loader size="sm" />
      ) : stints.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('team.manager.noHistory')}
        </Text>
      ) : (
        <Timeline bulletSize={12} lineWidth={2} active={0} data-testid="manager-history">
          {stints.map((s) => (
            <Timeline.Item key={s.memberId} title={s.name}>
              <Text size="xs" c="dimmed">
                {format.date(s.from)} – {s.to ? format.date(s.to) : t('team.manager.now')}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      {decided.length > 0 && (
        <>
          <Divider my="md" label={t('team.manager.requests')} labelPosition="left" />
          <Stack gap="sm" data-testid="manager-requests">
            {decided.map((r) => (
              <Stack key={r.id} gap={2} data-testid="manager-request">
                <Group gap={6}>
                  <Badge size="xs" color={statusColor[r.status]}>
                    {t(`team.manager.status.${r.status}`)}
                  </Badge>
                  <Text size="sm" fw={500}>
                    {r.personName}
                  </Text>
                </Group>
                <Text size="xs" c="dimmed">
                  {t('team.manager.askedBy', {
                    who: r.requestedByName ?? t('history.system'),
                    when: format.date(r.requestedAt),
                  })}
                  {r.note ? ` — “${r.note}”` : ''}
                </Text>
                {r.decidedAt && (
                  <Text size="xs" c="dimmed">
                    {t('team.manager.decidedBy', {
                      who: r.decidedByName ?? t('history.system'),
                      when: format.date(r.decidedAt),
                    })}
                    {r.decisionReason ? ` — “${r.decisionReason}”` : ''}
                  </Text>
                )}
              </Stack>
            ))}
          </Stack>
        </>
      )}
      {asking && (
        <ManagerRequestModal
          accountId={account.id}
          accountName={account.name}
          currentManagerId={account.managerPersonId}
          onClose={() => setAsking(false)}
        />
      )}
      <ConfirmModal
        opened={withdrawing !== null}
        onClose={() => {
          setWithdrawing(null);
          withdraw.reset();
        }}
        title={t('team.manager.withdrawTitle')}
        confirmLabel={t('team.manager.withdraw')}
        color="orange"
        loading={withdraw.isPending}
        error={withdraw.error}
        onConfirm={() => withdrawing && withdraw.mutate(withdrawing)}
      >
        {t('team.manager.withdrawConfirm', { person: withdrawing?.personName ?? '' })}
      </ConfirmModal>
      {deciding && <DecideRequestModal {...deciding} onClose={() => setDeciding(null)} />}
    </Paper>
  );
}

import { Button, Grid, Group, Paper, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { AccountDetail, TeamMember } from '@vested/contracts';
import { canOnWorkspace } from '@vested/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../lib/api';
import { useMe } from '../../lib/me';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { todayIso } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { StaleVersionAlert } from '../../ui/StaleVersionAlert';
import { teamQuery } from './accountQueries';
import { type MemberPrefill, TeamMemberModal } from './TeamMemberModal';
import { ManagerPanel } from './team/ManagerPanel';
import { MembersTable } from './team/MembersTable';
import { NeedsPanel } from './team/NeedsPanel';
import { PlanModal } from './team/PlanModal';
import { SuggestionsModal } from './team/SuggestionsModal';
import { type SuggestFor, teamOverviewQuery, teamPlanQuery, useTeamRefresh } from './team/teamQueries';
import { WarningsPanel } from './team/WarningsPanel';

type Pending = { kind: 'end' | 'remove'; member: TeamMember } | null;
type Editing = { member: TeamMember | null; prefill?: MemberPrefill } | null;

/**
 * The account team (PRODUCT.md idea 9): what the account needs against who fills it, the warnings and
 * suggestions that follow, the account manager and the procedure that changes them, and every allocation.
 */
export function TeamTab({ account }: { account: AccountDetail }) {
  const { t } = useTranslation();
  const me = useMe();
  const team = useQuery(teamQuery(account.id));
  const overview = useQuery(teamOverviewQuery(account.id));
  const plan = useQuery(teamPlanQuery(account.id));
  const refresh = useTeamRefresh(account.id);
  const [editing, setEditing] = useState<Editing>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [planOpen, setPlanOpen] = useState(false);
  const [asking, setAsking] = useState<{ ask: SuggestFor; what: string } | null>(null);
  const canManage = account.permissions.manageTeam;
  const director = canOnWorkspace({ userId: me.id, role: me.role, personId: me.personId }, 'assignManager');

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

  // Each part shows as soon as its own read is in: the overview (warnings, needs, loads) costs the most.
  const error = team.error ?? overview.error;
  const current = team.data?.items.filter((m) => m.current) ?? [];
  const past = team.data?.items.filter((m) => !m.current) ?? [];
  const stale = isApiError(act.error, 409) && act.error.code === 'stale_version';
  const suggest = (ask: SuggestFor, what: string) => setAsking({ ask, what });

  return (
    <Stack gap="lg">
      <ErrorAlert error={error} />
      {overview.data && (
        <WarningsPanel warnings={overview.data.warnings} canManage={canManage} onSuggest={suggest} />
      )}
      <Grid>
        <Grid.Col span={{ base: 12, md: 8 }}>
          {overview.data ? (
            <NeedsPanel
              overview={overview.data}
              canManage={canManage && !!plan.data}
              onEditPlan={() => setPlanOpen(true)}
              onSuggest={suggest}
            />
          ) : (
            <Paper withBorder p="lg" radius="md" h="100%">
              <Loading />
            </Paper>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <ManagerPanel account={account} history={overview.data?.managerHistory} />
        </Grid.Col>
      </Grid>
      <Paper withBorder p="lg" radius="md">
        <Group justify="space-between" mb="sm">
          <Title order={4}>{t('team.current')}</Title>
          {canManage && (
            <Button
              leftSection={<IconPlus size={16} />}
              variant="light"
              onClick={() => setEditing({ member: null })}
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
              setPending(null);
              void refresh();
            }}
          />
        )}
        {!team.data && <Loading />}
        <MembersTable
          members={current}
          loads={overview.data?.members ?? []}
          empty={t('team.empty')}
          canManage={canManage}
          onEdit={(member) => setEditing({ member })}
          onEnd={(member) => setPending({ kind: 'end', member })}
          onRemove={(member) => setPending({ kind: 'remove', member })}
        />
        <Title order={4} mt="xl" mb="sm">
          {t('team.past')}
        </Title>
        <MembersTable
          members={past}
          empty={t('team.noPast')}
          canManage={canManage}
          onEdit={(member) => setEditing({ member })}
          onEnd={(member) => setPending({ kind: 'end', member })}
          onRemove={(member) => setPending({ kind: 'remove', member })}
        />
      </Paper>
      {editing && (
        <TeamMemberModal
          accountId={account.id}
          member={editing.member}
          prefill={editing.prefill}
          mayRecordPastManager={director}
          onClose={() => setEditing(null)}
        />
      )}
      {planOpen && plan.data && (
        <PlanModal accountId={account.id} plan={plan.data} onClose={() => setPlanOpen(false)} />
      )}
      {asking && (
        <SuggestionsModal
          accountId={account.id}
          ask={asking.ask}
          title={asking.what}
          onClose={() => setAsking(null)}
          onPick={(s, hours) => {
            const role = 'role' in asking.ask ? asking.ask.role : undefined;
            setAsking(null);
            setEditing({
              member: null,
              prefill: { personId: s.personId, personName: s.name, role, hoursPerMonth: hours || undefined },
            });
          }}
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
    </Stack>
  );
}

import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AccountDetail, Conflict } from '@vested/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { ConflictModal } from './ConflictModal';
import { conflictsQuery, mapKey, orgChartQuery } from './stakeholderQueries';

const statusColor = { open: 'orange', resolved: 'teal', abandoned: 'gray' } as const;

function Block({ label, children }: { label: string; children: string | null }) {
  if (!children) return null;
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {children}
      </Text>
    </div>
  );
}

/** Conflicts of interest between the client's people, and how each was resolved. */
export function ConflictsPanel({ account }: { account: AccountDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { data, error, isPending } = useQuery(conflictsQuery(account.id));
  const chart = useQuery(orgChartQuery(account.id));
  const [editing, setEditing] = useState<Conflict | 'new' | null>(null);
  const [removing, setRemoving] = useState<Conflict | null>(null);
  const canEdit = account.permissions.update;
  const names = new Map((chart.data?.nodes ?? []).map((n) => [n.id, n.name]));

  const remove = useMutation({
    mutationFn: (c: Conflict) => api.delete(`/api/v1/accounts/${account.id}/conflicts/${c.id}`),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('conflicts.removed') });
      setRemoving(null);
      await queryClient.invalidateQueries({ queryKey: mapKey(account.id) });
    },
  });

  return (
    <Paper withBorder p="lg" radius="md">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('conflicts.title')}</Title>
        {canEdit && (
          <Button
            leftSection={<IconPlus size={16} />}
            variant="light"
            onClick={() => setEditing('new')}
            data-testid="new-conflict"
          >
            {t('conflicts.new')}
          </Button>
        )}
      </Group>
      {error && <ErrorAlert error={error} />}
      {isPending && <Loading />}
      {data?.items.length === 0 && (
        <Text c="dimmed" size="sm" ta="center" py="md" data-testid="conflicts-empty">
          {t('conflicts.empty')}
        </Text>
      )}
      <Stack>
        {data?.items.map((c) => (
          <Paper key={c.id} withBorder p="md" radius="md" data-testid="conflict-card">
            <Group justify="space-between" wrap="nowrap" mb="xs">
              <Group gap="sm">
                <Text fw={700}>{c.title}</Text>
                <Badge color={statusColor[c.status]} variant="light">
                  {t(`conflictStatus.${c.status}`)}
                </Badge>
              </Group>
              {canEdit && (
                <Group gap={4} wrap="nowrap">
                  <Tooltip label={t('common.edit')}>
                    <ActionIcon variant="subtle" aria-label={t('common.edit')} onClick={() => setEditing(c)}>
                      <IconPencil size={16} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={t('common.remove')}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('common.remove')}
                      onClick={() => setRemoving(c)}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              )}
            </Group>
            <SimpleGrid cols={{ base: 1, sm: Math.min(c.sides.length, 3) }} spacing="sm" mb="sm">
              {c.sides.map((side, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: sides have no id
                <Paper key={i} bg="gray.0" p="sm" radius="md">
                  <Text size="xs" fw={700} c="dimmed" tt="uppercase">
                    {side.contactIds.map((id) => names.get(id) ?? '…').join(', ')}
                  </Text>
                  <Text size="sm">{side.wants}</Text>
                </Paper>
              ))}
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <Block label={t('conflicts.fields.meaningForUs')}>{c.meaningForUs}</Block>
              <Block label={t('conflicts.fields.resolution')}>{c.resolution}</Block>
              <Block label={t('conflicts.fields.outcome')}>{c.outcome}</Block>
            </SimpleGrid>
          </Paper>
        ))}
      </Stack>
      {editing && (
        <ConflictModal
          accountId={account.id}
          conflict={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmModal
        opened={removing !== null}
        onClose={() => {
          setRemoving(null);
          remove.reset();
        }}
        title={t('common.remove')}
        confirmLabel={t('common.remove')}
        color="red"
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => removing && remove.mutate(removing)}
      >
        {t('conflicts.removeConfirm', { title: removing?.title ?? '' })}
      </ConfirmModal>
    </Paper>
  );
}

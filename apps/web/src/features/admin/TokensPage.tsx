import { Badge, Button, Paper, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiToken } from '@vested/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { EmptyRow } from '../../ui/EmptyRow';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useFormat } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { tokensQuery } from './adminQueries';
import { CreateTokenModal } from './CreateTokenModal';

export function TokensPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const { data, error, isPending } = useQuery(tokensQuery);
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);

  const revoke = useMutation({
    mutationFn: (token: ApiToken) => api.post(`/api/v1/admin/tokens/${token.id}/revoke`),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('tokens.revokedDone') });
      setRevoking(null);
      await queryClient.invalidateQueries({ queryKey: tokensQuery.queryKey });
    },
  });

  return (
    <>
      <PageHeader title={t('tokens.title')}>
        <Button
          leftSection={<IconPlus size={16} />}
          onClick={() => setCreating(true)}
          data-testid="new-token"
        >
          {t('tokens.new')}
        </Button>
      </PageHeader>
      <Text c="dimmed" size="sm" mb="md">
        {t('tokens.intro')}
      </Text>
      <ErrorAlert error={error} />
      {isPending && <Loading />}
      {data && (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={800}>
            <Table verticalSpacing="sm" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('tokens.name')}</Table.Th>
                  <Table.Th>{t('tokens.prefix')}</Table.Th>
                  <Table.Th>{t('tokens.user')}</Table.Th>
                  <Table.Th>{t('tokens.createdAt')}</Table.Th>
                  <Table.Th>{t('tokens.lastUsedAt')}</Table.Th>
                  <Table.Th>{t('tokens.state')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((token) => (
                  <Table.Tr key={token.id} data-testid="token-row">
                    <Table.Td fw={600}>{token.name}</Table.Td>
                    <Table.Td>
                      <Text ff="monospace" size="sm">
                        {token.prefix}…
                      </Text>
                    </Table.Td>
                    <Table.Td>{token.userName}</Table.Td>
                    <Table.Td>{format.dateTime(token.createdAt)}</Table.Td>
                    <Table.Td>
                      {token.lastUsedAt ? format.dateTime(token.lastUsedAt) : t('users.never')}
                    </Table.Td>
                    <Table.Td>
                      {token.revokedAt ? (
                        <Badge color="gray">{t('tokens.revoked')}</Badge>
                      ) : (
                        <Badge color="teal" variant="light">
                          {t('tokens.valid')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {!token.revokedAt && (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          onClick={() => {
                            revoke.reset();
                            setRevoking(token);
                          }}
                        >
                          {t('tokens.revoke')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
                {data.items.length === 0 && <EmptyRow columns={7}>{t('tokens.empty')}</EmptyRow>}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {creating && <CreateTokenModal onClose={() => setCreating(false)} />}
      <ConfirmModal
        opened={revoking !== null}
        onClose={() => setRevoking(null)}
        title={t('tokens.revoke')}
        confirmLabel={t('tokens.revoke')}
        color="red"
        loading={revoke.isPending}
        error={revoke.error}
        onConfirm={() => revoking && revoke.mutate(revoking)}
      >
        {t('tokens.revokeConfirm', { name: revoking?.name ?? '' })}
      </ConfirmModal>
    </>
  );
}

import { Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconArrowBackUp, IconChevronLeft } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { AccountDetail } from '@vested/contracts';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../lib/api';
import { ObjectiveBadge, PhaseBadge, StatusBadge, TierBadge } from '../../ui/AccountBadges';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { StaleVersionAlert } from '../../ui/StaleVersionAlert';

export function AccountHeader({ account }: { account: AccountDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirmOpen, confirm] = useDisclosure();
  const archived = account.archivedAt !== null;

  const toggle = useMutation({
    mutationFn: () =>
      api.post(`/api/v1/accounts/${account.id}/${archived ? 'restore' : 'archive'}`, {
        version: account.version,
      }),
    onSuccess: async () => {
      notifications.show({
        color: 'teal',
        message: archived ? t('accounts.restoredDone') : t('accounts.archivedDone'),
      });
      confirm.close();
      await queryClient.invalidateQueries({ queryKey: ['accounts'] });
    },
    onError: (error) => {
      if (isApiError(error, 409)) confirm.close();
    },
  });
  const stale = isApiError(toggle.error, 409);

  return (
    <Stack gap={6} mb="lg">
      <Anchor component={Link} to="/accounts" size="sm" c="dimmed">
        <Group gap={4}>
          <IconChevronLeft size={14} />
          {t('nav.accounts')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={8}>
          <Group gap="sm">
            <Title order={2} data-testid="account-name">
              {account.name}
            </Title>
            {archived && (
              <Badge color="gray" variant="filled" data-testid="account-archived">
                {t('accounts.archived')}
              </Badge>
            )}
          </Group>
          <Group gap="xs">
            <ObjectiveBadge value={account.objective} />
            <TierBadge value={account.tier} />
            <PhaseBadge value={account.phase} />
            <StatusBadge value={account.status} />
            {account.managerName && (
              <Text size="sm" c="dimmed">
                {t('accounts.fields.manager')}: {account.managerName}
              </Text>
            )}
          </Group>
        </Stack>
        {account.permissions.archive && (
          <Button
            variant="default"
            leftSection={archived ? <IconArrowBackUp size={16} /> : <IconArchive size={16} />}
            onClick={() => {
              toggle.reset();
              confirm.open();
            }}
            data-testid={archived ? 'restore-account' : 'archive-account'}
          >
            {archived ? t('accounts.restore') : t('accounts.archive')}
          </Button>
        )}
      </Group>
      <ConfirmModal
        opened={confirmOpen}
        onClose={confirm.close}
        title={archived ? t('accounts.restore') : t('accounts.archive')}
        confirmLabel={archived ? t('accounts.restore') : t('accounts.archive')}
        color={archived ? undefined : 'red'}
        loading={toggle.isPending}
        error={stale ? undefined : toggle.error}
        onConfirm={() => toggle.mutate()}
      >
        {archived
          ? t('accounts.restoreConfirm', { name: account.name })
          : t('accounts.archiveConfirm', { name: account.name })}
      </ConfirmModal>
      {stale && (
        <StaleVersionAlert
          kind="account"
          onReload={() => {
            toggle.reset();
            confirm.close();
            void queryClient.invalidateQueries({ queryKey: ['accounts', 'one', account.id] });
          }}
        />
      )}
    </Stack>
  );
}

import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import type { AccountDetail } from '@vested/contracts';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../ui/AnchorLink';
import { useFormat } from '../../ui/format';
import { AccountEditForm } from './AccountEditForm';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

export function OverviewTab({ account }: { account: AccountDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  const none = <Text c="dimmed">{t('common.none')}</Text>;

  if (editing) return <AccountEditForm account={account} onDone={() => setEditing(false)} />;

  return (
    <Paper withBorder p="lg" radius="md">
      <Group justify="flex-end" mb="sm">
        {account.permissions.update && (
          <Button
            variant="light"
            leftSection={<IconPencil size={16} />}
            onClick={() => setEditing(true)}
            data-testid="edit-account"
          >
            {t('common.edit')}
          </Button>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="lg">
        <Field label={t('accounts.fields.name')}>{account.name}</Field>
        <Field label={t('accounts.fields.objective')}>
          <Text>{t(`objective.${account.objective}`)}</Text>
          <Text size="xs" c="dimmed">
            {t(`objectiveHint.${account.objective}`)}
          </Text>
        </Field>
        <Field label={t('accounts.fields.status')}>{t(`status.${account.status}`)}</Field>
        <Field label={t('accounts.fields.manager')}>
          {account.managerPersonId && account.managerName ? (
            <AnchorLink to="/people/$personId" params={{ personId: account.managerPersonId }}>
              {account.managerName}
            </AnchorLink>
          ) : (
            none
          )}
        </Field>
        <Field label={t('accounts.fields.industry')}>{account.industry ?? none}</Field>
        <Field label={t('accounts.fields.country')}>{account.country ?? none}</Field>
        <Field label={t('accounts.fields.website')}>
          {account.website ? (
            <Anchor href={account.website} target="_blank" rel="noopener noreferrer">
              {account.website}
            </Anchor>
          ) : (
            none
          )}
        </Field>
        <Field label={t('accounts.fields.sizeBand')}>
          {account.sizeBand ? t(`sizeBand.${account.sizeBand}`) : none}
        </Field>
        <Field label={t('accounts.fields.startedOn')}>{format.date(account.startedOn)}</Field>
        <Field label={t('accounts.fields.tags')}>
          {account.tags.length > 0 ? (
            <Group gap={4}>
              {account.tags.map((tag) => (
                <Badge key={tag} variant="outline" color="gray" tt="none">
                  {tag}
                </Badge>
              ))}
            </Group>
          ) : (
            none
          )}
        </Field>
        <Field label={t('accounts.fields.createdAt')}>{format.dateTime(account.createdAt)}</Field>
        <Field label={t('accounts.fields.updatedAt')}>{format.dateTime(account.updatedAt)}</Field>
      </SimpleGrid>
    </Paper>
  );
}

import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil } from '@tabler/icons-react';
import { type AccountDetail, UpdateAccountBody } from '@vested/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMessage } from '../../i18n';
import { isApiError } from '../../lib/api';
import { isFieldError, zodFieldErrors } from '../../lib/forms';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { StaleVersionAlert } from '../../ui/StaleVersionAlert';
import { useAccountPatch, useReloadAccount } from './useAccountPatch';

export function BusinessNotesTab({ account }: { account: AccountDetail }) {
  const { t } = useTranslation();
  const message = useMessage();
  const [editing, setEditing] = useState<{ version: number; text: string } | null>(null);
  const [error, setError] = useState<string | undefined>();
  const reload = useReloadAccount(account.id);
  const save = useAccountPatch(account.id, () => {
    notifications.show({ color: 'teal', message: t('common.saved') });
    setEditing(null);
  });

  if (!editing) {
    return (
      <Paper withBorder p="lg" radius="md">
        <Group justify="space-between" mb="sm" align="flex-start">
          <Text size="xs" c="dimmed">
            {t('accounts.fields.businessNotes')}
          </Text>
          {account.permissions.update && (
            <Button
              variant="light"
              leftSection={<IconPencil size={16} />}
              onClick={() => {
                save.reset();
                setError(undefined);
                setEditing({ version: account.version, text: account.businessNotes ?? '' });
              }}
              data-testid="edit-notes"
            >
              {t('common.edit')}
            </Button>
          )}
        </Group>
        {account.businessNotes ? (
          <Text
            component="div"
            style={{ whiteSpace: 'pre-wrap', lineHeight: 1.6 }}
            data-testid="business-notes"
          >
            {account.businessNotes}
          </Text>
        ) : (
          <Text c="dimmed">{t('accounts.notesEmpty')}</Text>
        )}
      </Paper>
    );
  }

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const body = { businessNotes: editing.text, version: editing.version };
    const parsed = UpdateAccountBody.safeParse(body);
    if (!parsed.success) return setError(zodFieldErrors(parsed.error).businessNotes);
    save.mutate(body, { onError: (e) => setError(isApiError(e, 400) ? e.fields?.businessNotes : undefined) });
  };

  const onReload = async () => {
    const fresh = await reload();
    save.reset();
    setEditing({ version: fresh.version, text: fresh.businessNotes ?? '' });
  };

  const stale = isApiError(save.error, 409);
  return (
    <Paper withBorder p="lg" radius="md">
      <form onSubmit={submit} noValidate>
        <Stack>
          {stale && <StaleVersionAlert kind="account" onReload={() => void onReload()} />}
          <Textarea
            label={t('accounts.fields.businessNotes')}
            description={t('accounts.notesHint')}
            value={editing.text}
            onChange={(e) => {
              const text = e.currentTarget.value;
              setEditing((prev) => (prev ? { ...prev, text } : prev));
            }}
            error={message(error)}
            autosize
            minRows={10}
            maxRows={30}
            data-autofocus
            autoFocus
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          />
          {save.error && !stale && !isFieldError(save.error) && <ErrorAlert error={save.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setEditing(null)}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={stale}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

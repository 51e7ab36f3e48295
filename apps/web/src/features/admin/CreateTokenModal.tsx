import { Alert, Button, Code, CopyButton, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { CreatedToken, CreateTokenBody } from '@vested/contracts';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useMessage } from '../../i18n';
import { api } from '../../lib/api';
import {
  applyServerFieldErrors,
  focusFirstError,
  isFieldError,
  useFormState,
  zodFieldErrors,
} from '../../lib/forms';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { tokensQuery, usersQuery } from './adminQueries';

/** Create a token; its secret is shown once, here, with a copy button. */
export function CreateTokenModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const message = useMessage();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormState({ name: '', userId: null as string | null });
  const users = useQuery({ ...usersQuery({}), select: (page) => page.items.filter((u) => u.active) });

  const create = useMutation({
    mutationFn: (body: { name: string; userId?: string }) =>
      api.post('/api/v1/admin/tokens', body, { schema: CreatedToken }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensQuery.queryKey }),
    onError: (error) => applyServerFieldErrors(error, form.setErrors, formRef.current),
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const body = { name: form.values.name, userId: form.values.userId ?? undefined };
    const parsed = CreateTokenBody.safeParse(body);
    if (!parsed.success) {
      form.setErrors(zodFieldErrors(parsed.error));
      focusFirstError(formRef.current);
      return;
    }
    create.mutate(body);
  };

  const created = create.data;
  if (created) {
    return (
      <Modal opened onClose={onClose} title={t('tokens.secretTitle')} size="lg" closeOnClickOutside={false}>
        <Stack>
          <Alert color="orange" icon={<IconAlertTriangle size={18} />} data-testid="token-secret-warning">
            {t('tokens.secretWarning')}
          </Alert>
          <Text size="sm" fw={600}>
            {created.name}
          </Text>
          <Group wrap="nowrap" align="center">
            <Code block style={{ flex: 1, wordBreak: 'break-all' }} data-testid="token-secret">
              {created.secret}
            </Code>
            <CopyButton value={created.secret}>
              {({ copied, copy }) => (
                <Button
                  variant={copied ? 'filled' : 'light'}
                  color={copied ? 'teal' : undefined}
                  leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                  onClick={copy}
                >
                  {copied ? t('common.copied') : t('common.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('common.close')}</Button>
          </Group>
        </Stack>
      </Modal>
    );
  }

  return (
    <Modal opened onClose={onClose} title={t('tokens.createTitle')} centered>
      <form ref={formRef} onSubmit={submit} noValidate data-testid="token-form">
        <Stack>
          <TextInput
            label={t('tokens.name')}
            description={t('tokens.nameHint')}
            required
            value={form.values.name}
            onChange={(e) => form.set('name', e.currentTarget.value)}
            error={message(form.errors.name)}
            data-autofocus
          />
          <Select
            label={t('tokens.user')}
            description={t('tokens.userHint')}
            data={(users.data ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }))}
            value={form.values.userId}
            onChange={(v) => form.set('userId', v)}
            searchable
            clearable
            error={message(form.errors.userId)}
          />
          {create.error && !isFieldError(create.error) && <ErrorAlert error={create.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('common.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

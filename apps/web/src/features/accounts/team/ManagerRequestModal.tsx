import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { CreateManagerRequestBody } from '@vested/contracts';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useMessage } from '../../../i18n';
import { api } from '../../../lib/api';
import {
  applyServerFieldErrors,
  focusFirstError,
  isFieldError,
  useFormState,
  zodFieldErrors,
} from '../../../lib/forms';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PersonSelect } from '../../../ui/PersonSelect';
import { useTeamRefresh } from './teamQueries';

type Props = { accountId: string; accountName: string; currentManagerId: string | null; onClose: () => void };

/** Ask for a new account manager with the reason; a director approves or rejects it. */
export function ManagerRequestModal({ accountId, accountName, currentManagerId, onClose }: Props) {
  const { t } = useTranslation();
  const message = useMessage();
  const refresh = useTeamRefresh(accountId);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormState<{ personId: string | null; note: string }>({ personId: null, note: '' });

  const send = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api.post(`/api/v1/accounts/${accountId}/manager-requests`, body),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('team.manager.requested') });
      await refresh();
      onClose();
    },
    onError: (error) => applyServerFieldErrors(error, form.setErrors, formRef.current),
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const body = { personId: form.values.personId ?? undefined, note: form.values.note };
    const parsed = CreateManagerRequestBody.safeParse(body);
    const errors = parsed.success ? {} : zodFieldErrors(parsed.error);
    if (!form.values.personId) errors.personId = t('validation.required');
    if (form.values.note.trim().length < 3) errors.note = t('team.manager.reasonRequired');
    if (Object.keys(errors).length > 0) {
      form.setErrors(errors);
      focusFirstError(formRef.current);
      return;
    }
    send.mutate(body);
  };

  return (
    <Modal opened onClose={onClose} title={t('team.manager.requestTitle')} centered size="lg">
      <form ref={formRef} onSubmit={submit} noValidate data-testid="manager-request-form">
        <Stack>
          <Text size="sm" c="dimmed">
            {t('team.manager.requestHint', { account: accountName })}
          </Text>
          <PersonSelect
            label={t('team.manager.newManager')}
            required
            value={form.values.personId}
            exclude={currentManagerId ?? undefined}
            onChange={(v) => form.set('personId', v)}
            error={message(form.errors.personId)}
            data-testid="manager-request-person"
          />
          <Textarea
            label={t('team.manager.reason')}
            description={t('team.manager.reasonHint')}
            required
            autosize
            minRows={3}
            value={form.values.note}
            onChange={(e) => form.set('note', e.currentTarget.value)}
            error={message(form.errors.note)}
            data-testid="manager-request-note"
          />
          {send.error && !isFieldError(send.error) && <ErrorAlert error={send.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={send.isPending} data-testid="manager-request-send">
              {t('team.manager.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import type { ManagerRequest } from '@vested/contracts';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useMessage } from '../../../i18n';
import { api, isApiError } from '../../../lib/api';
import { applyServerFieldErrors, focusFirstError, isFieldError, useFormState } from '../../../lib/forms';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { StaleVersionAlert } from '../../../ui/StaleVersionAlert';
import { useTeamRefresh } from './teamQueries';

type Props = { request: ManagerRequest; decision: 'approve' | 'reject'; onClose: () => void };

/**
 * A director's decision on a request for a new account manager. Approval hands the account over at
 * once (the old manager ends yesterday, the new one starts today); rejection needs the reason.
 */
export function DecideRequestModal({ request, decision, onClose }: Props) {
  const { t } = useTranslation();
  const message = useMessage();
  const refresh = useTeamRefresh(request.accountId);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormState({ reason: '' });
  const approve = decision === 'approve';

  const decide = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api.post(`/api/v1/manager-requests/${request.id}/decision`, body),
    onSuccess: async () => {
      notifications.show({
        color: 'teal',
        message: approve ? t('team.manager.approved') : t('team.manager.rejected'),
      });
      await refresh();
      onClose();
    },
    onError: (error) => applyServerFieldErrors(error, form.setErrors, formRef.current),
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!approve && form.values.reason.trim().length < 3) {
      form.setErrors({ reason: 'Give the reason for the rejection' });
      focusFirstError(formRef.current);
      return;
    }
    decide.mutate({ version: request.version, decision, reason: form.values.reason });
  };

  const stale = isApiError(decide.error, 409) && decide.error.code === 'stale_version';
  return (
    <Modal
      opened
      onClose={onClose}
      title={approve ? t('team.manager.approveTitle') : t('team.manager.rejectTitle')}
      centered
    >
      <form ref={formRef} onSubmit={submit} noValidate data-testid="manager-decision-form">
        <Stack>
          {stale && (
            <StaleVersionAlert
              onReload={() => {
                void refresh();
                onClose();
              }}
            />
          )}
          <Text size="sm">
            {approve
              ? t('team.manager.approveText', {
                  person: request.personName,
                  account: request.accountName,
                  previous: request.previousPersonName ?? t('team.manager.nobody'),
                })
              : t('team.manager.rejectText', { person: request.personName, account: request.accountName })}
          </Text>
          {request.note && (
            <Text size="sm" c="dimmed" fs="italic">
              “{request.note}” — {request.requestedByName ?? t('history.system')}
            </Text>
          )}
          <Textarea
            label={t('team.manager.decisionReason')}
            description={approve ? t('team.manager.approveReasonHint') : undefined}
            required={!approve}
            autosize
            minRows={2}
            value={form.values.reason}
            onChange={(e) => form.set('reason', e.currentTarget.value)}
            error={message(form.errors.reason)}
            data-autofocus
            data-testid="manager-decision-reason"
          />
          {decide.error && !stale && !isFieldError(decide.error) && <ErrorAlert error={decide.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              color={approve ? 'teal' : 'red'}
              loading={decide.isPending}
              disabled={stale}
              data-testid="manager-decision-confirm"
            >
              {approve ? t('team.manager.approve') : t('team.manager.reject')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

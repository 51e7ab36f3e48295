import { Button, Group, Modal, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { ResetPasswordBody, type User } from '@vested/contracts';
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

export function ResetPasswordModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const message = useMessage();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormState({ newPassword: '' });
  const reset = useMutation({
    mutationFn: (body: { newPassword: string }) => api.post(`/api/v1/admin/users/${user.id}/password`, body),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('users.resetDone') });
      onClose();
    },
    onError: (error) => applyServerFieldErrors(error, form.setErrors, formRef.current),
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = ResetPasswordBody.safeParse(form.values);
    if (!parsed.success) {
      form.setErrors(zodFieldErrors(parsed.error));
      focusFirstError(formRef.current);
      return;
    }
    reset.mutate(parsed.data);
  };

  return (
    <Modal opened onClose={onClose} title={t('users.resetTitle', { name: user.name })} centered>
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack>
          <PasswordInput
            label={t('auth.newPassword')}
            description={t('auth.passwordHint')}
            autoComplete="new-password"
            value={form.values.newPassword}
            onChange={(e) => form.set('newPassword', e.currentTarget.value)}
            error={message(form.errors.newPassword)}
            data-autofocus
          />
          {reset.error && !isFieldError(reset.error) && <ErrorAlert error={reset.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={reset.isPending}>
              {t('users.resetPassword')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

import { Button, Group, Modal, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { ChangePasswordBody } from '@vested/contracts';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useMessage } from '../i18n';
import { api, isApiError } from '../lib/api';
import { applyServerFieldErrors, focusFirstError, useFormState, zodFieldErrors } from '../lib/forms';
import { ErrorAlert } from './ErrorAlert';

const empty = { currentPassword: '', newPassword: '', repeat: '' };

export function ChangePasswordModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const message = useMessage();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormState(empty);
  const save = useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      api.post('/api/v1/auth/password', body),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('auth.passwordChanged') });
      close();
    },
    onError: (error) => {
      if (applyServerFieldErrors(error, form.setErrors, formRef.current)) return;
      if (isApiError(error, 401) || isApiError(error, 422)) {
        form.setErrors({ currentPassword: error.message });
        focusFirstError(formRef.current);
      }
    },
  });

  const close = () => {
    form.reset(empty);
    save.reset();
    onClose();
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const { repeat, ...body } = form.values;
    const parsed = ChangePasswordBody.safeParse(body);
    const errors = parsed.success ? {} : zodFieldErrors(parsed.error);
    if (!errors.newPassword && repeat !== body.newPassword) errors.repeat = t('validation.passwordsDiffer');
    if (Object.keys(errors).length > 0) {
      form.setErrors(errors);
      focusFirstError(formRef.current);
      return;
    }
    save.mutate(body);
  };

  const showError = save.error && !isApiError(save.error, 400) && !isApiError(save.error, 401);
  return (
    <Modal opened={opened} onClose={close} title={t('auth.changePassword')} centered>
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack>
          <PasswordInput
            label={t('auth.currentPassword')}
            autoComplete="current-password"
            value={form.values.currentPassword}
            onChange={(e) => form.set('currentPassword', e.currentTarget.value)}
            error={message(form.errors.currentPassword)}
            data-autofocus
          />
          <PasswordInput
            label={t('auth.newPassword')}
            description={t('auth.passwordHint')}
            autoComplete="new-password"
            value={form.values.newPassword}
            onChange={(e) => form.set('newPassword', e.currentTarget.value)}
            error={message(form.errors.newPassword)}
          />
          <PasswordInput
            label={t('auth.repeatPassword')}
            autoComplete="new-password"
            value={form.values.repeat}
            onChange={(e) => form.set('repeat', e.currentTarget.value)}
            error={form.errors.repeat}
          />
          {showError && <ErrorAlert error={save.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

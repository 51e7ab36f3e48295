import { Button, Group, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { Account, CreateAccountBody } from '@vested/contracts';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import {
  applyServerFieldErrors,
  focusFirstError,
  isFieldError,
  useFormState,
  zodFieldErrors,
} from '../../lib/forms';
import { useMe } from '../../lib/me';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { AccountFields } from './AccountFields';
import { emptyAccountValues, valuesToBody } from './accountValues';

export function CreateAccountModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormState(emptyAccountValues);
  const me = useMe();

  const create = useMutation({
    mutationFn: (body: Record<string, unknown>) => api.post('/api/v1/accounts', body, { schema: Account }),
    onSuccess: async (account) => {
      notifications.show({ color: 'teal', message: t('accounts.created') });
      await queryClient.invalidateQueries({ queryKey: ['accounts', 'list'] });
      close();
      await navigate({ to: '/accounts/$accountId', params: { accountId: account.id } });
    },
    onError: (error) => applyServerFieldErrors(error, form.setErrors, formRef.current),
  });

  const close = () => {
    form.reset(emptyAccountValues);
    create.reset();
    onClose();
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const body = valuesToBody(form.values);
    const parsed = CreateAccountBody.safeParse(body);
    const errors = parsed.success ? {} : zodFieldErrors(parsed.error);
    if (form.values.objective === null) errors.objective = t('validation.required');
    if (Object.keys(errors).length > 0) {
      form.setErrors(errors);
      focusFirstError(formRef.current);
      return;
    }
    create.mutate(body);
  };

  return (
    <Modal opened={opened} onClose={close} title={t('accounts.createTitle')} size="xl">
      <form ref={formRef} onSubmit={submit} noValidate data-testid="create-account-form">
        <Stack>
          <AccountFields
            values={form.values}
            errors={form.errors}
            set={form.set}
            canAssignManager={me.can.assignManager}
            autoFocus
          />
          {create.error && !isFieldError(create.error) && <ErrorAlert error={create.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
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

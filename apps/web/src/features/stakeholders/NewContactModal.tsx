import { Button, Group, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Contact, CreateContactBody } from '@vested/contracts';
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
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ContactFields } from './ContactFields';
import { emptyContactValues } from './contactValues';
import { refreshContact } from './stakeholderQueries';

type Props = { accountId: string; opened: boolean; onClose: () => void; onCreated?: (id: string) => void };

/** A new contact of the account; Enter saves, Tab walks the fields in reading order. */
export function NewContactModal({ accountId, opened, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormState(emptyContactValues);

  const close = () => {
    form.reset(emptyContactValues);
    save.reset();
    onClose();
  };
  const save = useMutation({
    mutationFn: (body: CreateContactBody) =>
      api.post(`/api/v1/accounts/${accountId}/contacts`, body, { schema: Contact }),
    onSuccess: async (contact) => {
      notifications.show({ color: 'teal', message: t('contacts.created', { name: contact.name }) });
      await refreshContact(queryClient, accountId);
      onCreated?.(contact.id);
      close();
    },
    onError: (error) => applyServerFieldErrors(error, form.setErrors, formRef.current),
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const body: CreateContactBody = { ...form.values };
    const parsed = CreateContactBody.safeParse(body);
    if (!parsed.success) {
      form.setErrors(zodFieldErrors(parsed.error));
      focusFirstError(formRef.current);
      return;
    }
    save.mutate(body);
  };

  return (
    <Modal opened={opened} onClose={close} title={t('contacts.newTitle')} size="lg" centered>
      <form ref={formRef} onSubmit={submit} noValidate data-testid="new-contact-form">
        <Stack>
          <ContactFields accountId={accountId} values={form.values} errors={form.errors} set={form.set} />
          {save.error && !isFieldError(save.error) && <ErrorAlert error={save.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="save-contact">
              {t('common.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

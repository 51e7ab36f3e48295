import { Button, Group, Paper, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ContactDetail, UpdateContactBody } from '@vested/contracts';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../lib/api';
import {
  applyServerFieldErrors,
  changedFields,
  focusFirstError,
  isFieldError,
  useFormState,
  zodFieldErrors,
} from '../../lib/forms';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { StaleVersionAlert } from '../../ui/StaleVersionAlert';
import { ContactFields } from './ContactFields';
import { contactToValues } from './contactValues';
import { contactQuery, refreshContact } from './stakeholderQueries';

/** Edit a contact; only the changed fields are sent, with the version read. */
export function ContactEditForm({ contact, onDone }: { contact: ContactDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [base, setBase] = useState(() => ({
    version: contact.version,
    values: contactToValues(contact),
    reportsToName: contact.reportsToName,
  }));
  const form = useFormState(base.values);

  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) => api.patch(`/api/v1/contacts/${contact.id}`, body),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('common.saved') });
      await refreshContact(queryClient, contact.accountId, contact.id);
      onDone();
    },
    onError: (error) => applyServerFieldErrors(error, form.setErrors, formRef.current),
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const changes = changedFields(base.values, form.values);
    if (Object.keys(changes).length === 0) return onDone();
    const body = { ...changes, version: base.version };
    const parsed = UpdateContactBody.safeParse(body);
    if (!parsed.success) {
      form.setErrors(zodFieldErrors(parsed.error));
      focusFirstError(formRef.current);
      return;
    }
    save.mutate(body);
  };

  const onReload = async () => {
    const fresh = await queryClient.fetchQuery({ ...contactQuery(contact.id), staleTime: 0 });
    const values = contactToValues(fresh);
    setBase({ version: fresh.version, values, reportsToName: fresh.reportsToName });
    form.reset(values);
    save.reset();
  };

  const stale = isApiError(save.error, 409);
  return (
    <Paper withBorder p="lg" radius="md">
      <form ref={formRef} onSubmit={submit} noValidate data-testid="contact-edit-form">
        <Stack>
          {stale && <StaleVersionAlert onReload={() => void onReload()} />}
          <ContactFields
            key={base.version}
            accountId={contact.accountId}
            values={form.values}
            errors={form.errors}
            set={form.set}
            contactId={contact.id}
            reportsToName={base.reportsToName}
          />
          {save.error && !stale && !isFieldError(save.error) && <ErrorAlert error={save.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={stale} data-testid="save-contact">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

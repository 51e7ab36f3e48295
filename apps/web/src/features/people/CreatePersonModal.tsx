import { Button, Group, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { CreatePersonBody, Person } from '@vested/contracts';
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
import { PersonFields } from './PersonFields';
import { emptyPersonValues, personBody } from './personValues';

export function CreatePersonModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormState(emptyPersonValues);

  const create = useMutation({
    mutationFn: (body: Record<string, unknown>) => api.post('/api/v1/people', body, { schema: Person }),
    onSuccess: async (person) => {
      notifications.show({ color: 'teal', message: t('people.created') });
      await queryClient.invalidateQueries({ queryKey: ['people'] });
      close();
      await navigate({ to: '/people/$personId', params: { personId: person.id } });
    },
    onError: (error) => applyServerFieldErrors(error, form.setErrors, formRef.current),
  });

  const close = () => {
    form.reset(emptyPersonValues);
    create.reset();
    onClose();
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const body = personBody(form.values);
    const parsed = CreatePersonBody.safeParse(body);
    if (!parsed.success) {
      form.setErrors(zodFieldErrors(parsed.error));
      focusFirstError(formRef.current);
      return;
    }
    create.mutate(body);
  };

  return (
    <Modal opened={opened} onClose={close} title={t('people.createTitle')} size="lg">
      <form ref={formRef} onSubmit={submit} noValidate data-testid="create-person-form">
        <Stack>
          <PersonFields values={form.values} errors={form.errors} set={form.set} />
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

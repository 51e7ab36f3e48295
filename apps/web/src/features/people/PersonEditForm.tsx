import { Button, Group, Paper, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type PersonDetail, UpdatePersonBody } from '@vested/contracts';
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
import { PersonFields } from './PersonFields';
import { personQuery } from './peopleQueries';
import { personBody, personToValues } from './personValues';

export function PersonEditForm({ person, onDone }: { person: PersonDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [base, setBase] = useState(() => ({
    version: person.version,
    values: personToValues(person),
    lineManagerName: person.lineManagerName,
  }));
  const form = useFormState(base.values);

  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) => api.patch(`/api/v1/people/${person.id}`, body),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('common.saved') });
      await queryClient.invalidateQueries({ queryKey: ['people'] });
      onDone();
    },
    onError: (error) => applyServerFieldErrors(error, form.setErrors, formRef.current),
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const changes = changedFields(base.values, form.values);
    if (Object.keys(changes).length === 0) return onDone();
    const body = { ...personBody(changes), version: base.version };
    const parsed = UpdatePersonBody.safeParse(body);
    if (!parsed.success) {
      form.setErrors(zodFieldErrors(parsed.error));
      focusFirstError(formRef.current);
      return;
    }
    save.mutate(body);
  };

  const onReload = async () => {
    const fresh = await queryClient.fetchQuery({ ...personQuery(person.id), staleTime: 0 });
    const values = personToValues(fresh);
    setBase({ version: fresh.version, values, lineManagerName: fresh.lineManagerName });
    form.reset(values);
    save.reset();
  };

  const stale = isApiError(save.error, 409);
  return (
    <Paper withBorder p="lg" radius="md">
      <form ref={formRef} onSubmit={submit} noValidate data-testid="person-edit-form">
        <Stack>
          {stale && <StaleVersionAlert onReload={() => void onReload()} />}
          <PersonFields
            key={base.version}
            values={form.values}
            errors={form.errors}
            set={form.set}
            personId={person.id}
            lineManagerName={base.lineManagerName}
          />
          {save.error && !stale && !isFieldError(save.error) && <ErrorAlert error={save.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>
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

import { Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CreateTrainingBody, type Training, UpdateTrainingBody } from '@vested/contracts';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMessage } from '../../i18n';
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
import { todayIso } from '../../ui/format';
import { StaleVersionAlert } from '../../ui/StaleVersionAlert';
import { trainingsQuery } from './peopleQueries';

type Values = { title: string; date: string; provider: string; notes: string };
const toValues = (tr: Training): Values => ({
  title: tr.title,
  date: tr.date,
  provider: tr.provider ?? '',
  notes: tr.notes ?? '',
});

type Props = { personId: string; training: Training | null; onClose: () => void };

/** Record a training or workshop the person attended, or correct one. */
export function TrainingModal({ personId, training, onClose }: Props) {
  const { t } = useTranslation();
  const message = useMessage();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [base, setBase] = useState(() => ({
    version: training?.version ?? 0,
    values: training ? toValues(training) : { title: '', date: todayIso(), provider: '', notes: '' },
  }));
  const form = useFormState<Values>(base.values);
  const path = `/api/v1/people/${personId}/trainings`;

  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      training ? api.patch(`${path}/${training.id}`, body) : api.post(path, body),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('common.saved') });
      await queryClient.invalidateQueries({ queryKey: trainingsQuery(personId).queryKey });
      onClose();
    },
    onError: (error) => applyServerFieldErrors(error, form.setErrors, formRef.current),
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const body = training
      ? { ...changedFields(base.values, form.values), version: base.version }
      : { ...form.values };
    const parsed = (training ? UpdateTrainingBody : CreateTrainingBody).safeParse(body);
    if (!parsed.success) {
      form.setErrors(zodFieldErrors(parsed.error));
      focusFirstError(formRef.current);
      return;
    }
    save.mutate(body);
  };

  const onReload = async () => {
    const fresh = await queryClient.fetchQuery({ ...trainingsQuery(personId), staleTime: 0 });
    const current = fresh.items.find((x) => x.id === training?.id);
    save.reset();
    if (!current) return onClose();
    setBase({ version: current.version, values: toValues(current) });
    form.reset(toValues(current));
  };

  const stale = isApiError(save.error, 409);
  return (
    <Modal
      opened
      onClose={onClose}
      title={training ? t('people.trainings.editTitle') : t('people.trainings.addTitle')}
      centered
    >
      <form ref={formRef} onSubmit={submit} noValidate data-testid="training-form">
        <Stack>
          {stale && <StaleVersionAlert onReload={() => void onReload()} />}
          <TextInput
            label={t('people.trainings.name')}
            required
            value={form.values.title}
            onChange={(e) => form.set('title', e.currentTarget.value)}
            error={message(form.errors.title)}
            data-autofocus
          />
          <Group grow align="flex-start">
            <TextInput
              label={t('people.trainings.date')}
              type="date"
              required
              value={form.values.date}
              onChange={(e) => form.set('date', e.currentTarget.value)}
              error={message(form.errors.date)}
            />
            <TextInput
              label={t('people.trainings.provider')}
              value={form.values.provider}
              onChange={(e) => form.set('provider', e.currentTarget.value)}
              error={message(form.errors.provider)}
            />
          </Group>
          <Textarea
            label={t('people.trainings.notes')}
            autosize
            minRows={2}
            value={form.values.notes}
            onChange={(e) => form.set('notes', e.currentTarget.value)}
            error={message(form.errors.notes)}
          />
          {save.error && !stale && !isFieldError(save.error) && <ErrorAlert error={save.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={stale}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

import {
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { CreateReadingBody } from '@vested/contracts';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useMessage } from '../../i18n';
import { api } from '../../lib/api';
import { applyServerFieldErrors, isFieldError, useFormState, zodFieldErrors } from '../../lib/forms';
import { EmptyRow } from '../../ui/EmptyRow';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { todayIso, useFormat } from '../../ui/format';
import { Sparkline } from './Sparkline';
import { moodColor, moodOf } from './satisfaction';
import { readingsQuery, refreshContact } from './stakeholderQueries';

type Values = {
  takenOn: string;
  score: number | '';
  source: 'meeting' | 'manager_estimate';
  comment: string;
};
const fresh = (): Values => ({ takenOn: todayIso(), score: '', source: 'meeting', comment: '' });

/** The contact's satisfaction over time (chart and table), and a form to add a reading. */
export function ReadingsCard({
  contactId,
  accountId,
  canEdit,
}: {
  contactId: string;
  accountId: string;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const message = useMessage();
  const format = useFormat();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const { data, error } = useQuery(readingsQuery(contactId));
  const form = useFormState<Values>(fresh());

  const add = useMutation({
    mutationFn: (body: CreateReadingBody) => api.post(`/api/v1/contacts/${contactId}/readings`, body),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('readings.added') });
      form.reset(fresh());
      await refreshContact(queryClient, accountId, contactId);
    },
    onError: (e) => applyServerFieldErrors(e, form.setErrors, formRef.current),
  });
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const body = { ...form.values, score: form.values.score === '' ? undefined : form.values.score };
    const parsed = CreateReadingBody.safeParse(body);
    if (!parsed.success) return form.setErrors(zodFieldErrors(parsed.error));
    add.mutate(parsed.data);
  };
  const items = data?.items ?? [];
  const oldestFirst = [...items].sort((a, b) => a.takenOn.localeCompare(b.takenOn));

  return (
    <Paper withBorder p="lg" radius="md">
      <Title order={4} mb="sm">
        {t('readings.title')}
      </Title>
      <ErrorAlert error={error} />
      {oldestFirst.length > 1 && (
        <Sparkline
          width={560}
          height={64}
          series={[
            {
              label: t('readings.title'),
              color: 'var(--mantine-color-teal-6)',
              values: oldestFirst.map((r) => r.score / 10),
            },
          ]}
        />
      )}
      {canEdit && (
        <form ref={formRef} onSubmit={submit} noValidate data-testid="reading-form">
          <Group align="flex-start" gap="sm" mt="sm" wrap="wrap">
            <TextInput
              label={t('readings.takenOn')}
              type="date"
              value={form.values.takenOn}
              onChange={(e) => form.set('takenOn', e.currentTarget.value)}
              error={message(form.errors.takenOn)}
              w={160}
            />
            <NumberInput
              label={t('readings.score')}
              min={0}
              max={10}
              value={form.values.score}
              onChange={(v) => form.set('score', typeof v === 'number' ? v : '')}
              error={message(form.errors.score)}
              w={110}
              data-testid="reading-score"
            />
            <Select
              label={t('readings.source')}
              data={(['meeting', 'manager_estimate'] as const).map((value) => ({
                value,
                label: t(`readingSource.${value}`),
              }))}
              value={form.values.source}
              allowDeselect={false}
              onChange={(v) => form.set('source', v === 'manager_estimate' ? 'manager_estimate' : 'meeting')}
              error={message(form.errors.source)}
              w={180}
            />
            <TextInput
              label={t('readings.comment')}
              value={form.values.comment}
              onChange={(e) => form.set('comment', e.currentTarget.value)}
              error={message(form.errors.comment)}
              style={{ flex: 1, minWidth: 200 }}
            />
            <Button type="submit" mt={25} loading={add.isPending} data-testid="add-reading">
              {t('readings.add')}
            </Button>
          </Group>
          {add.error && !isFieldError(add.error) && <ErrorAlert error={add.error} />}
        </form>
      )}
      <Table.ScrollContainer minWidth={560} mt="sm">
        <Table verticalSpacing="xs" data-testid="readings-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('readings.takenOn')}</Table.Th>
              <Table.Th>{t('readings.score')}</Table.Th>
              <Table.Th>{t('readings.source')}</Table.Th>
              <Table.Th>{t('readings.comment')}</Table.Th>
              <Table.Th>{t('readings.recordedBy')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((r) => (
              <Table.Tr key={r.id} data-testid="reading-row">
                <Table.Td>{format.date(r.takenOn)}</Table.Td>
                <Table.Td>
                  <Badge circle color={moodColor[moodOf(r.score)]}>
                    {r.score}
                  </Badge>
                </Table.Td>
                <Table.Td>{t(`readingSource.${r.source}`)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{r.comment ?? t('common.none')}</Text>
                </Table.Td>
                <Table.Td>{r.recordedByName ?? t('common.none')}</Table.Td>
              </Table.Tr>
            ))}
            {data && items.length === 0 && <EmptyRow columns={5}>{t('readings.empty')}</EmptyRow>}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

import {
  ActionIcon,
  Button,
  Group,
  Modal,
  MultiSelect,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type Conflict, CreateConflictBody, UpdateConflictBody } from '@vested/contracts';
import { type ConflictStatus, conflictStatuses } from '@vested/domain';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMessage } from '../../i18n';
import { api, isApiError } from '../../lib/api';
import {
  applyServerFieldErrors,
  changedFields,
  fieldError,
  focusFirstError,
  isFieldError,
  useFormState,
  zodFieldErrors,
} from '../../lib/forms';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useOptions } from '../../ui/options';
import { StaleVersionAlert } from '../../ui/StaleVersionAlert';
import { conflictsQuery, mapKey, orgChartQuery } from './stakeholderQueries';

type Side = { contactIds: string[]; wants: string };
type Values = {
  title: string;
  sides: Side[];
  meaningForUs: string;
  resolution: string;
  outcome: string;
  status: ConflictStatus;
};
const empty: Values = {
  title: '',
  sides: [
    { contactIds: [], wants: '' },
    { contactIds: [], wants: '' },
  ],
  meaningForUs: '',
  resolution: '',
  outcome: '',
  status: 'open',
};
const toValues = (c: Conflict): Values => ({
  title: c.title,
  sides: c.sides,
  meaningForUs: c.meaningForUs ?? '',
  resolution: c.resolution ?? '',
  outcome: c.outcome ?? '',
  status: c.status,
});

type Props = { accountId: string; conflict: Conflict | null; onClose: () => void };

/** Record a conflict of interest between contacts: the sides and what each wants, what it means, how it ended. */
export function ConflictModal({ accountId, conflict, onClose }: Props) {
  const { t } = useTranslation();
  const message = useMessage();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [base, setBase] = useState(() => ({
    version: conflict?.version ?? 0,
    values: conflict ? toValues(conflict) : empty,
  }));
  const form = useFormState<Values>(base.values);
  const statuses = useOptions(conflictStatuses, 'conflictStatus');
  const chart = useQuery(orgChartQuery(accountId));
  const contactOptions = (chart.data?.nodes ?? [])
    .filter((n) => n.status === 'active' || form.values.sides.some((s) => s.contactIds.includes(n.id)))
    .map((n) => ({ value: n.id, label: n.title ? `${n.name} · ${n.title}` : n.name }));

  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      conflict
        ? api.patch(`/api/v1/accounts/${accountId}/conflicts/${conflict.id}`, body)
        : api.post(`/api/v1/accounts/${accountId}/conflicts`, body),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('conflicts.saved') });
      await queryClient.invalidateQueries({ queryKey: mapKey(accountId) });
      onClose();
    },
    onError: (error) => applyServerFieldErrors(error, form.setErrors, formRef.current),
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const body = conflict
      ? { ...changedFields(base.values, form.values), version: base.version }
      : { ...form.values };
    const parsed = (conflict ? UpdateConflictBody : CreateConflictBody).safeParse(body);
    if (!parsed.success) {
      form.setErrors(zodFieldErrors(parsed.error));
      focusFirstError(formRef.current);
      return;
    }
    if (conflict && Object.keys(body).length === 1) return onClose();
    save.mutate(body);
  };

  const onReload = async () => {
    const fresh = await queryClient.fetchQuery({ ...conflictsQuery(accountId), staleTime: 0 });
    const current = fresh.items.find((c) => c.id === conflict?.id);
    save.reset();
    if (!current) return onClose();
    const values = toValues(current);
    setBase({ version: current.version, values });
    form.reset(values);
  };

  const setSide = (i: number, patch: Partial<Side>) =>
    form.set(
      'sides',
      form.values.sides.map((s, j) => (j === i ? { ...s, ...patch } : s)),
    );
  const err = (field: string) => message(fieldError(form.errors, field));
  const stale = isApiError(save.error, 409);

  return (
    <Modal
      opened
      onClose={onClose}
      title={conflict ? t('conflicts.editTitle') : t('conflicts.newTitle')}
      size="xl"
      centered
    >
      <form ref={formRef} onSubmit={submit} noValidate data-testid="conflict-form">
        <Stack>
          {stale && <StaleVersionAlert onReload={() => void onReload()} />}
          <TextInput
            label={t('conflicts.fields.title')}
            placeholder={t('conflicts.titlePlaceholder')}
            required
            value={form.values.title}
            onChange={(e) => form.set('title', e.currentTarget.value)}
            error={err('title')}
            data-autofocus
            data-testid="conflict-title"
          />
          <Text size="sm" fw={600}>
            {t('conflicts.sides')}
          </Text>
          {err('sides') && !form.values.sides.some((_, i) => err(`sides.${i}`)) && (
            <Text size="xs" c="red">
              {err('sides')}
            </Text>
          )}
          {form.values.sides.map((side, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: sides have no id; their order is their identity
            <Paper key={i} withBorder p="sm" radius="md" data-testid="conflict-side">
              <Group align="flex-start" wrap="nowrap">
                <Stack gap="xs" style={{ flex: 1 }}>
                  <MultiSelect
                    label={t('conflicts.sideContacts', { n: i + 1 })}
                    data={contactOptions}
                    searchable
                    value={side.contactIds}
                    onChange={(v) => setSide(i, { contactIds: v })}
                    error={err(`sides.${i}.contactIds`)}
                    data-testid={`conflict-side-${i}-contacts`}
                  />
                  <Textarea
                    label={t('conflicts.wants')}
                    autosize
                    minRows={1}
                    value={side.wants}
                    onChange={(e) => setSide(i, { wants: e.currentTarget.value })}
                    error={err(`sides.${i}.wants`)}
                    data-testid={`conflict-side-${i}-wants`}
                  />
                </Stack>
                {form.values.sides.length > 2 && (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mt={24}
                    aria-label={t('conflicts.removeSide')}
                    onClick={() =>
                      form.set(
                        'sides',
                        form.values.sides.filter((_, j) => j !== i),
                      )
                    }
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                )}
              </Group>
            </Paper>
          ))}
          <Group>
            <Button
              variant="subtle"
              size="xs"
              leftSection={<IconPlus size={14} />}
              onClick={() => form.set('sides', [...form.values.sides, { contactIds: [], wants: '' }])}
            >
              {t('conflicts.addSide')}
            </Button>
          </Group>
          <Textarea
            label={t('conflicts.fields.meaningForUs')}
            autosize
            minRows={2}
            value={form.values.meaningForUs}
            onChange={(e) => form.set('meaningForUs', e.currentTarget.value)}
            error={err('meaningForUs')}
            data-testid="conflict-meaning"
          />
          <Textarea
            label={t('conflicts.fields.resolution')}
            autosize
            minRows={2}
            value={form.values.resolution}
            onChange={(e) => form.set('resolution', e.currentTarget.value)}
            error={err('resolution')}
            data-testid="conflict-resolution"
          />
          <Group grow align="flex-start">
            <TextInput
              label={t('conflicts.fields.outcome')}
              value={form.values.outcome}
              onChange={(e) => form.set('outcome', e.currentTarget.value)}
              error={err('outcome')}
              data-testid="conflict-outcome"
            />
            <Select
              label={t('conflicts.fields.status')}
              data={statuses}
              allowDeselect={false}
              value={form.values.status}
              onChange={(v) => form.set('status', conflictStatuses.find((x) => x === v) ?? 'open')}
              error={err('status')}
              data-testid="conflict-status"
            />
          </Group>
          {save.error && !stale && !isFieldError(save.error) && <ErrorAlert error={save.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={stale} data-testid="save-conflict">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

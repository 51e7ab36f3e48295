import {
  ActionIcon,
  Button,
  Group,
  Paper,
  Select,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconArrowRight, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { AddOwnerBody, type ContactDetail, type ContactOwner } from '@vested/contracts';
import { type RelationshipDepth, relationshipDepths } from '@vested/domain';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMessage } from '../../i18n';
import { api, isApiError } from '../../lib/api';
import { applyServerFieldErrors, isFieldError, useFormState, zodFieldErrors } from '../../lib/forms';
import { AnchorLink } from '../../ui/AnchorLink';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { EmptyRow } from '../../ui/EmptyRow';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useFormat } from '../../ui/format';
import { useOptions } from '../../ui/options';
import { PersonSelect } from '../../ui/PersonSelect';
import { StaleVersionAlert } from '../../ui/StaleVersionAlert';
import { refreshContact } from './stakeholderQueries';

type NewOwner = {
  personId: string | null;
  depthNow: RelationshipDepth;
  depthTarget: RelationshipDepth | null;
  lastTouchOn: string;
};
const blank: NewOwner = { personId: null, depthNow: 'vendor', depthTarget: null, lastTouchOn: '' };

/** Our side of the relationship: who holds it, how deep it is now, and where we want it. */
export function OwnersCard({ contact, canEdit }: { contact: ContactDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const message = useMessage();
  const format = useFormat();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const depths = useOptions(relationshipDepths, 'depth');
  const form = useFormState<NewOwner>(blank);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<ContactOwner | null>(null);
  const base = `/api/v1/contacts/${contact.id}/owners`;
  const refresh = () => refreshContact(queryClient, contact.accountId, contact.id);

  const add = useMutation({
    mutationFn: (body: AddOwnerBody) => api.post(base, body),
    onSuccess: async () => {
      form.reset(blank);
      setAdding(false);
      await refresh();
    },
    onError: (e) => applyServerFieldErrors(e, form.setErrors, formRef.current),
  });
  const update = useMutation({
    mutationFn: ({ owner, patch }: { owner: ContactOwner; patch: Record<string, unknown> }) =>
      api.patch(`${base}/${owner.id}`, { ...patch, version: owner.version }),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (owner: ContactOwner) => api.delete(`${base}/${owner.id}`),
    onSuccess: async () => {
      setRemoving(null);
      await refresh();
    },
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const body = {
      personId: form.values.personId ?? '',
      depthNow: form.values.depthNow,
      depthTarget: form.values.depthTarget,
      lastTouchOn: form.values.lastTouchOn || null,
    };
    const parsed = AddOwnerBody.safeParse(body);
    if (!parsed.success) return form.setErrors(zodFieldErrors(parsed.error));
    add.mutate(body);
  };
  const depthOf = (v: string | null) => relationshipDepths.find((d) => d === v) ?? null;

  return (
    <Paper withBorder p="lg" radius="md">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('owners.title')}</Title>
        {canEdit && !adding && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} />}
            onClick={() => setAdding(true)}
            data-testid="add-owner"
          >
            {t('owners.add')}
          </Button>
        )}
      </Group>
      {isApiError(update.error, 409) && (
        <StaleVersionAlert
          onReload={() => {
            update.reset();
            void refresh();
          }}
        />
      )}
      {update.error && !isApiError(update.error, 409) && <ErrorAlert error={update.error} />}
      {adding && (
        <form ref={formRef} onSubmit={submit} noValidate data-testid="owner-form">
          <Group align="flex-start" gap="sm" mb="sm" wrap="wrap">
            <PersonSelect
              label={t('owners.person')}
              required
              value={form.values.personId}
              onChange={(v) => form.set('personId', v)}
              error={message(form.errors.personId)}
              w={220}
              data-testid="owner-person"
            />
            <Select
              label={t('owners.depthNow')}
              data={depths}
              allowDeselect={false}
              value={form.values.depthNow}
              onChange={(v) => form.set('depthNow', depthOf(v) ?? 'vendor')}
              w={170}
            />
            <Select
              label={t('owners.depthTarget')}
              data={depths}
              clearable
              value={form.values.depthTarget}
              onChange={(v) => form.set('depthTarget', depthOf(v))}
              w={170}
            />
            <TextInput
              label={t('owners.lastTouchOn')}
              type="date"
              value={form.values.lastTouchOn}
              onChange={(e) => form.set('lastTouchOn', e.currentTarget.value)}
              error={message(form.errors.lastTouchOn)}
              w={160}
            />
            <Group mt={25} gap="xs">
              <Button type="submit" loading={add.isPending} data-testid="save-owner">
                {t('common.save')}
              </Button>
              <Button variant="default" onClick={() => setAdding(false)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Group>
          {add.error && !isFieldError(add.error) && <ErrorAlert error={add.error} />}
        </form>
      )}
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="xs" data-testid="owners-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('owners.person')}</Table.Th>
              <Table.Th>{t('owners.depth')}</Table.Th>
              <Table.Th>{t('owners.lastTouchOn')}</Table.Th>
              {canEdit && <Table.Th w={50} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {contact.owners.map((o) => (
              <Table.Tr key={o.id} data-testid="owner-row">
                <Table.Td>
                  <AnchorLink to="/people/$personId" params={{ personId: o.personId }}>
                    {o.personName}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>
                  {canEdit ? (
                    <Group gap={6} wrap="nowrap">
                      <Select
                        size="xs"
                        aria-label={t('owners.depthNow')}
                        data={depths}
                        allowDeselect={false}
                        value={o.depthNow}
                        onChange={(v) => v && update.mutate({ owner: o, patch: { depthNow: v } })}
                        w={150}
                      />
                      <IconArrowRight size={14} />
                      <Select
                        size="xs"
                        aria-label={t('owners.depthTarget')}
                        data={depths}
                        clearable
                        placeholder={t('common.none')}
                        value={o.depthTarget}
                        onChange={(v) => update.mutate({ owner: o, patch: { depthTarget: v } })}
                        w={150}
                      />
                    </Group>
                  ) : (
                    <Text size="sm">
                      {t(`depth.${o.depthNow}`)}
                      {o.depthTarget && ` → ${t(`depth.${o.depthTarget}`)}`}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{format.date(o.lastTouchOn)}</Table.Td>
                {canEdit && (
                  <Table.Td>
                    <Tooltip label={t('common.remove')}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('common.remove')}
                        onClick={() => setRemoving(o)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
            {contact.owners.length === 0 && (
              <EmptyRow columns={canEdit ? 4 : 3}>{t('owners.empty')}</EmptyRow>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmModal
        opened={removing !== null}
        onClose={() => {
          setRemoving(null);
          remove.reset();
        }}
        title={t('common.remove')}
        confirmLabel={t('common.remove')}
        color="red"
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => removing && remove.mutate(removing)}
      >
        {t('owners.removeConfirm', { name: removing?.personName ?? '' })}
      </ConfirmModal>
    </Paper>
  );
}

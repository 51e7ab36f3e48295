import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { AddTeamMemberBody, type TeamMember, UpdateTeamMemberBody } from '@vested/contracts';
import { type TeamRole, teamRoles } from '@vested/domain';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMessage } from '../../i18n';
import { api, isApiError } from '../../lib/api';
import {
  applyServerFieldErrors,
  focusFirstError,
  isFieldError,
  useFormState,
  zodFieldErrors,
} from '../../lib/forms';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { todayIso } from '../../ui/format';
import { useOptions } from '../../ui/options';
import { PersonSelect } from '../../ui/PersonSelect';
import { StaleVersionAlert } from '../../ui/StaleVersionAlert';
import { teamQuery } from './accountQueries';

type Values = { personId: string | null; role: TeamRole | null; from: string; to: string };
type Props = { accountId: string; member: TeamMember | null; onClose: () => void };

const toValues = (m: TeamMember): Values => ({
  personId: m.personId,
  role: m.role,
  from: m.from,
  to: m.to ?? '',
});

/** Add a person to the account team, or edit a membership's role and dates. */
export function TeamMemberModal({ accountId, member, onClose }: Props) {
  const { t } = useTranslation();
  const message = useMessage();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [version, setVersion] = useState(member?.version ?? 0);
  const form = useFormState<Values>(
    member ? toValues(member) : { personId: null, role: null, from: todayIso(), to: '' },
  );
  const roles = useOptions(teamRoles, 'teamRole');

  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      member
        ? api.patch(`/api/v1/accounts/${accountId}/team/${member.id}`, body)
        : api.post(`/api/v1/accounts/${accountId}/team`, body),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('team.saved') });
      await queryClient.invalidateQueries({ queryKey: ['accounts', 'one', accountId] });
      onClose();
    },
    onError: (error) => applyServerFieldErrors(error, form.setErrors, formRef.current),
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const { personId, role, from, to } = form.values;
    const errors: Record<string, string> = {};
    let body: Record<string, unknown>;
    if (member) {
      body = { version, role: role ?? undefined, from, to: to || null };
      const parsed = UpdateTeamMemberBody.safeParse(body);
      if (!parsed.success) Object.assign(errors, zodFieldErrors(parsed.error));
      if (to && from && to < from) errors.to = 'The end date is before the start date';
    } else {
      body = { personId: personId ?? undefined, role: role ?? undefined, from, to: to || null };
      const parsed = AddTeamMemberBody.safeParse(body);
      if (!parsed.success) Object.assign(errors, zodFieldErrors(parsed.error));
      if (!personId) errors.personId = t('validation.required');
    }
    if (!role) errors.role = t('validation.required');
    if (Object.keys(errors).length > 0) {
      form.setErrors(errors);
      focusFirstError(formRef.current);
      return;
    }
    save.mutate(body);
  };

  const onReload = async () => {
    const fresh = await queryClient.fetchQuery({ ...teamQuery(accountId), staleTime: 0 });
    const current = fresh.items.find((m) => m.id === member?.id);
    save.reset();
    if (!current) return onClose();
    setVersion(current.version);
    form.reset(toValues(current));
  };

  const stale = isApiError(save.error, 409);
  return (
    <Modal opened onClose={onClose} title={member ? t('team.editTitle') : t('team.addTitle')} centered>
      <form ref={formRef} onSubmit={submit} noValidate data-testid="team-member-form">
        <Stack>
          {stale && <StaleVersionAlert onReload={() => void onReload()} />}
          {member ? (
            <TextInput label={t('team.person')} value={member.personName} readOnly variant="filled" />
          ) : (
            <PersonSelect
              label={t('team.person')}
              required
              value={form.values.personId}
              onChange={(v) => form.set('personId', v)}
              error={message(form.errors.personId)}
              data-testid="member-person"
            />
          )}
          <Select
            label={t('team.role')}
            required
            data={roles}
            value={form.values.role}
            onChange={(v) => form.set('role', teamRoles.find((r) => r === v) ?? null)}
            error={message(form.errors.role)}
            data-autofocus={member ? true : undefined}
          />
          <Group grow align="flex-start">
            <TextInput
              label={t('team.from')}
              type="date"
              required
              value={form.values.from}
              onChange={(e) => form.set('from', e.currentTarget.value)}
              error={message(form.errors.from)}
            />
            <TextInput
              label={t('team.to')}
              description={t('team.toHint')}
              type="date"
              value={form.values.to}
              onChange={(e) => form.set('to', e.currentTarget.value)}
              error={message(form.errors.to)}
            />
          </Group>
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

import { Button, Group, Modal, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { AddTeamMemberBody, type TeamMember, UpdateTeamMemberBody } from '@vested/contracts';
import { ACCOUNT_MANAGER_ROLE } from '@vested/domain';
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
import { PersonSelect } from '../../ui/PersonSelect';
import { StaleVersionAlert } from '../../ui/StaleVersionAlert';
import { teamQuery } from './accountQueries';
import { teamRolesQuery, useRoleLabel, useTeamRefresh } from './team/teamQueries';

type Values = {
  personId: string | null;
  role: string | null;
  hoursPerMonth: number | '';
  from: string;
  to: string;
};

/** What a suggestion fills in: the person, and the role and hours the account needs. */
export type MemberPrefill = { personId: string; personName: string; role?: string; hoursPerMonth?: number };

type Props = {
  accountId: string;
  member: TeamMember | null;
  prefill?: MemberPrefill;
  /** A director may enter a past period as account manager (the current one changes by request). */
  mayRecordPastManager?: boolean;
  onClose: () => void;
};

const toValues = (m: TeamMember): Values => ({
  personId: m.personId,
  role: m.role,
  hoursPerMonth: m.hoursPerMonth,
  from: m.from,
  to: m.to ?? '',
});

/** Add a person to the account team with an allocation, or edit a membership's role, hours and dates. */
export function TeamMemberModal({ accountId, member, prefill, mayRecordPastManager, onClose }: Props) {
  const { t } = useTranslation();
  const message = useMessage();
  const roleLabel = useRoleLabel();
  const queryClient = useQueryClient();
  const refresh = useTeamRefresh(accountId);
  const formRef = useRef<HTMLFormElement>(null);
  const [version, setVersion] = useState(member?.version ?? 0);
  const form = useFormState<Values>(
    member
      ? toValues(member)
      : {
          personId: prefill?.personId ?? null,
          role: prefill?.role ?? null,
          hoursPerMonth: prefill?.hoursPerMonth ?? '',
          from: todayIso(),
          to: '',
        },
  );
  const roles = useQuery(teamRolesQuery);
  const isManager = member?.role === ACCOUNT_MANAGER_ROLE;
  const roleOptions = (roles.data?.items ?? [])
    .filter((r) => r.key !== ACCOUNT_MANAGER_ROLE || isManager || mayRecordPastManager)
    .map((r) => ({ value: r.key, label: roleLabel(r.key, r.name) }));
  if (member && !roleOptions.some((o) => o.value === member.role))
    roleOptions.push({ value: member.role, label: roleLabel(member.role, member.roleName) });

  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      member
        ? api.patch(`/api/v1/accounts/${accountId}/team/${member.id}`, body)
        : api.post(`/api/v1/accounts/${accountId}/team`, body),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('team.saved') });
      await refresh();
      onClose();
    },
    onError: (error) => applyServerFieldErrors(error, form.setErrors, formRef.current),
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const { personId, role, hoursPerMonth, from, to } = form.values;
    const errors: Record<string, string> = {};
    const hours = hoursPerMonth === '' ? undefined : hoursPerMonth;
    let body: Record<string, unknown>;
    if (member) {
      body = { version, role: role ?? undefined, hoursPerMonth: hours, from, to: to || null };
      const parsed = UpdateTeamMemberBody.safeParse(body);
      if (!parsed.success) Object.assign(errors, zodFieldErrors(parsed.error));
      if (to && from && to < from) errors.to = 'The end date is before the start date';
    } else {
      body = {
        personId: personId ?? undefined,
        role: role ?? undefined,
        hoursPerMonth: hours,
        from,
        to: to || null,
      };
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

  const stale = isApiError(save.error, 409) && save.error.code === 'stale_version';
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
              initialLabel={prefill?.personName}
              onChange={(v) => form.set('personId', v)}
              error={message(form.errors.personId)}
              data-testid="member-person"
            />
          )}
          <Group grow align="flex-start">
            <Select
              label={t('team.role')}
              required
              searchable
              data={roleOptions}
              value={form.values.role}
              onChange={(v) => form.set('role', v)}
              error={message(form.errors.role)}
              data-autofocus={member ? true : undefined}
            />
            <NumberInput
              label={t('team.hoursPerMonth')}
              min={0}
              max={744}
              allowDecimal={false}
              allowNegative={false}
              value={form.values.hoursPerMonth}
              onChange={(v) => form.set('hoursPerMonth', typeof v === 'number' ? v : '')}
              error={message(form.errors.hoursPerMonth)}
              data-testid="member-hours"
            />
          </Group>
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
            <Button type="submit" loading={save.isPending} disabled={stale} data-testid="member-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

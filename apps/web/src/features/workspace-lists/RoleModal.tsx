import { Button, Group, Modal, NumberInput, Stack, Switch, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CreateTeamRoleBody, UpdateTeamRoleBody, type WorkspaceRole } from '@vested/contracts';
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
import { StaleVersionAlert } from '../../ui/StaleVersionAlert';
import { allRolesQuery } from './listsQueries';

type Values = { name: string; key: string; position: number | ''; active: boolean };
const toValues = (r: WorkspaceRole): Values => ({
  name: r.name,
  key: r.key,
  position: r.position,
  active: r.active,
});

/** Add a role to the workspace's list, or rename, reorder or retire one. */
export function RoleModal({ role, onClose }: { role: WorkspaceRole | null; onClose: () => void }) {
  const { t } = useTranslation();
  const message = useMessage();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [base, setBase] = useState(() => ({
    version: role?.version ?? 0,
    values: role ? toValues(role) : { name: '', key: '', position: '' as const, active: true },
  }));
  const form = useFormState<Values>(base.values);

  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      role ? api.patch(`/api/v1/team-roles/${role.key}`, body) : api.post('/api/v1/team-roles', body),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('common.saved') });
      await queryClient.invalidateQueries({ queryKey: ['team-roles'] });
      onClose();
    },
    onError: (error) => applyServerFieldErrors(error, form.setErrors, formRef.current),
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const v = form.values;
    const position = v.position === '' ? undefined : v.position;
    const body = role
      ? {
          ...changedFields(
            { name: base.values.name, position: base.values.position, active: base.values.active },
            { name: v.name, position: v.position, active: v.active },
          ),
          version: base.version,
        }
      : { name: v.name, key: v.key.trim() || undefined, position };
    if (role && body.position === '') delete body.position;
    const parsed = (role ? UpdateTeamRoleBody : CreateTeamRoleBody).safeParse(body);
    if (!parsed.success) {
      form.setErrors(zodFieldErrors(parsed.error));
      focusFirstError(formRef.current);
      return;
    }
    save.mutate(body);
  };

  const onReload = async () => {
    const fresh = await queryClient.fetchQuery({ ...allRolesQuery, staleTime: 0 });
    const current = fresh.items.find((r) => r.key === role?.key);
    save.reset();
    if (!current) return onClose();
    setBase({ version: current.version, values: toValues(current) });
    form.reset(toValues(current));
  };

  const stale = isApiError(save.error, 409) && save.error.code === 'stale_version';
  return (
    <Modal
      opened
      onClose={onClose}
      title={role ? t('workspaceLists.roles.editTitle') : t('workspaceLists.roles.addTitle')}
      centered
    >
      <form ref={formRef} onSubmit={submit} noValidate data-testid="role-form">
        <Stack>
          {stale && <StaleVersionAlert onReload={() => void onReload()} />}
          <TextInput
            label={t('workspaceLists.name')}
            required
            value={form.values.name}
            onChange={(e) => form.set('name', e.currentTarget.value)}
            error={message(form.errors.name)}
            data-autofocus
          />
          <TextInput
            label={t('workspaceLists.roles.key')}
            description={role ? t('workspaceLists.roles.keyFixed') : t('workspaceLists.roles.keyHint')}
            value={form.values.key}
            readOnly={!!role}
            variant={role ? 'filled' : 'default'}
            onChange={(e) => form.set('key', e.currentTarget.value)}
            error={message(form.errors.key)}
          />
          <NumberInput
            label={t('workspaceLists.roles.position')}
            description={t('workspaceLists.roles.positionHint')}
            min={0}
            max={10000}
            allowDecimal={false}
            value={form.values.position}
            onChange={(v) => form.set('position', typeof v === 'number' ? v : '')}
            error={message(form.errors.position)}
          />
          {role && (
            <Switch
              label={t('workspaceLists.inUse')}
              description={t('workspaceLists.roles.retireHint')}
              checked={form.values.active}
              disabled={role.builtIn}
              onChange={(e) => form.set('active', e.currentTarget.checked)}
            />
          )}
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

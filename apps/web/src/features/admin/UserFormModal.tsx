import {
  Button,
  Group,
  Modal,
  PasswordInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CreateUserBody, UpdateUserBody, type User, UserPage } from '@vested/contracts';
import { type Locale, locales, type UserRole, userRoles } from '@vested/domain';
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
import { useOptions } from '../../ui/options';
import { PersonSelect } from '../../ui/PersonSelect';
import { StaleVersionAlert } from '../../ui/StaleVersionAlert';

type Values = {
  email: string;
  name: string;
  role: UserRole;
  locale: Locale;
  active: boolean;
  personId: string | null;
  password: string;
};
const toValues = (u: User): Values => ({
  email: u.email,
  name: u.name,
  role: u.role,
  locale: u.locale,
  active: u.active,
  personId: u.personId,
  password: '',
});
const empty: Values = {
  email: '',
  name: '',
  role: 'member',
  locale: 'en',
  active: true,
  personId: null,
  password: '',
};

/** Create a user with an initial password, or edit role, language, access and linked person. */
export function UserFormModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useTranslation();
  const message = useMessage();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [base, setBase] = useState(() => ({
    version: user?.version ?? 0,
    values: user ? toValues(user) : empty,
  }));
  const form = useFormState(base.values);
  const roles = useOptions(userRoles, 'userRole');
  const langs = useOptions(locales, 'locale');

  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      user ? api.patch(`/api/v1/admin/users/${user.id}`, body) : api.post('/api/v1/admin/users', body),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: user ? t('common.saved') : t('users.created') });
      await queryClient.invalidateQueries({ queryKey: ['admin', 'users'] });
      onClose();
    },
    onError: (error) => applyServerFieldErrors(error, form.setErrors, formRef.current),
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    let body: Record<string, unknown>;
    let result: { success: boolean; error?: Parameters<typeof zodFieldErrors>[0] };
    if (user) {
      const { email: _email, password: _password, ...changes } = changedFields(base.values, form.values);
      if (Object.keys(changes).length === 0) return onClose();
      body = { ...changes, version: base.version };
      result = UpdateUserBody.safeParse(body);
    } else {
      const { active: _active, ...values } = form.values;
      body = values;
      result = CreateUserBody.safeParse(body);
    }
    if (!result.success && result.error) {
      form.setErrors(zodFieldErrors(result.error));
      focusFirstError(formRef.current);
      return;
    }
    save.mutate(body);
  };

  const onReload = async () => {
    if (!user) return;
    const page = await queryClient.fetchQuery({
      queryKey: ['admin', 'users', 'reload', user.id],
      queryFn: () =>
        api.get('/api/v1/admin/users', { query: { q: user.email, pageSize: 200 }, schema: UserPage }),
      staleTime: 0,
    });
    const fresh = page.items.find((u) => u.id === user.id);
    save.reset();
    if (!fresh) return onClose();
    const values = toValues(fresh);
    setBase({ version: fresh.version, values });
    form.reset(values);
  };

  const stale = isApiError(save.error, 409) && save.error.code === 'stale_version';
  const err = (field: string) => message(form.errors[field]);
  return (
    <Modal opened onClose={onClose} title={user ? t('users.editTitle') : t('users.createTitle')} size="lg">
      <form ref={formRef} onSubmit={submit} noValidate data-testid="user-form">
        <Stack>
          {stale && <StaleVersionAlert onReload={() => void onReload()} />}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('users.fields.email')}
              type="email"
              required={!user}
              readOnly={!!user}
              variant={user ? 'filled' : 'default'}
              value={form.values.email}
              onChange={(e) => form.set('email', e.currentTarget.value)}
              error={err('email')}
              data-autofocus={!user || undefined}
            />
            <TextInput
              label={t('users.fields.name')}
              required
              value={form.values.name}
              onChange={(e) => form.set('name', e.currentTarget.value)}
              error={err('name')}
              data-autofocus={user ? true : undefined}
            />
            <Select
              label={t('users.fields.role')}
              data={roles}
              value={form.values.role}
              onChange={(v) => form.set('role', userRoles.find((r) => r === v) ?? form.values.role)}
              allowDeselect={false}
              error={err('role')}
            />
            <Select
              label={t('users.fields.locale')}
              data={langs}
              value={form.values.locale}
              onChange={(v) => form.set('locale', locales.find((l) => l === v) ?? 'en')}
              allowDeselect={false}
              error={err('locale')}
            />
          </SimpleGrid>
          <PersonSelect
            label={t('users.fields.person')}
            description={t('users.fields.personHint')}
            value={form.values.personId}
            onChange={(v) => form.set('personId', v)}
            error={err('personId')}
          />
          {user ? (
            <Switch
              label={t('users.fields.active')}
              checked={form.values.active}
              onChange={(e) => form.set('active', e.currentTarget.checked)}
            />
          ) : (
            <PasswordInput
              label={t('users.fields.password')}
              description={t('auth.passwordHint')}
              required
              autoComplete="new-password"
              value={form.values.password}
              onChange={(e) => form.set('password', e.currentTarget.value)}
              error={err('password')}
            />
          )}
          {save.error && !stale && !isFieldError(save.error) && <ErrorAlert error={save.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={stale}>
              {user ? t('common.save') : t('common.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

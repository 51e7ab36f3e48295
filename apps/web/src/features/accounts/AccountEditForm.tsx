import { Button, Group, Paper, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type AccountDetail, UpdateAccountBody } from '@vested/contracts';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api';
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
import { AccountFields } from './AccountFields';
import { accountToValues, valuesToBody } from './accountValues';
import { useAccountPatch, useReloadAccount } from './useAccountPatch';

type Props = { account: AccountDetail; onDone: () => void };

/** Edit the overview fields; sends only what changed, with the version the form was opened on. */
export function AccountEditForm({ account, onDone }: Props) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  // The version and values this edit started from: a newer version arriving meanwhile must not be overwritten.
  const [base, setBase] = useState(() => ({ version: account.version, values: accountToValues(account) }));
  const form = useFormState(base.values);
  const [managerName, setManagerName] = useState(account.managerName);
  const reload = useReloadAccount(account.id);
  const [reloading, setReloading] = useState(false);

  const save = useAccountPatch(account.id, () => {
    notifications.show({ color: 'teal', message: t('common.saved') });
    onDone();
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const changes = changedFields(base.values, form.values);
    if (Object.keys(changes).length === 0) return onDone();
    const body = { ...valuesToBody(changes), version: base.version };
    const parsed = UpdateAccountBody.safeParse(body);
    if (!parsed.success) {
      form.setErrors(zodFieldErrors(parsed.error));
      focusFirstError(formRef.current);
      return;
    }
    save.mutate(body, { onError: (error) => applyServerFieldErrors(error, form.setErrors, formRef.current) });
  };

  const onReload = async () => {
    setReloading(true);
    try {
      const fresh = await reload();
      const values = accountToValues(fresh);
      setBase({ version: fresh.version, values });
      setManagerName(fresh.managerName);
      form.reset(values);
      save.reset();
    } finally {
      setReloading(false);
    }
  };

  const stale = isApiError(save.error, 409);
  return (
    <Paper withBorder p="lg" radius="md">
      <form ref={formRef} onSubmit={submit} noValidate data-testid="account-edit-form">
        <Stack>
          {stale && (
            <StaleVersionAlert kind="account" onReload={() => void onReload()} reloading={reloading} />
          )}
          <AccountFields
            key={base.version}
            values={form.values}
            errors={form.errors}
            set={form.set}
            managerName={managerName}
            canAssignManager={account.permissions.assignManager}
            autoFocus
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

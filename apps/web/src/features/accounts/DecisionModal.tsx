import { Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type AccountDetail, ChangePhaseBody, DecideTierBody } from '@vested/contracts';
import { accountPhases, accountTiers } from '@vested/domain';
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
import { useOptions } from '../../ui/options';
import { StaleVersionAlert } from '../../ui/StaleVersionAlert';
import { useReloadAccount } from './useAccountPatch';

type Props = { account: AccountDetail; kind: 'tier' | 'phase'; onClose: () => void };

/** The director's key-account decision, or a phase change: always with a reason, kept in history. */
export function DecisionModal({ account, kind, onClose }: Props) {
  const { t } = useTranslation();
  const message = useMessage();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const reload = useReloadAccount(account.id);
  const [version, setVersion] = useState(account.version);
  const other = (current: string, all: readonly string[]) => all.find((v) => v !== current) ?? current;
  const initialValue =
    kind === 'tier' ? other(account.tier, accountTiers) : other(account.phase, accountPhases);
  const form = useFormState({ value: initialValue as string | null, reason: '' });
  const tiers = useOptions(accountTiers, 'tier');
  const phases = useOptions(accountPhases, 'phase');

  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) => api.post(`/api/v1/accounts/${account.id}/${kind}`, body),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('decisions.saved') });
      await queryClient.invalidateQueries({ queryKey: ['accounts'] });
      onClose();
    },
    onError: (error) => applyServerFieldErrors(error, form.setErrors, formRef.current),
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const body = { [kind]: form.values.value ?? undefined, reason: form.values.reason, version };
    const parsed = (kind === 'tier' ? DecideTierBody : ChangePhaseBody).safeParse(body);
    if (!parsed.success) {
      const errors = zodFieldErrors(parsed.error);
      if (errors[kind]) errors.value = t('validation.required');
      form.setErrors(errors);
      focusFirstError(formRef.current);
      return;
    }
    save.mutate(body);
  };

  const stale = isApiError(save.error, 409);
  const onReload = async () => {
    const fresh = await reload();
    setVersion(fresh.version);
    save.reset();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={kind === 'tier' ? t('decisions.tierTitle') : t('decisions.phaseTitle')}
      centered
      size="lg"
    >
      <form ref={formRef} onSubmit={submit} noValidate data-testid="decision-form">
        <Stack>
          {stale && <StaleVersionAlert kind="account" onReload={() => void onReload()} />}
          <Select
            label={kind === 'tier' ? t('decisions.newTier') : t('decisions.newPhase')}
            required
            data={kind === 'tier' ? tiers : phases}
            value={form.values.value}
            onChange={(v) => form.set('value', v)}
            allowDeselect={false}
            error={message(form.errors.value ?? form.errors[kind])}
          />
          <Textarea
            label={t('decisions.reason')}
            description={t('decisions.reasonHint')}
            required
            autosize
            minRows={3}
            value={form.values.reason}
            onChange={(e) => form.set('reason', e.currentTarget.value)}
            error={message(form.errors.reason)}
            data-autofocus
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

import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PutMonthlyReturnBody } from '@vested/contracts';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useMessage } from '../../i18n';
import { api } from '../../lib/api';
import { type FieldErrors, focusFirstError, useFormState } from '../../lib/forms';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { todayIso } from '../../ui/format';
import { useOptions } from '../../ui/options';
import { moneyToInput, parseMoneyInput } from './decimalInput';
import { afterAccountWrite } from './economicsQueries';
import { applyApiFieldErrors, hasApiFieldErrors, zodFormErrors } from './formErrors';
import { MoneyInput, useParseMessage } from './MoneyInput';

export type ReturnLine = {
  month: string;
  kind: 'revenue' | 'delivery_cost';
  amount: { amount: number; currency: string };
};
type Values = { month: string; kind: 'revenue' | 'delivery_cost'; amount: string; currency: string };
type Props = { accountId: string; baseCurrency: string; line: ReturnLine | null; onClose: () => void };

const lastMonth = () => {
  const [y, m] = todayIso().split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
};

/**
 * One month's revenue or delivery cost in one currency (margin = revenue − delivery cost). Saving a
 * line of the same month, kind and currency replaces it, so editing changes only the amount.
 */
export function ReturnModal({ accountId, baseCurrency, line, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const message = useMessage();
  const parseMessage = useParseMessage();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const kinds = useOptions(['revenue', 'delivery_cost'], 'economics.returnKind');
  const form = useFormState<Values>(
    line
      ? {
          month: line.month,
          kind: line.kind,
          amount: moneyToInput(line.amount.amount, line.amount.currency, i18n.language),
          currency: line.amount.currency,
        }
      : { month: lastMonth(), kind: 'revenue', amount: '', currency: baseCurrency },
  );

  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) => api.put(`/api/v1/accounts/${accountId}/returns`, body),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('economics.returns.saved') });
      await afterAccountWrite(queryClient, accountId);
      onClose();
    },
    onError: (error) => applyApiFieldErrors(error, form.setErrors, formRef.current),
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const v = form.values;
    const errors: FieldErrors = {};
    // A return may be negative (a credit note); only the number of decimals is the currency's.
    const money = parseMoneyInput(v.amount, v.currency, i18n.language, { allowNegative: true });
    if (!money.ok) errors.amount = parseMessage(money) ?? '';
    const body = { month: v.month, kind: v.kind, currency: v.currency, amount: money.ok ? money.value : 0 };
    const parsed = PutMonthlyReturnBody.safeParse(body);
    if (!parsed.success) Object.assign(errors, { ...zodFormErrors(parsed.error), ...errors });
    if (Object.keys(errors).length > 0) {
      form.setErrors(errors);
      focusFirstError(formRef.current);
      return;
    }
    save.mutate(body);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={line ? t('economics.returns.editTitle') : t('economics.returns.addTitle')}
      centered
    >
      <form ref={formRef} onSubmit={submit} noValidate data-testid="return-form">
        <Stack>
          <Group grow align="flex-start">
            <TextInput
              label={t('economics.month')}
              type="month"
              required
              value={form.values.month}
              onChange={(e) => form.set('month', e.currentTarget.value)}
              error={message(form.errors.month)}
              disabled={!!line}
              data-testid="return-month"
            />
            <Select
              label={t('economics.kind')}
              required
              data={kinds}
              value={form.values.kind}
              onChange={(k) => form.set('kind', k === 'delivery_cost' ? 'delivery_cost' : 'revenue')}
              allowDeselect={false}
              disabled={!!line}
              data-testid="return-kind"
            />
          </Group>
          <MoneyInput
            label={t('economics.amount')}
            required
            amount={form.values.amount}
            currency={form.values.currency}
            onAmount={(a) => form.set('amount', a)}
            onCurrency={(c) => form.set('currency', c)}
            error={message(form.errors.amount)}
            currencyError={message(form.errors.currency)}
            currencyDisabled={!!line}
            testId="return-amount"
          />
          {save.error && !hasApiFieldErrors(save.error) && <ErrorAlert error={save.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="return-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

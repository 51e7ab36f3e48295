import { Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CreateInvestmentBody, type Investment, UpdateInvestmentBody } from '@vested/contracts';
import { type InvestmentKind, investmentKinds } from '@vested/domain';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMessage } from '../../i18n';
import { api, isApiError } from '../../lib/api';
import { type FieldErrors, focusFirstError, useFormState } from '../../lib/forms';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { todayIso } from '../../ui/format';
import { useOptions } from '../../ui/options';
import { PersonSelect } from '../../ui/PersonSelect';
import { StaleVersionAlert } from '../../ui/StaleVersionAlert';
import { useWorkspaceRoles } from '../accounts/team/teamQueries';
import { moneyToInput, normalizeDecimal, parseMoneyInput } from './decimalInput';
import { afterAccountWrite } from './economicsQueries';
import { applyApiFieldErrors, hasApiFieldErrors, zodFormErrors } from './formErrors';
import { MoneyInput, useParseMessage } from './MoneyInput';

type Values = {
  kind: InvestmentKind;
  date: string;
  personId: string | null;
  role: string | null;
  hours: string;
  amount: string;
  currency: string;
  note: string;
};

type Props = {
  accountId: string;
  baseCurrency: string;
  investment: Investment | null;
  /** Read the record again after a 409 (someone else saved first). */
  reload: () => Promise<Investment | undefined>;
  onClose: () => void;
};

const rename = { 'amount.amount': 'amount', 'amount.currency': 'currency' };

/** Record what the company puts into the account: hours of a person, or money spent (trips, studies…). */
export function InvestmentModal({ accountId, baseCurrency, investment, reload, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const message = useMessage();
  const parseMessage = useParseMessage();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const toValues = (i: Investment): Values => ({
    kind: i.kind,
    date: i.date,
    personId: i.personId,
    role: i.role,
    hours: i.hours ?? '',
    amount: i.amount ? moneyToInput(i.amount.amount, i.amount.currency, i18n.language) : '',
    currency: i.amount?.currency ?? baseCurrency,
    note: i.note ?? '',
  });
  const [version, setVersion] = useState(investment?.version ?? 0);
  const form = useFormState<Values>(
    investment
      ? toValues(investment)
      : {
          kind: 'labor',
          date: todayIso(),
          personId: null,
          role: null,
          hours: '',
          amount: '',
          currency: baseCurrency,
          note: '',
        },
  );
  const kinds = useOptions(investmentKinds, 'economics.investmentKind');
  const workspaceRoles = useWorkspaceRoles();
  const roles = workspaceRoles.options;
  const labor = form.values.kind === 'labor';

  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      investment
        ? api.patch(`/api/v1/accounts/${accountId}/investments/${investment.id}`, body)
        : api.post(`/api/v1/accounts/${accountId}/investments`, body),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('economics.investments.saved') });
      await afterAccountWrite(queryClient, accountId);
      onClose();
    },
    onError: (error) => applyApiFieldErrors(error, form.setErrors, formRef.current, rename),
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const v = form.values;
    const errors: FieldErrors = {};
    const hoursText = normalizeDecimal(v.hours, i18n.language);
    const money = parseMoneyInput(v.amount, v.currency, i18n.language);
    if (labor && hoursText === null) errors.hours = t('economics.form.notNumber');
    if (!labor && !money.ok) errors.amount = parseMessage(money) ?? '';
    const note = v.note.trim() || null;
    const common = { date: v.date, note };
    const body: Record<string, unknown> = labor
      ? { ...common, personId: v.personId ?? undefined, role: v.role, hours: Number(hoursText) }
      : {
          ...common,
          personId: v.personId,
          amount: money.ok ? { amount: money.value, currency: v.currency } : undefined,
        };
    const parsed = investment
      ? UpdateInvestmentBody.safeParse({ ...body, version })
      : CreateInvestmentBody.safeParse({ ...body, kind: v.kind });
    if (!parsed.success) Object.assign(errors, { ...zodFormErrors(parsed.error, rename), ...errors });
    if (labor && !v.personId) errors.personId = t('validation.required');
    if (Object.keys(errors).length > 0) {
      form.setErrors(errors);
      focusFirstError(formRef.current);
      return;
    }
    save.mutate(investment ? { ...body, version } : { ...body, kind: v.kind });
  };

  const onReload = async () => {
    const fresh = await reload();
    save.reset();
    if (!fresh) return onClose();
    setVersion(fresh.version);
    form.reset(toValues(fresh));
  };

  const stale = isApiError(save.error, 409);
  return (
    <Modal
      opened
      onClose={onClose}
      title={investment ? t('economics.investments.editTitle') : t('economics.investments.addTitle')}
      centered
      size="lg"
    >
      <form ref={formRef} onSubmit={submit} noValidate data-testid="investment-form">
        <Stack>
          {stale && <StaleVersionAlert onReload={() => void onReload()} />}
          <Group grow align="flex-start">
            <Select
              label={t('economics.kind')}
              required
              data={kinds}
              value={form.values.kind}
              onChange={(k) => form.set('kind', investmentKinds.find((x) => x === k) ?? 'labor')}
              allowDeselect={false}
              disabled={!!investment}
              description={investment ? t('economics.investments.kindFixed') : undefined}
              data-testid="investment-kind"
              data-autofocus={investment ? undefined : true}
            />
            <TextInput
              label={t('economics.date')}
              type="date"
              required
              value={form.values.date}
              onChange={(e) => form.set('date', e.currentTarget.value)}
              error={message(form.errors.date)}
              data-testid="investment-date"
            />
          </Group>
          <PersonSelect
            label={t('economics.person')}
            required={labor}
            description={labor ? undefined : t('economics.investments.personOptional')}
            value={form.values.personId}
            initialLabel={investment?.personName}
            onChange={(id) => form.set('personId', id)}
            error={message(form.errors.personId)}
            data-testid="investment-person"
          />
          {labor ? (
            <Group grow align="flex-start">
              <TextInput
                label={t('economics.hours')}
                required
                inputMode="decimal"
                value={form.values.hours}
                onChange={(e) => form.set('hours', e.currentTarget.value)}
                error={message(form.errors.hours)}
                data-testid="investment-hours"
              />
              <Select
                label={t('economics.role')}
                description={t('economics.investments.roleHint')}
                data={roles}
                value={form.values.role}
                onChange={(r) => form.set('role', r)}
                clearable
                error={message(form.errors.role)}
              />
            </Group>
          ) : (
            <MoneyInput
              label={t('economics.amount')}
              required
              amount={form.values.amount}
              currency={form.values.currency}
              onAmount={(a) => form.set('amount', a)}
              onCurrency={(c) => form.set('currency', c)}
              error={message(form.errors.amount)}
              currencyError={message(form.errors.currency)}
              testId="investment-amount"
            />
          )}
          <Textarea
            label={t('economics.note')}
            autosize
            minRows={2}
            value={form.values.note}
            onChange={(e) => form.set('note', e.currentTarget.value)}
            error={message(form.errors.note)}
          />
          {save.error && !stale && !hasApiFieldErrors(save.error) && <ErrorAlert error={save.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={stale} data-testid="investment-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

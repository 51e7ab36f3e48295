import { Button, Group, Modal, NumberInput, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CreateValueEventBody, UpdateValueEventBody, type ValueEvent } from '@vested/contracts';
import { type ValueEventKind, valueEventKinds } from '@vested/domain';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMessage } from '../../i18n';
import { api, isApiError } from '../../lib/api';
import { type FieldErrors, focusFirstError, useFormState } from '../../lib/forms';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { todayIso } from '../../ui/format';
import { useOptions } from '../../ui/options';
import { StaleVersionAlert } from '../../ui/StaleVersionAlert';
import { moneyToInput, parseMoneyInput } from './decimalInput';
import { afterAccountWrite } from './economicsQueries';
import { applyApiFieldErrors, hasApiFieldErrors, zodFormErrors } from './formErrors';
import { MoneyInput, useParseMessage } from './MoneyInput';
import { useMoney } from './money';

type Values = {
  kind: ValueEventKind;
  date: string;
  score: number | string;
  equivalent: string;
  currency: string;
  note: string;
};
type Props = {
  accountId: string;
  baseCurrency: string;
  event: ValueEvent | null;
  /** Only the program director (or an admin) puts a money figure on reputation. */
  canSetEquivalent: boolean;
  reload: () => Promise<ValueEvent | undefined>;
  onClose: () => void;
};

const rename = { 'moneyEquivalent.amount': 'equivalent', 'moneyEquivalent.currency': 'currency' };

/** A non-financial return: a reference, a case study, a talk given together… with its score. */
export function ValueEventModal({
  accountId,
  baseCurrency,
  event,
  canSetEquivalent,
  reload,
  onClose,
}: Props) {
  const { t, i18n } = useTranslation();
  const message = useMessage();
  const parseMessage = useParseMessage();
  const f = useMoney();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const kinds = useOptions(valueEventKinds, 'economics.valueKind');
  const toValues = (e: ValueEvent): Values => ({
    kind: e.kind,
    date: e.date,
    score: e.score,
    equivalent: e.moneyEquivalent
      ? moneyToInput(e.moneyEquivalent.amount, e.moneyEquivalent.currency, i18n.language)
      : '',
    currency: e.moneyEquivalent?.currency ?? baseCurrency,
    note: e.note ?? '',
  });
  const [version, setVersion] = useState(event?.version ?? 0);
  const form = useFormState<Values>(
    event
      ? toValues(event)
      : { kind: 'reference', date: todayIso(), score: '', equivalent: '', currency: baseCurrency, note: '' },
  );

  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      event
        ? api.patch(`/api/v1/accounts/${accountId}/value-events/${event.id}`, body)
        : api.post(`/api/v1/accounts/${accountId}/value-events`, body),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('economics.value.saved') });
      await afterAccountWrite(queryClient, accountId);
      onClose();
    },
    onError: (error) => applyApiFieldErrors(error, form.setErrors, formRef.current, rename),
  });

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const v = form.values;
    const errors: FieldErrors = {};
    const body: Record<string, unknown> = {
      kind: v.kind,
      date: v.date,
      score: typeof v.score === 'number' ? v.score : undefined,
      note: v.note.trim() || null,
    };
    if (canSetEquivalent) {
      if (v.equivalent.trim() === '') body.moneyEquivalent = null;
      else {
        const money = parseMoneyInput(v.equivalent, v.currency, i18n.language);
        if (money.ok) body.moneyEquivalent = { amount: money.value, currency: v.currency };
        else errors.equivalent = parseMessage(money) ?? '';
      }
    }
    const parsed = event
      ? UpdateValueEventBody.safeParse({ ...body, version })
      : CreateValueEventBody.safeParse(body);
    if (!parsed.success) Object.assign(errors, { ...zodFormErrors(parsed.error, rename), ...errors });
    if (Object.keys(errors).length > 0) {
      form.setErrors(errors);
      focusFirstError(formRef.current);
      return;
    }
    save.mutate(event ? { ...body, version } : body);
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
      title={event ? t('economics.value.editTitle') : t('economics.value.addTitle')}
      centered
      size="lg"
    >
      <form ref={formRef} onSubmit={submit} noValidate data-testid="value-event-form">
        <Stack>
          {stale && <StaleVersionAlert onReload={() => void onReload()} />}
          <Group grow align="flex-start">
            <Select
              label={t('economics.kind')}
              required
              data={kinds}
              value={form.values.kind}
              onChange={(k) => form.set('kind', valueEventKinds.find((x) => x === k) ?? 'other')}
              allowDeselect={false}
              error={message(form.errors.kind)}
              data-autofocus
            />
            <TextInput
              label={t('economics.date')}
              type="date"
              required
              value={form.values.date}
              onChange={(e) => form.set('date', e.currentTarget.value)}
              error={message(form.errors.date)}
            />
            <NumberInput
              label={t('economics.value.score')}
              required
              min={0}
              max={1000}
              allowDecimal={false}
              allowNegative={false}
              value={form.values.score}
              onChange={(s) => form.set('score', s)}
              error={message(form.errors.score)}
              data-testid="value-score"
            />
          </Group>
          {canSetEquivalent ? (
            <MoneyInput
              label={t('economics.value.equivalent')}
              amount={form.values.equivalent}
              currency={form.values.currency}
              onAmount={(a) => form.set('equivalent', a)}
              onCurrency={(c) => form.set('currency', c)}
              error={message(form.errors.equivalent)}
              currencyError={message(form.errors.currency)}
              testId="value-equivalent"
            />
          ) : (
            <Text size="sm" c="dimmed">
              {event?.moneyEquivalent
                ? t('economics.value.equivalentSet', {
                    amount: f.money(event.moneyEquivalent.amount, event.moneyEquivalent.currency),
                  })
                : t('economics.value.equivalentDirector')}
            </Text>
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
            <Button type="submit" loading={save.isPending} disabled={stale} data-testid="value-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

import { ActionIcon, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { PutExchangeRateBody } from '@vested/contracts';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMessage } from '../../../i18n';
import { api } from '../../../lib/api';
import { type FieldErrors, focusFirstError, useFormState } from '../../../lib/forms';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { EmptyRow } from '../../../ui/EmptyRow';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useFormat } from '../../../ui/format';
import { Pager } from '../../../ui/Pager';
import { SortableTh } from '../../../ui/SortableTh';
import { CurrencySelect } from '../CurrencySelect';
import { decimalInput } from '../decimalInput';
import { afterWorkspaceWrite, exchangeRatesQuery } from '../economicsQueries';
import { applyApiFieldErrors, hasApiFieldErrors, zodFormErrors } from '../formErrors';
import { useMoney } from '../money';

const PAGE_SIZE = 20;
type Rate = { currency: string; month: string; ratePerBase: string };
type Props = { baseCurrency: string; prefill: { currency?: string; month?: string } };

/** Monthly exchange rates: 1 unit of a currency = so many units of the base currency, that month. */
export function ExchangeRatesPanel({ baseCurrency, prefill }: Props) {
  const { t, i18n } = useTranslation();
  const message = useMessage();
  const f = useMoney();
  const format = useFormat();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [filter, setFilter] = useState<string | null>(null);
  const [sort, setSort] = useState('-month');
  const [page, setPage] = useState(1);
  const [removing, setRemoving] = useState<Rate | null>(null);
  const { data, error, isFetching } = useQuery(
    exchangeRatesQuery({ currency: filter, sort, page, pageSize: PAGE_SIZE }),
  );
  const form = useFormState({
    currency: prefill.currency ?? (baseCurrency === 'EUR' ? 'USD' : 'EUR'),
    month: prefill.month ?? '',
    rate: '',
  });

  const save = useMutation({
    mutationFn: (body: Rate) => api.put('/api/v1/economics/exchange-rates', body),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('economicsSettings.rates.saved') });
      form.set('rate', '');
      await afterWorkspaceWrite(queryClient);
    },
    onError: (e) => applyApiFieldErrors(e, form.setErrors, formRef.current, { ratePerBase: 'rate' }),
  });
  const remove = useMutation({
    mutationFn: (r: Rate) => api.delete(`/api/v1/economics/exchange-rates/${r.currency}/${r.month}`),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('economicsSettings.rates.removed') });
      setRemoving(null);
      await afterWorkspaceWrite(queryClient);
    },
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const v = form.values;
    const errors: FieldErrors = {};
    const rate = decimalInput(v.rate, i18n.language);
    if (rate === null) errors.rate = t('economics.form.notNumber');
    const body = { currency: v.currency, month: v.month, ratePerBase: rate ?? '' };
    const parsed = PutExchangeRateBody.safeParse(body);
    if (!parsed.success)
      Object.assign(errors, { ...zodFormErrors(parsed.error, { ratePerBase: 'rate' }), ...errors });
    if (v.currency === baseCurrency)
      errors.currency = t('economicsSettings.rates.notBase', { base: baseCurrency });
    if (Object.keys(errors).length > 0) {
      form.setErrors(errors);
      focusFirstError(formRef.current);
      return;
    }
    save.mutate(body);
  };

  return (
    <Stack gap="md">
      <Paper withBorder p="lg" radius="md">
        <form ref={formRef} onSubmit={submit} noValidate data-testid="exchange-rate-form">
          <Stack gap="sm">
            <Title order={4}>{t('economicsSettings.rates.enter')}</Title>
            <Text size="sm" c="dimmed">
              {t('economicsSettings.rates.explain', { base: baseCurrency })}
            </Text>
            <Group align="flex-start" gap="sm" wrap="wrap">
              <CurrencySelect
                value={form.values.currency}
                onChange={(c) => form.set('currency', c)}
                error={message(form.errors.currency)}
                w={140}
                data-testid="rate-currency"
              />
              <TextInput
                label={t('economics.month')}
                type="month"
                required
                value={form.values.month}
                onChange={(e) => form.set('month', e.currentTarget.value)}
                error={message(form.errors.month)}
                w={180}
                data-testid="rate-month"
              />
              <TextInput
                label={t('economicsSettings.rates.rate', {
                  currency: form.values.currency,
                  base: baseCurrency,
                })}
                required
                inputMode="decimal"
                value={form.values.rate}
                onChange={(e) => form.set('rate', e.currentTarget.value)}
                error={message(form.errors.rate)}
                w={240}
                data-testid="rate-value"
              />
              <Button type="submit" mt={25} loading={save.isPending} data-testid="rate-save">
                {t('common.save')}
              </Button>
            </Group>
            {save.error && !hasApiFieldErrors(save.error) && <ErrorAlert error={save.error} />}
          </Stack>
        </form>
      </Paper>

      <Paper withBorder p="lg" radius="md">
        <Group justify="space-between" mb="sm">
          <Title order={4}>{t('economicsSettings.rates.title')}</Title>
          <Group gap="xs">
            <CurrencySelect
              label=""
              aria-label={t('economicsSettings.rates.filter')}
              placeholder={t('economicsSettings.rates.allCurrencies')}
              value={filter}
              onChange={(c) => {
                setFilter(c);
                setPage(1);
              }}
              w={120}
            />
            {filter && (
              <Button variant="subtle" size="xs" onClick={() => setFilter(null)}>
                {t('common.clearFilters')}
              </Button>
            )}
          </Group>
        </Group>
        <ErrorAlert error={error} />
        <Table
          verticalSpacing="xs"
          data-testid="exchange-rates-table"
          style={{ opacity: isFetching ? 0.7 : 1 }}
        >
          <Table.Thead>
            <Table.Tr>
              <SortableTh field="month" sort={sort} onSort={setSort}>
                {t('economics.month')}
              </SortableTh>
              <SortableTh field="currency" sort={sort} onSort={setSort}>
                {t('economics.currency')}
              </SortableTh>
              <Table.Th ta="right">{t('economicsSettings.rates.ratePlain', { base: baseCurrency })}</Table.Th>
              <Table.Th>{t('economics.updated')}</Table.Th>
              <Table.Th w={80} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data?.items.map((r) => (
              <Table.Tr key={`${r.currency}-${r.month}`} data-testid="exchange-rate-row">
                <Table.Td>{f.month(r.month, 'long')}</Table.Td>
                <Table.Td>{r.currency}</Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {r.ratePerBase}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {format.dateTime(r.updatedAt)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <ActionIcon
                      variant="subtle"
                      aria-label={t('common.edit')}
                      onClick={() => {
                        form.reset({
                          currency: r.currency,
                          month: r.month,
                          rate: i18n.language === 'ru' ? r.ratePerBase.replace('.', ',') : r.ratePerBase,
                        });
                        window.scrollTo({ top: 0, behavior: 'smooth' });
                      }}
                    >
                      <IconPencil size={16} />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('common.remove')}
                      onClick={() => setRemoving(r)}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
            {data?.items.length === 0 && (
              <EmptyRow columns={5}>{t('economicsSettings.rates.empty')}</EmptyRow>
            )}
          </Table.Tbody>
        </Table>
        {data && <Pager page={data.page} pageSize={PAGE_SIZE} total={data.total} onPage={setPage} />}
      </Paper>
      <ConfirmModal
        opened={!!removing}
        title={t('economicsSettings.rates.removeTitle')}
        confirmLabel={t('common.remove')}
        color="red"
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => removing && remove.mutate(removing)}
        onClose={() => {
          setRemoving(null);
          remove.reset();
        }}
      >
        {removing &&
          t('economicsSettings.rates.removeConfirm', {
            currency: removing.currency,
            month: f.month(removing.month, 'long'),
          })}
      </ConfirmModal>
    </Stack>
  );
}

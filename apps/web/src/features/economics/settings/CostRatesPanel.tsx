import {
  ActionIcon,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type CostRate, CreateCostRateBody } from '@vested/contracts';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMessage } from '../../../i18n';
import { api } from '../../../lib/api';
import { type FieldErrors, focusFirstError, useFormState } from '../../../lib/forms';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { EmptyRow } from '../../../ui/EmptyRow';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { todayIso, useFormat } from '../../../ui/format';
import { useOptions } from '../../../ui/options';
import { Pager } from '../../../ui/Pager';
import { PersonSelect } from '../../../ui/PersonSelect';
import { SortableTh } from '../../../ui/SortableTh';
import { useWorkspaceRoles } from '../../accounts/team/teamQueries';
import { parseMoneyInput } from '../decimalInput';
import { afterWorkspaceWrite, costRatesQuery } from '../economicsQueries';
import { applyApiFieldErrors, hasApiFieldErrors, zodFormErrors } from '../formErrors';
import { MoneyInput, useParseMessage } from '../MoneyInput';
import { useMoney } from '../money';

const PAGE_SIZE = 20;
const levels = ['person', 'role', 'workspace'] as const;
type Level = (typeof levels)[number];
type Props = { baseCurrency: string; prefill: { personId?: string; from?: string } };
const rename = { 'hourly.amount': 'amount', 'hourly.currency': 'currency' };

/**
 * Hourly cost rates, effective from a date: a person's own rate, else a rate for their role on the
 * account, else the workspace default. A rate is never edited in place; a new one takes over from its
 * date, so past labor keeps the value it had.
 */
export function CostRatesPanel({ baseCurrency, prefill }: Props) {
  const { t, i18n } = useTranslation();
  const message = useMessage();
  const parseMessage = useParseMessage();
  const f = useMoney();
  const format = useFormat();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const workspaceRoles = useWorkspaceRoles();
  const roles = workspaceRoles.options;
  const levelOptions = useOptions(levels, 'economicsSettings.cost.level');
  const [levelFilter, setLevelFilter] = useState<string | null>(null);
  const [sort, setSort] = useState('-from');
  const [page, setPage] = useState(1);
  const [removing, setRemoving] = useState<CostRate | null>(null);
  const { data, error, isFetching } = useQuery(
    costRatesQuery({ level: levelFilter, sort, page, pageSize: PAGE_SIZE }),
  );
  const form = useFormState({
    level: 'person' as Level,
    personId: prefill.personId ?? (null as string | null),
    role: null as string | null,
    from: prefill.from ?? todayIso(),
    amount: '',
    currency: baseCurrency,
  });

  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) => api.post('/api/v1/economics/cost-rates', body),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('economicsSettings.cost.saved') });
      form.set('amount', '');
      await afterWorkspaceWrite(queryClient);
    },
    onError: (e) => applyApiFieldErrors(e, form.setErrors, formRef.current, rename),
  });
  const remove = useMutation({
    mutationFn: (r: CostRate) => api.delete(`/api/v1/economics/cost-rates/${r.id}`),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('economicsSettings.cost.removed') });
      setRemoving(null);
      await afterWorkspaceWrite(queryClient);
    },
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const v = form.values;
    const errors: FieldErrors = {};
    const money = parseMoneyInput(v.amount, v.currency, i18n.language);
    if (!money.ok) errors.amount = parseMessage(money) ?? '';
    const body = {
      level: v.level,
      personId: v.level === 'person' ? (v.personId ?? undefined) : undefined,
      role: v.level === 'role' ? (v.role ?? undefined) : undefined,
      from: v.from,
      hourly: { amount: money.ok ? money.value : 0, currency: v.currency },
    };
    const parsed = CreateCostRateBody.safeParse(body);
    if (!parsed.success) Object.assign(errors, { ...zodFormErrors(parsed.error, rename), ...errors });
    if (Object.keys(errors).length > 0) {
      form.setErrors(errors);
      focusFirstError(formRef.current);
      return;
    }
    save.mutate(body);
  };

  const who = (r: CostRate) =>
    r.level === 'person'
      ? (r.personName ?? t('common.none'))
      : r.level === 'role'
        ? workspaceRoles.label(r.role ?? '')
        : t('economicsSettings.cost.everyone');

  return (
    <Stack gap="md">
      <Paper withBorder p="lg" radius="md">
        <form ref={formRef} onSubmit={submit} noValidate data-testid="cost-rate-form">
          <Stack gap="sm">
            <Title order={4}>{t('economicsSettings.cost.enter')}</Title>
            <Text size="sm" c="dimmed">
              {t('economicsSettings.cost.explain')}
            </Text>
            <SegmentedControl
              value={form.values.level}
              onChange={(l) => form.set('level', levels.find((x) => x === l) ?? 'person')}
              data={levelOptions}
              w="fit-content"
              data-testid="cost-level"
            />
            <Group align="flex-start" gap="sm" wrap="wrap">
              {form.values.level === 'person' && (
                <PersonSelect
                  label={t('economics.person')}
                  required
                  value={form.values.personId}
                  onChange={(p) => form.set('personId', p)}
                  error={message(form.errors.personId)}
                  w={260}
                  data-testid="cost-person"
                />
              )}
              {form.values.level === 'role' && (
                <Select
                  label={t('economics.role')}
                  required
                  data={roles}
                  value={form.values.role}
                  onChange={(r) => form.set('role', r)}
                  error={message(form.errors.role)}
                  w={260}
                />
              )}
              <TextInput
                label={t('economicsSettings.cost.from')}
                type="date"
                required
                value={form.values.from}
                onChange={(e) => form.set('from', e.currentTarget.value)}
                error={message(form.errors.from)}
                w={170}
              />
              <div style={{ width: 300 }}>
                <MoneyInput
                  label={t('economicsSettings.cost.hourly')}
                  required
                  amount={form.values.amount}
                  currency={form.values.currency}
                  onAmount={(a) => form.set('amount', a)}
                  onCurrency={(c) => form.set('currency', c)}
                  error={message(form.errors.amount)}
                  currencyError={message(form.errors.currency)}
                  testId="cost-amount"
                />
              </div>
              <Button type="submit" mt={25} loading={save.isPending} data-testid="cost-save">
                {t('economicsSettings.cost.add')}
              </Button>
            </Group>
            {save.error && !hasApiFieldErrors(save.error) && <ErrorAlert error={save.error} />}
          </Stack>
        </form>
      </Paper>

      <Paper withBorder p="lg" radius="md">
        <Group justify="space-between" mb="sm">
          <Title order={4}>{t('economicsSettings.cost.title')}</Title>
          <Select
            aria-label={t('economicsSettings.cost.levelLabel')}
            placeholder={t('economicsSettings.cost.allLevels')}
            data={levelOptions}
            value={levelFilter}
            onChange={(l) => {
              setLevelFilter(l);
              setPage(1);
            }}
            clearable
            w={200}
          />
        </Group>
        <ErrorAlert error={error} />
        <Table.ScrollContainer minWidth={640}>
          <Table
            verticalSpacing="xs"
            data-testid="cost-rates-table"
            style={{ opacity: isFetching ? 0.7 : 1 }}
          >
            <Table.Thead>
              <Table.Tr>
                <SortableTh field="level" sort={sort} onSort={setSort}>
                  {t('economicsSettings.cost.levelLabel')}
                </SortableTh>
                <Table.Th>{t('economicsSettings.cost.who')}</Table.Th>
                <SortableTh field="from" sort={sort} onSort={setSort}>
                  {t('economicsSettings.cost.from')}
                </SortableTh>
                <Table.Th ta="right">{t('economicsSettings.cost.hourly')}</Table.Th>
                <Table.Th w={50} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data?.items.map((r) => (
                <Table.Tr key={r.id} data-testid="cost-rate-row">
                  <Table.Td>{t(`economicsSettings.cost.level.${r.level}`)}</Table.Td>
                  <Table.Td>{who(r)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(r.from)}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {f.money(r.hourly.amount, r.hourly.currency)}
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('common.remove')}
                      onClick={() => setRemoving(r)}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
              {data?.items.length === 0 && (
                <EmptyRow columns={5}>{t('economicsSettings.cost.empty')}</EmptyRow>
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {data && <Pager page={data.page} pageSize={PAGE_SIZE} total={data.total} onPage={setPage} />}
      </Paper>
      <ConfirmModal
        opened={!!removing}
        title={t('economicsSettings.cost.removeTitle')}
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
          t('economicsSettings.cost.removeConfirm', {
            who: who(removing),
            from: format.date(removing.from),
            amount: f.money(removing.hourly.amount, removing.hourly.currency),
          })}
      </ConfirmModal>
    </Stack>
  );
}

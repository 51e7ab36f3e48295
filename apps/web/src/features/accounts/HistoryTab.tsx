import { Badge, Code, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { AuditEntry } from '@vested/contracts';
import { useTranslation } from 'react-i18next';
import { EmptyRow } from '../../ui/EmptyRow';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useFormat } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { Pager } from '../../ui/Pager';
import { historyQuery, PAGE_SIZE } from './accountQueries';

const route = getRouteApi('/app/accounts/$accountId');

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(String).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  const text = String(value);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

/** Enum fields whose values have labels in the dictionary. */
const valuePrefix: Record<string, string> = {
  objective: 'objective',
  tier: 'tier',
  phase: 'phase',
  status: 'status',
  sizeBand: 'sizeBand',
  role: 'teamRole',
};
/** The kind of an economics record is labelled by what the record is. */
const kindPrefix: Record<string, string> = {
  investment: 'economics.investmentKind',
  monthly_return: 'economics.returnKind',
  value_event: 'economics.valueKind',
};
const dateFields = new Set(['date', 'from', 'to', 'startedOn', 'fromDate', 'toDate']);
/** Money is kept in minor units beside its currency: amountMinor → currency, equivalentMinor → equivalentCurrency. */
const currencyFieldOf = (field: string) =>
  field === 'amountMinor' ? 'currency' : field.endsWith('Minor') ? `${field.slice(0, -5)}Currency` : null;

function Changes({ entry }: { entry: AuditEntry }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const fields = Object.entries(entry.changes);
  const value = (field: string, v: unknown, side: 'before' | 'after') => {
    if (v === null || v === undefined || v === '') return '—';
    const currencyField = currencyFieldOf(field);
    if (currencyField && (typeof v === 'number' || typeof v === 'string')) {
      const currency = entry.changes[currencyField]?.[side] ?? entry.changes[currencyField]?.after;
      const amount = Number(v) / 100;
      if (typeof currency === 'string' && /^[A-Z]{3}$/.test(currency)) {
        return new Intl.NumberFormat(i18n.language, { style: 'currency', currency }).format(amount);
      }
      return amount.toFixed(2);
    }
    if (field === 'hours' && !Number.isNaN(Number(v))) return t('history.hours', { hours: Number(v) });
    if (typeof v === 'string' && entry.names?.[v]) return entry.names[v];
    if (dateFields.has(field) && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v))
      return format.date(v);
    const prefix = field === 'kind' ? kindPrefix[entry.entityType] : valuePrefix[field];
    return prefix && typeof v === 'string' ? t(`${prefix}.${v}`, { defaultValue: v }) : show(v);
  };
  const label = (field: string) =>
    t(`history.field.${field}`, { defaultValue: t(`accounts.fields.${field}`, { defaultValue: field }) });
  if (fields.length === 0) return <Text c="dimmed">{t('common.none')}</Text>;
  return (
    <Stack gap={4}>
      {fields.map(([field, change]) => (
        <Group key={field} gap={6} wrap="wrap" align="center">
          <Text size="sm" fw={600}>
            {label(field)}:
          </Text>
          <Code>{value(field, change.before, 'before')}</Code>
          <IconArrowRight size={12} />
          <Code color="teal.1">{value(field, change.after, 'after')}</Code>
        </Group>
      ))}
    </Stack>
  );
}

export function HistoryTab({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { historyPage = 1 } = route.useSearch();
  const navigate = route.useNavigate();
  const { data, error, isPending } = useQuery(historyQuery(accountId, historyPage));

  if (error) return <ErrorAlert error={error} />;
  if (isPending || !data) return <Loading />;

  return (
    <Paper withBorder p="lg" radius="md">
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('history.when')}</Table.Th>
              <Table.Th>{t('history.who')}</Table.Th>
              <Table.Th>{t('history.what')}</Table.Th>
              <Table.Th>{t('history.changes')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.map((entry) => (
              <Table.Tr key={entry.id} data-testid="history-row" style={{ verticalAlign: 'top' }}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(entry.at)}</Table.Td>
                <Table.Td>{entry.actorName ?? t('history.system')}</Table.Td>
                <Table.Td>
                  <Stack gap={4} align="flex-start">
                    <Text size="sm">
                      {t(`history.action.${entry.action}`, { defaultValue: entry.action })}
                    </Text>
                    <Badge size="xs" variant="light" color="gray">
                      {t(`history.entity.${entry.entityType}`, { defaultValue: entry.entityType })}
                    </Badge>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Changes entry={entry} />
                </Table.Td>
              </Table.Tr>
            ))}
            {data.items.length === 0 && <EmptyRow columns={4}>{t('history.empty')}</EmptyRow>}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Pager
        page={data.page}
        pageSize={PAGE_SIZE}
        total={data.total}
        onPage={(page) => void navigate({ search: (prev) => ({ ...prev, historyPage: page }) })}
      />
    </Paper>
  );
}

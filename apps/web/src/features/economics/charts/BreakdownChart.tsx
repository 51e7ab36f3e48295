import { Box, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMoney } from '../money';
import { ChartCard } from './ChartCard';

export type BreakdownRow = { key: string; label: string; amount: number; color?: string };

type Props = {
  title: string;
  rows: BreakdownRow[];
  total: number;
  currency: string;
  empty: string;
  testId: string;
};

/** Parts of a total as horizontal bars, largest first, with their amount and share. */
export function BreakdownChart({ title, rows, total, currency, empty, testId }: Props) {
  const { t } = useTranslation();
  const f = useMoney();
  const sorted = [...rows].sort((a, b) => b.amount - a.amount);
  const max = Math.max(1, ...sorted.map((r) => Math.abs(r.amount)));
  const share = (amount: number) => (total > 0 ? f.percent(amount / total) : '—');

  const chart =
    sorted.length === 0 ? (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    ) : (
      <Stack gap={10}>
        {sorted.map((r) => (
          <Box key={r.key}>
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text size="sm" truncate="end" title={r.label}>
                {r.label}
              </Text>
              <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {f.money(r.amount, currency)}{' '}
                <Text span size="xs" c="dimmed" fw={400}>
                  {share(r.amount)}
                </Text>
              </Text>
            </Group>
            <Box h={8} bg="var(--mantine-color-default-hover)" style={{ borderRadius: 4 }} aria-hidden="true">
              <Box
                h={8}
                w={`${(Math.abs(r.amount) / max) * 100}%`}
                bg={r.color ?? 'var(--mantine-color-orange-6)'}
                style={{ borderRadius: 4 }}
              />
            </Box>
          </Box>
        ))}
      </Stack>
    );

  const table = (
    <Table verticalSpacing={4} fz="sm" data-testid={`${testId}-table`}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{title}</Table.Th>
          <Table.Th ta="right">{t('economics.amount')}</Table.Th>
          <Table.Th ta="right">{t('economics.share')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sorted.map((r) => (
          <Table.Tr key={r.key}>
            <Table.Td>{r.label}</Table.Td>
            <Table.Td ta="right">{f.money(r.amount, currency)}</Table.Td>
            <Table.Td ta="right">{share(r.amount)}</Table.Td>
          </Table.Tr>
        ))}
        <Table.Tr>
          <Table.Td fw={700}>{t('economics.total')}</Table.Td>
          <Table.Td ta="right" fw={700}>
            {f.money(total, currency)}
          </Table.Td>
          <Table.Td />
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );

  return <ChartCard title={title} testId={testId} chart={chart} table={table} h="100%" />;
}

import { Badge, Box, ScrollArea, Table } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import type { AccountEconomics } from '@vested/contracts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../ui/format';
import { useMoney } from '../money';
import { ChartCard } from './ChartCard';
import { INVESTED, RETURNED } from './MonthlyBarsChart';
import { labelStride, linear, niceTicks } from './scale';

type Month = AccountEconomics['monthly'][number];
const HEIGHT = 240;
const M = { top: 22, right: 28, bottom: 26, left: 72 };
const PAYBACK = 'var(--mantine-color-blue-7)';

type Props = { monthly: Month[]; currency: string; paybackDate: string | null };

/** Cumulative invested and returned; where the returned line reaches the invested one, the payback. */
export function CumulativeChart({ monthly, currency, paybackDate }: Props) {
  const { t } = useTranslation();
  const f = useMoney();
  const format = useFormat();
  const { ref, width } = useElementSize();

  const values = monthly.flatMap((m) => [m.cumulativeInvested, m.cumulativeReturned]);
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values), 4);
  const y = linear(ticks[0]!, ticks[ticks.length - 1]!, HEIGHT - M.bottom, M.top);
  const plot = Math.max(0, width - M.left - M.right);
  const x = (i: number) => M.left + (monthly.length <= 1 ? plot / 2 : (i * plot) / (monthly.length - 1));
  const stride = labelStride(monthly.length, plot, 52);
  const path = (pick: (m: Month) => number) =>
    monthly.map((m, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(pick(m)).toFixed(1)}`).join(' ');
  const paybackMonth = paybackDate?.slice(0, 7);
  const pi = monthly.findIndex((m) => m.month === paybackMonth);
  const paybackLabel = paybackDate ? t('economics.paybackOn', { date: format.date(paybackDate) }) : '';

  const chart = (
    <Box ref={ref}>
      {width > 0 && (
        <svg width={width} height={HEIGHT} role="img" aria-label={t('economics.cumulative.title')}>
          {ticks.map((v) => (
            <g key={v}>
              <line
                x1={M.left}
                x2={width - M.right}
                y1={y(v)}
                y2={y(v)}
                stroke="var(--mantine-color-default-border)"
              />
              <text
                x={M.left - 6}
                y={y(v) + 4}
                textAnchor="end"
                fontSize={11}
                fill="var(--mantine-color-dimmed)"
              >
                {f.compact(v, currency)}
              </text>
            </g>
          ))}
          {monthly.map((m, i) =>
            i % stride === 0 ? (
              <text
                key={m.month}
                x={x(i)}
                y={HEIGHT - 8}
                textAnchor="middle"
                fontSize={11}
                fill="var(--mantine-color-dimmed)"
              >
                {f.monthTick(m.month)}
              </text>
            ) : null,
          )}
          <path d={path((m) => m.cumulativeInvested)} fill="none" stroke={INVESTED} strokeWidth={2.5} />
          <path d={path((m) => m.cumulativeReturned)} fill="none" stroke={RETURNED} strokeWidth={2.5} />
          {pi >= 0 && (
            <g data-testid="payback-marker">
              <line
                x1={x(pi)}
                x2={x(pi)}
                y1={M.top - 4}
                y2={HEIGHT - M.bottom}
                stroke={PAYBACK}
                strokeDasharray="4 3"
              />
              <circle cx={x(pi)} cy={y(monthly[pi]!.cumulativeReturned)} r={5} fill={PAYBACK} />
              <text
                x={x(pi)}
                y={M.top - 8}
                textAnchor={x(pi) > width * 0.7 ? 'end' : x(pi) < width * 0.3 ? 'start' : 'middle'}
                fontSize={12}
                fontWeight={600}
                fill={PAYBACK}
              >
                {paybackLabel}
              </text>
              <title>{paybackLabel}</title>
            </g>
          )}
        </svg>
      )}
    </Box>
  );

  const table = (
    <ScrollArea.Autosize mah={360} type="auto">
      <Table striped verticalSpacing={4} fz="sm" data-testid="cumulative-table" stickyHeader>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('economics.month')}</Table.Th>
            <Table.Th ta="right">{t('economics.cumulative.invested')}</Table.Th>
            <Table.Th ta="right">{t('economics.cumulative.returned')}</Table.Th>
            <Table.Th ta="right">{t('economics.cumulative.net')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {monthly.map((m) => (
            <Table.Tr key={m.month}>
              <Table.Td>
                {f.month(m.month, 'long')}{' '}
                {m.month === paybackMonth && (
                  <Badge size="xs" color="blue" variant="light">
                    {t('economics.payback')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td ta="right">{f.money(m.cumulativeInvested, currency)}</Table.Td>
              <Table.Td ta="right">{f.money(m.cumulativeReturned, currency)}</Table.Td>
              <Table.Td ta="right">{f.money(m.cumulativeNet, currency)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );

  return (
    <ChartCard
      title={t('economics.cumulative.title')}
      description={paybackDate ? paybackLabel : t('economics.cumulative.noPayback')}
      testId="cumulative-chart"
      legend={[
        { label: t('economics.cumulative.invested'), color: INVESTED, shape: 'line' },
        { label: t('economics.cumulative.returned'), color: RETURNED, shape: 'line' },
        ...(pi >= 0 ? [{ label: t('economics.payback'), color: PAYBACK, shape: 'dot' as const }] : []),
      ]}
      chart={chart}
      table={table}
    />
  );
}

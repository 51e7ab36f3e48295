import { Box, ScrollArea, Table, Text } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import type { AccountEconomics } from '@vested/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMoney } from '../money';
import { ChartCard } from './ChartCard';
import { labelStride, linear, niceTicks } from './scale';

export const INVESTED = 'var(--mantine-color-orange-6)';
export const RETURNED = 'var(--mantine-color-teal-6)';
const GRID = 'var(--mantine-color-default-border)';

type Month = AccountEconomics['monthly'][number];
const HEIGHT = 240;
const M = { top: 10, right: 8, bottom: 26, left: 72 };

/** Invested and returned per month, side by side; returns below zero (a loss month) go down. */
export function MonthlyBarsChart({ monthly, currency }: { monthly: Month[]; currency: string }) {
  const { t } = useTranslation();
  const f = useMoney();
  const { ref, width } = useElementSize();
  const [hover, setHover] = useState<number | null>(null);

  const values = monthly.flatMap((m) => [m.invested, m.returned]);
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values), 4);
  const y = linear(ticks[0]!, ticks[ticks.length - 1]!, HEIGHT - M.bottom, M.top);
  const plot = Math.max(0, width - M.left - M.right);
  const band = plot / Math.max(1, monthly.length);
  const bar = Math.max(1, Math.min(18, band * 0.36));
  const stride = labelStride(monthly.length, plot, 52);
  const shown = monthly[hover ?? monthly.length - 1];

  const chart = (
    <Box ref={ref} data-testid="monthly-chart-plot">
      {width > 0 && (
        <svg
          width={width}
          height={HEIGHT}
          role="img"
          aria-label={t('economics.monthly.title')}
          onMouseLeave={() => setHover(null)}
        >
          {ticks.map((v) => (
            <g key={v}>
              <line x1={M.left} x2={width - M.right} y1={y(v)} y2={y(v)} stroke={GRID} />
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
          <line x1={M.left} x2={width - M.right} y1={y(0)} y2={y(0)} stroke="var(--mantine-color-gray-6)" />
          {monthly.map((m, i) => {
            const x = M.left + i * band + band / 2;
            const rect = (value: number, dx: number, color: string) => (
              <rect
                x={x + dx}
                y={Math.min(y(value), y(0))}
                width={bar}
                height={Math.max(value === 0 ? 0 : 1, Math.abs(y(value) - y(0)))}
                fill={color}
                rx={2}
              />
            );
            return (
              // biome-ignore lint/a11y/noStaticElementInteractions: hover only highlights; the table view carries the figures
              <g
                key={m.month}
                onMouseEnter={() => setHover(i)}
                opacity={hover === null || hover === i ? 1 : 0.45}
              >
                <rect
                  x={M.left + i * band}
                  y={M.top}
                  width={band}
                  height={HEIGHT - M.top - M.bottom}
                  fill="transparent"
                />
                {rect(m.invested, -bar - 1, INVESTED)}
                {rect(m.returned, 1, RETURNED)}
                {i % stride === 0 && (
                  <text
                    x={x}
                    y={HEIGHT - 8}
                    textAnchor="middle"
                    fontSize={11}
                    fill="var(--mantine-color-dimmed)"
                  >
                    {f.monthTick(m.month)}
                  </text>
                )}
                <title>
                  {`${f.month(m.month, 'long')}: ${t('economics.invested')} ${f.money(m.invested, currency)}, ${t('economics.returned')} ${f.money(m.returned, currency)}`}
                </title>
              </g>
            );
          })}
        </svg>
      )}
      {shown && (
        <Text size="sm" data-testid="monthly-chart-focus">
          <Text span fw={600}>
            {f.month(shown.month, 'long')}
          </Text>
          {' · '}
          <Text span c="orange.8">
            {t('economics.invested')} {f.money(shown.invested, currency)}
          </Text>
          {' · '}
          <Text span c="teal.8">
            {t('economics.returned')} {f.money(shown.returned, currency)}
          </Text>
          {' · '}
          {t('economics.net')} {f.money(shown.net, currency)}
        </Text>
      )}
    </Box>
  );

  const table = (
    <ScrollArea.Autosize mah={360} type="auto">
      <Table striped verticalSpacing={4} fz="sm" data-testid="monthly-table" stickyHeader>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('economics.month')}</Table.Th>
            <Table.Th ta="right">{t('economics.invested')}</Table.Th>
            <Table.Th ta="right">{t('economics.returned')}</Table.Th>
            <Table.Th ta="right">{t('economics.net')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {monthly.map((m) => (
            <Table.Tr key={m.month}>
              <Table.Td>{f.month(m.month, 'long')}</Table.Td>
              <Table.Td ta="right">{f.money(m.invested, currency)}</Table.Td>
              <Table.Td ta="right">{f.money(m.returned, currency)}</Table.Td>
              <Table.Td ta="right">{f.money(m.net, currency)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );

  return (
    <ChartCard
      title={t('economics.monthly.title')}
      description={t('economics.monthly.hint')}
      testId="monthly-chart"
      legend={[
        { label: t('economics.invested'), color: INVESTED },
        { label: t('economics.returned'), color: RETURNED },
      ]}
      chart={chart}
      table={table}
    />
  );
}

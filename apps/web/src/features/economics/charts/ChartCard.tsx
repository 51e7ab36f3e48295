import { Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconChartBar, IconTable } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';

export type LegendItem = { label: string; color: string; shape?: 'box' | 'line' | 'dashed' | 'dot' };

export function Legend({ items }: { items: LegendItem[] }) {
  return (
    <Group gap="md" wrap="wrap">
      {items.map((i) => (
        <Group key={i.label} gap={6} wrap="nowrap">
          <svg width={16} height={12} aria-hidden="true">
            {i.shape === 'line' || i.shape === 'dashed' ? (
              <line
                x1={0}
                x2={16}
                y1={6}
                y2={6}
                stroke={i.color}
                strokeWidth={i.shape === 'line' ? 2.5 : 1.5}
                strokeDasharray={i.shape === 'dashed' ? '4 3' : undefined}
              />
            ) : i.shape === 'dot' ? (
              <circle cx={8} cy={6} r={5} fill={i.color} />
            ) : (
              <rect x={2} y={1} width={12} height={10} rx={2} fill={i.color} />
            )}
          </svg>
          <Text size="xs">{i.label}</Text>
        </Group>
      ))}
    </Group>
  );
}

type Props = {
  title: string;
  description?: ReactNode;
  legend?: LegendItem[];
  testId: string;
  chart: ReactNode;
  /** The same figures as a table: the accessible (and copyable) view of every chart. */
  table: ReactNode;
  h?: string | number;
};

/** A chart with its legend and a switch to the table of the very figures it draws. */
export function ChartCard({ title, description, legend, testId, chart, table, h }: Props) {
  const { t } = useTranslation();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  return (
    <Paper withBorder p="lg" radius="md" h={h} data-testid={testId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Title order={4}>{title}</Title>
            {description && (
              <Text size="xs" c="dimmed">
                {description}
              </Text>
            )}
          </Stack>
          <SegmentedControl
            size="xs"
            value={view}
            onChange={(v) => setView(v === 'table' ? 'table' : 'chart')}
            aria-label={t('economics.chart.view')}
            data-testid={`${testId}-view`}
            data={[
              {
                value: 'chart',
                label: (
                  <Group gap={4} wrap="nowrap">
                    <IconChartBar size={14} />
                    <span>{t('economics.chart.chart')}</span>
                  </Group>
                ),
              },
              {
                value: 'table',
                label: (
                  <Group gap={4} wrap="nowrap">
                    <IconTable size={14} />
                    <span>{t('economics.chart.table')}</span>
                  </Group>
                ),
              },
            ]}
          />
        </Group>
        {view === 'chart' && legend && <Legend items={legend} />}
        {view === 'chart' ? chart : table}
      </Stack>
    </Paper>
  );
}

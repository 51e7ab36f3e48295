import {
  Button,
  Collapse,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconTable } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { CoverageGaps } from './CoverageGaps';
import { Sparkline } from './Sparkline';
import { percent } from './satisfaction';
import { figuresQuery } from './stakeholderQueries';

function Figure({
  label,
  value,
  hint,
  testId,
}: {
  label: string;
  value: ReactNode;
  hint: ReactNode;
  testId: string;
}) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.2} data-testid={testId}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Stack>
  );
}

const CEMENT = 'var(--mantine-color-teal-6)';
const WEIGHTED = 'var(--mantine-color-violet-6)';

/** Cement, weighted cement, NPS, CSAT, their monthly trend (chart and table) and the coverage gaps. */
export function FiguresPanel({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const [tableOpen, table] = useDisclosure(false);
  const { data, error, isPending } = useQuery(figuresQuery(accountId));
  if (error) return <ErrorAlert error={error} />;
  if (isPending || !data) return <Loading />;
  const { cement, nps, csat, trend } = data;

  return (
    <Paper withBorder p="lg" radius="md" h="100%" data-testid="figures-panel">
      <Title order={4} mb="sm">
        {t('figures.title')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
        <Figure
          label={t('figures.cement')}
          value={percent(cement.share)}
          testId="figure-cement"
          hint={t('figures.cementHint', {
            satisfied: cement.satisfied,
            read: cement.withReading,
            active: cement.active,
            at: data.satisfiedAt,
          })}
        />
        <Tooltip label={t('figures.weightedTip')} multiline w={280} withinPortal>
          <div>
            <Figure
              label={t('figures.weighted')}
              value={percent(cement.weightedShare)}
              testId="figure-weighted"
              hint={t('figures.weightedHint')}
            />
          </div>
        </Tooltip>
        <Figure
          label={t('figures.nps')}
          value={nps.score === null ? '—' : nps.score > 0 ? `+${nps.score}` : nps.score}
          testId="figure-nps"
          hint={t('figures.npsHint', {
            promoters: nps.promoters,
            passives: nps.passives,
            detractors: nps.detractors,
          })}
        />
        <Figure
          label={t('figures.csat')}
          value={percent(csat.share)}
          testId="figure-csat"
          hint={t('figures.csatHint', { satisfied: csat.satisfied, answers: csat.answers })}
        />
      </SimpleGrid>

      <Group justify="space-between" mt="lg" mb={4} align="flex-end">
        <Text size="sm" fw={600}>
          {t('figures.trend', { count: trend.length })}
        </Text>
        <Group gap="md">
          <Group gap={4}>
            <span style={{ width: 14, height: 3, background: CEMENT }} />
            <Text size="xs">{t('figures.cement')}</Text>
          </Group>
          <Group gap={4}>
            <span style={{ width: 14, height: 3, background: WEIGHTED }} />
            <Text size="xs">{t('figures.weighted')}</Text>
          </Group>
          <Button
            size="compact-xs"
            variant="subtle"
            leftSection={<IconTable size={14} />}
            onClick={table.toggle}
            data-testid="trend-table-toggle"
          >
            {tableOpen ? t('figures.hideTable') : t('figures.showTable')}
          </Button>
        </Group>
      </Group>
      <Sparkline
        width={560}
        height={72}
        series={[
          { label: t('figures.cement'), color: CEMENT, values: trend.map((m) => m.share) },
          { label: t('figures.weighted'), color: WEIGHTED, values: trend.map((m) => m.weightedShare) },
        ]}
      />
      <Group justify="space-between">
        <Text size="xs" c="dimmed">
          {trend[0]?.month}
        </Text>
        <Text size="xs" c="dimmed">
          {trend[trend.length - 1]?.month}
        </Text>
      </Group>
      <Collapse expanded={tableOpen}>
        <Table.ScrollContainer minWidth={480} mt="sm">
          <Table verticalSpacing={4} fz="xs" data-testid="trend-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('figures.month')}</Table.Th>
                <Table.Th ta="right">{t('figures.active')}</Table.Th>
                <Table.Th ta="right">{t('figures.withReading')}</Table.Th>
                <Table.Th ta="right">{t('figures.satisfied')}</Table.Th>
                <Table.Th ta="right">{t('figures.cement')}</Table.Th>
                <Table.Th ta="right">{t('figures.weighted')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {trend.map((m) => (
                <Table.Tr key={m.month}>
                  <Table.Td>{m.month}</Table.Td>
                  <Table.Td ta="right">{m.active}</Table.Td>
                  <Table.Td ta="right">{m.withReading}</Table.Td>
                  <Table.Td ta="right">{m.satisfied}</Table.Td>
                  <Table.Td ta="right">{percent(m.share)}</Table.Td>
                  <Table.Td ta="right">{percent(m.weightedShare)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Collapse>
      <CoverageGaps accountId={accountId} gaps={data.gaps} activeContacts={cement.active} />
    </Paper>
  );
}

import { Badge, Group, Paper, SimpleGrid, Table, Text, Title, Tooltip } from '@mantine/core';
import type { ManagerResults } from '@vested/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMessage } from '../../i18n';
import { AnchorLink } from '../../ui/AnchorLink';
import { EmptyRow } from '../../ui/EmptyRow';
import { useFormat } from '../../ui/format';
import { useMoney } from '../economics/money';
import { ObjectiveStatusBadge } from '../economics/ObjectiveStatusBadge';
import { useFigures } from './figures';
import { TrendBadge } from './TrendBadge';

/** "Not yet measured: why" → "why" (the badge already says the first part). */
const why = (text: string | undefined) => (text ?? '').split(': ').slice(1).join(': ') || text;

function Figure({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Paper withBorder p="sm" radius="sm" data-testid={testId}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" mb={4}>
        {label}
      </Text>
      {children}
    </Paper>
  );
}

/**
 * What Vested measured over the period across the accounts the person managed: objectives met, ROI and
 * its trend, cement and its trend — and, said plainly, what it does not measure yet.
 */
export function ResultsPanel({ results, title }: { results: ManagerResults; title?: string }) {
  const { t } = useTranslation();
  const message = useMessage();
  const format = useFormat();
  const { money } = useMoney();
  const { pct, multiple } = useFigures();
  const span = (a: number | null, b: number | null) =>
    a === null && b === null ? '—' : `${pct(a)} → ${pct(b)}`;
  const whole = (a: { heldFrom: string; heldTo: string }) =>
    a.heldFrom === results.period.from && a.heldTo === results.period.to;
  const { objectives: o, roi, cement } = results;
  return (
    <Paper withBorder p="lg" radius="md" data-testid="results-panel">
      <Title order={4}>{title ?? t('assessments.results.title')}</Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('assessments.results.period', {
          from: format.date(results.period.from),
          to: format.date(results.period.to),
          count: results.accounts,
        })}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Figure label={t('assessments.results.objectives')} testId="result-objectives">
          <Text fw={700} size="lg">
            {pct(o.metShare)}
          </Text>
          <Text size="xs" c="dimmed">
            {t('assessments.results.objectivesDetail', {
              onTrack: o.onTrack,
              atRisk: o.atRisk,
              offTrack: o.offTrack,
              notJudged: o.notJudged,
            })}
          </Text>
        </Figure>
        <Figure label={t('assessments.results.roi')} testId="result-roi">
          <Group gap="xs">
            <Text fw={700} size="lg">
              {multiple(roi.multiple)}
            </Text>
            <TrendBadge trend={roi.trend} />
          </Group>
          <Text size="xs" c="dimmed">
            {t('assessments.results.roiDetail', {
              invested: money(roi.invested, results.currency),
              returned: money(roi.returned, results.currency),
              previous: multiple(roi.previousMultiple),
            })}
          </Text>
        </Figure>
        <Figure label={t('assessments.results.cement')} testId="result-cement">
          <Group gap="xs">
            <Text fw={700} size="lg">
              {span(cement.start, cement.end)}
            </Text>
            <TrendBadge trend={cement.trend} />
          </Group>
          <Text size="xs" c="dimmed">
            {t('assessments.results.cementDetail', { count: cement.accountsCounted })}
          </Text>
        </Figure>
        <Figure label={t('assessments.results.problems')} testId="result-problems">
          <Badge variant="outline" color="gray" tt="none">
            {t('assessments.results.notMeasured')}
          </Badge>
          <Text size="xs" c="dimmed" mt={4}>
            {why(message(results.problemsResolved.reason))}
          </Text>
        </Figure>
        <Figure label={t('assessments.results.opportunities')} testId="result-opportunities">
          <Badge variant="outline" color="gray" tt="none">
            {t('assessments.results.notMeasured')}
          </Badge>
          <Text size="xs" c="dimmed" mt={4}>
            {why(message(results.opportunitiesWon.reason))}
          </Text>
        </Figure>
      </SimpleGrid>
      <Title order={5} mt="lg" mb="xs">
        {t('assessments.results.byAccount')}
      </Title>
      <Table.ScrollContainer minWidth={420}>
        <Table verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('assessments.results.account')}</Table.Th>
              <Table.Th>{t('assessments.results.status')}</Table.Th>
              <Table.Th ta="right">{t('assessments.results.roiShort')}</Table.Th>
              <Table.Th ta="right">{t('assessments.results.cementShort')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {results.byAccount.map((a) => (
              <Table.Tr key={a.accountId} data-testid="result-account">
                <Table.Td>
                  <AnchorLink to="/accounts/$accountId" params={{ accountId: a.accountId }} size="sm">
                    {a.name}
                  </AnchorLink>
                  {!whole(a) && (
                    <Text size="xs" c="dimmed">
                      {format.date(a.heldFrom)} – {format.date(a.heldTo)}
                    </Text>
                  )}
                  {a.notes.map((n) => (
                    <Text key={n} size="xs" c="orange">
                      {message(n)}
                    </Text>
                  ))}
                </Table.Td>
                <Table.Td>
                  {a.status ? (
                    <ObjectiveStatusBadge value={a.status} size="sm" />
                  ) : (
                    <Text size="sm" c="dimmed">
                      —
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  <Tooltip
                    label={t('assessments.results.before', { value: multiple(a.previousRoiMultiple) })}
                  >
                    <Text size="sm" span>
                      {multiple(a.roiMultiple)}
                    </Text>
                  </Tooltip>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">{span(a.cementStart, a.cementEnd)}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
            {results.byAccount.length === 0 && (
              <EmptyRow columns={4}>{t('assessments.results.noAccounts')}</EmptyRow>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

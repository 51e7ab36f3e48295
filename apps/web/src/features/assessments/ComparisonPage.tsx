import { Group, Paper, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { ComparisonRow } from '@vested/contracts';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { AnchorLink } from '../../ui/AnchorLink';
import { EmptyRow } from '../../ui/EmptyRow';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useFormat } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { Pager } from '../../ui/Pager';
import { SortableTh } from '../../ui/SortableTh';
import { PendingRequestsCard } from '../accounts/team/PendingRequestsCard';
import { SortableNumberTh } from '../economics/SortableNumberTh';
import { COMPARISON_PAGE_SIZE, comparisonQuery, defaultPeriod } from './assessmentQueries';
import type { ComparisonSearch } from './comparisonSearch';
import { useFigures } from './figures';
import { TrendBadge } from './TrendBadge';

const route = getRouteApi('/app/managers');
type Row = z.infer<typeof ComparisonRow>;

const value: Record<string, (r: Row) => number | string | null> = {
  name: (r) => r.name,
  accounts: (r) => r.results.accounts,
  average: (r) => r.latestAssessment?.average ?? null,
  objectives: (r) => r.results.objectives.metShare,
  roi: (r) => r.results.roi.multiple,
  roiChange: (r) => r.results.roi.change,
  cement: (r) => r.results.cement.end,
  cementChange: (r) => r.results.cement.change,
};

/** Rows in the order asked; a missing figure sorts last either way. */
function sortRows(rows: Row[], sort: string): Row[] {
  const desc = sort.startsWith('-');
  const get = value[desc ? sort.slice(1) : sort] ?? value.name!;
  return [...rows].sort((a, b) => {
    const x = get(a);
    const y = get(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const c = typeof x === 'string' ? x.localeCompare(String(y)) : x - Number(y);
    return desc ? -c : c;
  });
}

/**
 * The director's comparison across account managers: each one's latest assessment beside the results
 * of their accounts over the period. The server pages by name (up to 200 a page, more than a program
 * has AMs today); the columns sort that page.
 */
export function ComparisonPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { pct, multiple, average, points } = useFigures();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const fallback = defaultPeriod();
  const from = search.from ?? fallback.from;
  const to = search.to ?? fallback.to;
  const { data, error } = useQuery(comparisonQuery(from, to, search.page ?? 1));
  const sort = search.sort ?? 'name';
  const update = (patch: Partial<ComparisonSearch>) =>
    navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const onSort = (s: string) => update({ sort: s === 'name' ? undefined : s });
  const rows = data ? sortRows(data.items, sort) : [];

  return (
    <>
      <PageHeader title={t('assessments.comparison.title')} />
      <PendingRequestsCard />
      <Group gap="sm" align="flex-end" mb="md">
        <TextInput
          label={t('assessments.periodFrom')}
          type="date"
          value={from}
          onChange={(e) => e.currentTarget.value && update({ from: e.currentTarget.value, page: undefined })}
          w={170}
        />
        <TextInput
          label={t('assessments.periodTo')}
          type="date"
          value={to}
          onChange={(e) => e.currentTarget.value && update({ to: e.currentTarget.value, page: undefined })}
          w={170}
        />
        <Text size="sm" c="dimmed" mb={8}>
          {t('assessments.comparison.hint')}
        </Text>
      </Group>
      <ErrorAlert error={error} />
      {!data && !error && <Loading />}
      {data && (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={980}>
            <Table highlightOnHover verticalSpacing="sm" data-testid="comparison-table">
              <Table.Thead>
                <Table.Tr>
                  <SortableTh field="name" sort={sort} onSort={onSort}>
                    {t('assessments.comparison.manager')}
                  </SortableTh>
                  <SortableNumberTh field="accounts" sort={sort} onSort={onSort}>
                    {t('assessments.comparison.accounts')}
                  </SortableNumberTh>
                  <SortableNumberTh field="average" sort={sort} onSort={onSort}>
                    {t('assessments.comparison.latest')}
                  </SortableNumberTh>
                  <SortableNumberTh field="objectives" sort={sort} onSort={onSort}>
                    {t('assessments.results.objectivesShort')}
                  </SortableNumberTh>
                  <SortableNumberTh field="roi" sort={sort} onSort={onSort}>
                    {t('assessments.results.roiShort')}
                  </SortableNumberTh>
                  <SortableNumberTh field="roiChange" sort={sort} onSort={onSort}>
                    {t('assessments.comparison.roiTrend')}
                  </SortableNumberTh>
                  <SortableNumberTh field="cement" sort={sort} onSort={onSort}>
                    {t('assessments.results.cementShort')}
                  </SortableNumberTh>
                  <SortableNumberTh field="cementChange" sort={sort} onSort={onSort}>
                    {t('assessments.comparison.cementTrend')}
                  </SortableNumberTh>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.personId} data-testid="comparison-row">
                    <Table.Td>
                      <AnchorLink to="/managers/$personId" params={{ personId: r.personId }} fw={600}>
                        {r.name}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td ta="right">{r.results.accounts}</Table.Td>
                    <Table.Td ta="right">
                      {r.latestAssessment ? (
                        <>
                          <AnchorLink
                            to="/assessments/$assessmentId"
                            params={{ assessmentId: r.latestAssessment.id }}
                            fw={600}
                          >
                            {average(r.latestAssessment.average)}
                          </AnchorLink>
                          <Text size="xs" c="dimmed">
                            {format.date(r.latestAssessment.periodTo)}
                          </Text>
                        </>
                      ) : (
                        <Text size="sm" c="dimmed">
                          {t('assessments.comparison.notAssessed')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{pct(r.results.objectives.metShare)}</Table.Td>
                    <Table.Td ta="right">{multiple(r.results.roi.multiple)}</Table.Td>
                    <Table.Td ta="right">
                      <TrendBadge trend={r.results.roi.trend} />
                    </Table.Td>
                    <Table.Td ta="right">{pct(r.results.cement.end)}</Table.Td>
                    <Table.Td ta="right">
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <Text size="xs" c="dimmed">
                          {points(r.results.cement.change)}
                        </Text>
                        <TrendBadge trend={r.results.cement.trend} />
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
                {rows.length === 0 && <EmptyRow columns={8}>{t('assessments.comparison.empty')}</EmptyRow>}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {data && (
        <Pager
          page={data.page}
          pageSize={COMPARISON_PAGE_SIZE}
          total={data.total}
          onPage={(page) => update({ page })}
        />
      )}
      <Text size="xs" c="dimmed" mt="xs">
        {t('assessments.comparison.notMeasured')}
      </Text>
    </>
  );
}

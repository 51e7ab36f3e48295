import { Alert, Paper, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { Pager } from '../../ui/Pager';
import { ChartCard } from '../economics/charts/ChartCard';
import { useMoney } from '../economics/money';
import { ObjectiveStatusBadge, statusFill } from '../economics/ObjectiveStatusBadge';
import { RateProblemAlert } from '../economics/RateProblemAlert';
import { BubbleChart } from './BubbleChart';
import { PortfolioFilters } from './PortfolioFilters';
import { PortfolioTable } from './PortfolioTable';
import { PORTFOLIO_PAGE_SIZE, portfolioChartQuery, portfolioQuery } from './portfolioQueries';
import type { PortfolioSearch } from './portfolioSearch';

const route = getRouteApi('/app/portfolio');

/** Every visible account as an investment: a bubble chart of invested × returned and the ranked table. */
export function PortfolioPage() {
  const { t } = useTranslation();
  const f = useMoney();
  const format = useFormat();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const { sort, page: _page, ...filters } = search;
  const table = useQuery(portfolioQuery(search));
  const chart = useQuery(portfolioChartQuery(filters));
  const filtered = Object.values(filters).some((v) => v !== undefined);

  /** Change filters (back to page 1) or the sort or page, keeping everything else in the URL. */
  const update = (patch: Partial<PortfolioSearch>) =>
    navigate({ search: (prev) => ({ ...prev, page: undefined, ...patch }) });
  const meta = table.data ?? chart.data;
  const c = meta?.currency ?? 'USD';

  const chartTable = chart.data && (
    <ScrollArea.Autosize mah={440} type="auto">
      <Table striped verticalSpacing={4} fz="sm" stickyHeader data-testid="bubble-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('portfolio.account')}</Table.Th>
            <Table.Th ta="right">{t('portfolio.invested')}</Table.Th>
            <Table.Th ta="right">{t('portfolio.returned')}</Table.Th>
            <Table.Th ta="right">{t('portfolio.revenue')}</Table.Th>
            <Table.Th ta="right">{t('economics.roiShort')}</Table.Th>
            <Table.Th>{t('portfolio.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {chart.data.items.map((i) => (
            <Table.Tr key={i.accountId}>
              <Table.Td>{i.name}</Table.Td>
              <Table.Td ta="right">{i.invested === null ? '—' : f.money(i.invested, c)}</Table.Td>
              <Table.Td ta="right">{i.returned === null ? '—' : f.money(i.returned, c)}</Table.Td>
              <Table.Td ta="right">{i.revenue === null ? '—' : f.money(i.revenue, c)}</Table.Td>
              <Table.Td ta="right">{f.roi(i.roiMultiple)}</Table.Td>
              <Table.Td>
                <ObjectiveStatusBadge value={i.status} size="sm" />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );

  return (
    <Stack gap="md">
      <PageHeader title={t('portfolio.title')}>
        {meta && (
          <Text size="sm" c="dimmed" data-testid="portfolio-period">
            {t('portfolio.period', {
              from: format.date(meta.period.from),
              to: format.date(meta.period.to),
              currency: meta.currency,
            })}
          </Text>
        )}
      </PageHeader>
      <PortfolioFilters search={filters} onChange={update} />
      {(table.error ?? chart.error) && <RateProblemAlert error={table.error ?? chart.error} />}
      {chart.isPending && <Loading />}
      {chart.data && (
        <ChartCard
          title={t('portfolio.chartTitle')}
          description={t('portfolio.chartDescription')}
          testId="portfolio-chart"
          legend={[
            { label: t('economics.status.on_track'), color: statusFill.on_track, shape: 'dot' },
            { label: t('economics.status.at_risk'), color: statusFill.at_risk, shape: 'dot' },
            { label: t('economics.status.off_track'), color: statusFill.off_track, shape: 'dot' },
            { label: t('portfolio.diagonal'), color: 'var(--mantine-color-gray-6)', shape: 'dashed' },
          ]}
          chart={
            chart.data.items.length === 0 ? (
              <Text size="sm" c="dimmed" py="lg" ta="center">
                {filtered ? t('portfolio.emptyFiltered') : t('portfolio.empty')}
              </Text>
            ) : (
              <BubbleChart items={chart.data.items} currency={c} />
            )
          }
          table={chartTable}
        />
      )}
      {chart.data && chart.data.shown < chart.data.total && (
        <Alert color="gray" variant="light">
          {t('portfolio.capped', { shown: chart.data.shown, total: chart.data.total })}
        </Alert>
      )}
      {table.data && (
        <Paper withBorder radius="md" style={{ opacity: table.isFetching ? 0.7 : 1 }}>
          <PortfolioTable
            items={table.data.items}
            currency={c}
            sort={sort ?? 'rank'}
            onSort={(s) => update({ sort: s === 'rank' ? undefined : s })}
            filtered={filtered}
          />
        </Paper>
      )}
      {table.data && (
        <Pager
          page={table.data.page}
          pageSize={PORTFOLIO_PAGE_SIZE}
          total={table.data.total}
          onPage={(p) => update({ page: p })}
        />
      )}
    </Stack>
  );
}

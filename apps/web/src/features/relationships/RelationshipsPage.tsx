import { Group, Paper, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { StakeholderPortfolio } from '@vested/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { Pager } from '../../ui/Pager';
import { percent } from '../stakeholders/satisfaction';
import { RelationshipsFilters } from './RelationshipsFilters';
import { CEMENT_COLOR, RelationshipsTable, WEIGHTED_COLOR } from './RelationshipsTable';
import { RELATIONSHIPS_PAGE_SIZE, relationshipsQuery } from './relationshipsQuery';
import type { RelationshipsSearch } from './relationshipsSearch';

const route = getRouteApi('/app/relationships');

function Total({
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
      <Text fz={26} fw={700} lh={1.2} data-testid={testId}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Stack>
  );
}

/** The figures of every account that matches, above the page of rows. */
function Totals({ data }: { data: StakeholderPortfolio }) {
  const { t } = useTranslation();
  const { totals } = data;
  return (
    <Paper withBorder p="lg" radius="md" data-testid="relationships-totals">
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="md">
        <Total
          label={t('relationships.mappedAccounts')}
          value={`${totals.mapped} / ${totals.accounts}`}
          hint={t('relationships.mappedHint')}
          testId="total-mapped"
        />
        <Total
          label={t('figures.cement')}
          value={percent(totals.cement.share)}
          hint={t('relationships.cementHint', {
            satisfied: totals.cement.satisfied,
            active: totals.cement.active,
            at: data.satisfiedAt,
          })}
          testId="total-cement"
        />
        <Tooltip label={t('figures.weightedTip')} multiline w={280}>
          <div>
            <Total
              label={t('figures.weighted')}
              value={percent(totals.cement.weightedShare)}
              hint={t('figures.weightedHint')}
              testId="total-weighted"
            />
          </div>
        </Tooltip>
        <Total
          label={t('figures.nps')}
          value={totals.nps.score ?? '—'}
          hint={t('figures.npsHint', totals.nps)}
          testId="total-nps"
        />
        <Total
          label={t('figures.csat')}
          value={percent(totals.csat.share)}
          hint={t('figures.csatHint', totals.csat)}
          testId="total-csat"
        />
        <Tooltip
          label={t('relationships.gapsTip', { touch: data.touchDays, reading: data.readingDays })}
          multiline
          w={300}
        >
          <div>
            <Total
              label={t('relationships.gaps')}
              value={totals.gaps}
              hint={t('relationships.gapsHint')}
              testId="total-gaps"
            />
          </div>
        </Tooltip>
      </SimpleGrid>
    </Paper>
  );
}

function Legend() {
  const { t } = useTranslation();
  const item = (color: string, label: string) => (
    <Group gap={6}>
      <span style={{ width: 14, height: 3, background: color, borderRadius: 2 }} />
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Group>
  );
  return (
    <Group gap="md">
      {item(CEMENT_COLOR, t('figures.cement'))}
      {item(WEIGHTED_COLOR, t('figures.weighted'))}
    </Group>
  );
}

/**
 * Relationships across the portfolio: is the cement setting in each account, and where are the gaps?
 * Every account the user may see, sorted and paged on the server, with totals over all that match.
 */
export function RelationshipsPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const { data, error, isPending, isFetching } = useQuery(relationshipsQuery(search));
  const filtered = [search.q, search.tier, search.objective, search.mapped].some((v) => v !== undefined);

  /** Change filters (back to page 1), the sort or the page, keeping the rest in the URL. */
  const update = (patch: Partial<RelationshipsSearch>) =>
    navigate({ search: (prev) => ({ ...prev, page: undefined, ...patch }), replace: 'q' in patch });

  return (
    <Stack gap="md">
      <PageHeader title={t('relationships.title')}>
        {data && (
          <Text size="sm" c="dimmed">
            {t('relationships.subtitle')}
          </Text>
        )}
      </PageHeader>
      <RelationshipsFilters search={search} onChange={update} />
      <ErrorAlert error={error} />
      {isPending && <Loading />}
      {data && <Totals data={data} />}
      {data && (
        <Paper withBorder radius="md" style={{ opacity: isFetching ? 0.7 : 1 }}>
          <RelationshipsTable
            items={data.items}
            sort={search.sort ?? 'name'}
            onSort={(sort) => update({ sort: sort === 'name' ? undefined : sort })}
            empty={filtered ? t('relationships.emptyFiltered') : t('relationships.empty')}
          />
        </Paper>
      )}
      {data?.items.some((a) => a.trend.length > 0) && <Legend />}
      {data && (
        <Pager
          page={data.page}
          pageSize={RELATIONSHIPS_PAGE_SIZE}
          total={data.total}
          onPage={(page) => update({ page })}
        />
      )}
    </Stack>
  );
}

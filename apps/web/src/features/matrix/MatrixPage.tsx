import { Group, Paper, Select, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { todayIso } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { Pager } from '../../ui/Pager';
import { hours } from '../people/months';
import { MatrixFilters } from './MatrixFilters';
import { MatrixTable } from './MatrixTable';
import { MATRIX_PAGE_SIZE, matrixQuery } from './matrixQueries';
import type { MatrixSearch } from './matrixSearch';

const route = getRouteApi('/app/matrix');

/**
 * The account teams as a matrix (PRODUCT.md idea 9): people by department or line manager × accounts,
 * each cell the role and hours in the month, each row's total against the person's capacity.
 */
export function MatrixPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const month = search.month ?? todayIso().slice(0, 7);
  const { data, error, isFetching } = useQuery(matrixQuery(search));
  const update = (patch: Partial<MatrixSearch>) =>
    navigate({ search: (prev) => ({ ...prev, page: undefined, ...patch }), replace: 'q' in patch });
  const pageSize = search.pageSize ?? MATRIX_PAGE_SIZE;
  const filtered = Object.entries(search).some(
    ([k, v]) => v !== undefined && !['month', 'groupBy', 'page', 'pageSize'].includes(k),
  );

  return (
    <>
      <PageHeader title={t('matrix.title')} />
      <Text c="dimmed" size="sm" mb="md">
        {t('matrix.intro')}
      </Text>
      <MatrixFilters search={search} month={month} update={update} />
      <ErrorAlert error={error} />
      {!data && !error && <Loading />}
      {data && (
        <Paper withBorder radius="md" style={{ opacity: isFetching ? 0.7 : 1, overflow: 'hidden' }}>
          {data.items.length === 0 ? (
            <Text c="dimmed" ta="center" py="xl" size="sm" data-testid="matrix-empty">
              {filtered ? t('matrix.emptyFiltered') : t('matrix.empty')}
            </Text>
          ) : (
            <MatrixTable page={data} />
          )}
        </Paper>
      )}
      {data && (
        <Group justify="space-between" align="flex-end">
          <Text size="sm" c="dimmed" mt="md" data-testid="matrix-totals">
            {t('matrix.pageTotals', {
              allocated: hours(data.totals.allocatedHours),
              capacity: hours(data.totals.capacityHours),
            })}
          </Text>
          <Group gap="sm" align="flex-end">
            <Select
              aria-label={t('common.pageSize')}
              data={['25', '50', '100', '200']}
              value={String(pageSize)}
              onChange={(v) =>
                update({ pageSize: v && v !== String(MATRIX_PAGE_SIZE) ? Number(v) : undefined })
              }
              allowDeselect={false}
              w={90}
              mt="md"
            />
            <Pager
              page={data.page}
              pageSize={pageSize}
              total={data.total}
              onPage={(page) => update({ page })}
            />
          </Group>
        </Group>
      )}
    </>
  );
}

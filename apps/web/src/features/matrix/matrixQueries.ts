import { queryOptions } from '@tanstack/react-query';
import { AccountPage, MatrixPage } from '@vested/contracts';
import { api } from '../../lib/api';
import type { MatrixSearch } from './matrixSearch';

export const MATRIX_PAGE_SIZE = 50;

export function matrixQuery(search: MatrixSearch) {
  const { over, ...rest } = search;
  return queryOptions({
    queryKey: ['matrix', 'page', search],
    queryFn: () =>
      api.get('/api/v1/capacity/matrix', {
        query: {
          ...rest,
          overAllocated: over,
          page: search.page ?? 1,
          pageSize: search.pageSize ?? MATRIX_PAGE_SIZE,
        },
        schema: MatrixPage,
      }),
    placeholderData: (previous) => previous,
  });
}

/** Accounts by name, for the matrix's account filter (the server searches; twenty at a time). */
export function accountPickQuery(q: string | undefined) {
  return queryOptions({
    queryKey: ['accounts', 'pick', q ?? ''],
    queryFn: () =>
      api.get('/api/v1/accounts', { query: { q, pageSize: 20, sort: 'name' }, schema: AccountPage }),
    staleTime: 30_000,
  });
}

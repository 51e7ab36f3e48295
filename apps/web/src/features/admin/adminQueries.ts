import { queryOptions } from '@tanstack/react-query';
import { ApiTokenList, UserPage } from '@vested/contracts';
import { api } from '../../lib/api';
import type { UsersSearch } from './usersSearch';

export const PAGE_SIZE = 25;

export function usersQuery(search: UsersSearch) {
  return queryOptions({
    queryKey: ['admin', 'users', search],
    queryFn: () =>
      api.get('/api/v1/admin/users', {
        query: { ...search, page: search.page ?? 1, pageSize: PAGE_SIZE },
        schema: UserPage,
      }),
    placeholderData: (previous) => previous,
  });
}

export const tokensQuery = queryOptions({
  queryKey: ['admin', 'tokens'],
  queryFn: () => api.get('/api/v1/admin/tokens', { schema: ApiTokenList }),
});

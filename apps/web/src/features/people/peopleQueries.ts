import { queryOptions } from '@tanstack/react-query';
import { DepartmentList, PersonDetail, PersonPage } from '@vested/contracts';
import { api } from '../../lib/api';
import type { PeopleSearch } from './peopleSearch';

export const PAGE_SIZE = 25;

export function peopleQuery(search: PeopleSearch) {
  return queryOptions({
    queryKey: ['people', 'list', search],
    queryFn: () =>
      api.get('/api/v1/people', {
        query: { ...search, page: search.page ?? 1, pageSize: PAGE_SIZE },
        schema: PersonPage,
      }),
    placeholderData: (previous) => previous,
  });
}

export const departmentsQuery = queryOptions({
  queryKey: ['people', 'departments'],
  queryFn: () => api.get('/api/v1/people/departments', { schema: DepartmentList }),
  staleTime: 5 * 60_000,
});

export function personQuery(id: string) {
  return queryOptions({
    queryKey: ['people', 'one', id],
    queryFn: () => api.get(`/api/v1/people/${encodeURIComponent(id)}`, { schema: PersonDetail }),
  });
}

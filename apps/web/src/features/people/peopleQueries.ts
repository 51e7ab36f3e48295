import { queryOptions } from '@tanstack/react-query';
import {
  DepartmentList,
  PersonCapacity,
  PersonDetail,
  PersonPage,
  SkillPage,
  TrainingList,
} from '@vested/contracts';
import { api } from '../../lib/api';
import type { PeopleSearch } from './peopleSearch';

export const PAGE_SIZE = 25;

/**
 * A page of people. "Over capacity this month" (`over`) is the server's own filter, applied before
 * paging like the others; the people it keeps come with their month's load.
 */
export function peopleQuery(search: PeopleSearch) {
  const { over, ...filters } = search;
  return queryOptions({
    queryKey: ['people', 'list', { ...filters, over }],
    queryFn: () =>
      api.get('/api/v1/people', {
        query: {
          ...filters,
          overAllocated: over,
          page: search.page ?? 1,
          pageSize: PAGE_SIZE,
        },
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

/** The workspace's skill catalogue (active skills; a few hundred at most, so one page). */
export const skillsQuery = queryOptions({
  queryKey: ['skills', 'active'],
  queryFn: () => api.get('/api/v1/skills', { query: { pageSize: 500 }, schema: SkillPage }),
  staleTime: 5 * 60_000,
});

export function personQuery(id: string) {
  return queryOptions({
    queryKey: ['people', 'one', id],
    queryFn: () => api.get(`/api/v1/people/${encodeURIComponent(id)}`, { schema: PersonDetail }),
  });
}

export function personCapacityQuery(id: string, from: string, to: string) {
  return queryOptions({
    queryKey: ['people', 'one', id, 'capacity', from, to],
    queryFn: () =>
      api.get(`/api/v1/people/${encodeURIComponent(id)}/capacity`, {
        query: { from, to },
        schema: PersonCapacity,
      }),
    placeholderData: (previous) => previous,
  });
}

export function trainingsQuery(id: string) {
  return queryOptions({
    queryKey: ['people', 'one', id, 'trainings'],
    queryFn: () => api.get(`/api/v1/people/${encodeURIComponent(id)}/trainings`, { schema: TrainingList }),
  });
}

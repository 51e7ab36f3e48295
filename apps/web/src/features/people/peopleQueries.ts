import { queryOptions } from '@tanstack/react-query';
import {
  DepartmentList,
  MatrixPage,
  PersonCapacity,
  PersonDetail,
  PersonPage,
  SkillPage,
  TrainingList,
} from '@vested/contracts';
import { api } from '../../lib/api';
import type { PeopleSearch } from './peopleSearch';

export const PAGE_SIZE = 25;

export function peopleQuery(search: PeopleSearch) {
  const { over: _over, ...filters } = search;
  return queryOptions({
    queryKey: ['people', 'list', filters],
    queryFn: () =>
      api.get('/api/v1/people', {
        query: { ...filters, page: search.page ?? 1, pageSize: PAGE_SIZE },
        schema: PersonPage,
      }),
    placeholderData: (previous) => previous,
  });
}

/**
 * "Over-allocated this month" is a question about load, which the capacity matrix answers on the
 * server (it filters before paging); the people list asks it for the same filters.
 */
export function overAllocatedPeopleQuery(search: PeopleSearch) {
  const { q, department, skillId, minLevel, page } = search;
  return queryOptions({
    queryKey: ['matrix', 'people-over', { q, department, skillId, minLevel, page }],
    queryFn: () =>
      api.get('/api/v1/capacity/matrix', {
        query: {
          q,
          department,
          skillId,
          minLevel,
          overAllocated: 'true',
          page: page ?? 1,
          pageSize: PAGE_SIZE,
        },
        schema: MatrixPage,
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

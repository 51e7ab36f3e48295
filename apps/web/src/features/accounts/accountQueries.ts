import { queryOptions } from '@tanstack/react-query';
import { AccountDecisionList, AccountDetail, AccountPage, AuditPage, TeamList } from '@vested/contracts';
import { api } from '../../lib/api';
import type { AccountsSearch } from './accountsSearch';

export const PAGE_SIZE = 25;

export function accountsQuery(search: AccountsSearch) {
  return queryOptions({
    queryKey: ['accounts', 'list', search],
    queryFn: () =>
      api.get('/api/v1/accounts', {
        query: { ...search, page: search.page ?? 1, pageSize: PAGE_SIZE },
        schema: AccountPage,
      }),
    placeholderData: (previous) => previous,
  });
}

export function accountQuery(id: string) {
  return queryOptions({
    queryKey: ['accounts', 'one', id],
    queryFn: () => api.get(`/api/v1/accounts/${encodeURIComponent(id)}`, { schema: AccountDetail }),
  });
}

export function teamQuery(id: string) {
  return queryOptions({
    queryKey: ['accounts', 'one', id, 'team'],
    queryFn: () => api.get(`/api/v1/accounts/${encodeURIComponent(id)}/team`, { schema: TeamList }),
  });
}

export function decisionsQuery(id: string) {
  return queryOptions({
    queryKey: ['accounts', 'one', id, 'decisions'],
    queryFn: () =>
      api.get(`/api/v1/accounts/${encodeURIComponent(id)}/decisions`, { schema: AccountDecisionList }),
  });
}

export function historyQuery(id: string, page: number) {
  return queryOptions({
    queryKey: ['accounts', 'one', id, 'history', page],
    queryFn: () =>
      api.get(`/api/v1/accounts/${encodeURIComponent(id)}/history`, {
        query: { page, pageSize: PAGE_SIZE },
        schema: AuditPage,
      }),
    placeholderData: (previous) => previous,
  });
}

import { type QueryClient, queryOptions } from '@tanstack/react-query';
import {
  AccountEconomics,
  CostRatePage,
  EconomicsSettings,
  ExchangeRatePage,
  InvestmentPage,
  MonthlyReturnPage,
  ValueEventPage,
} from '@vested/contracts';
import { api, type Query } from '../../lib/api';

export const LIST_PAGE_SIZE = 10;

const account = (id: string) => `/api/v1/accounts/${encodeURIComponent(id)}`;

export type Period = { from?: string; to?: string };

export function economicsQuery(accountId: string, period: Period) {
  return queryOptions({
    queryKey: ['economics', accountId, 'figures', period],
    queryFn: () => api.get(`${account(accountId)}/economics`, { query: period, schema: AccountEconomics }),
    placeholderData: (previous) => previous,
    // A 422 (a missing rate) will not fix itself by asking again.
    retry: false,
  });
}

export function investmentsQuery(accountId: string, query: Query) {
  return queryOptions({
    queryKey: ['economics', accountId, 'investments', query],
    queryFn: () =>
      api.get(`${account(accountId)}/investments`, {
        query: { pageSize: LIST_PAGE_SIZE, ...query },
        schema: InvestmentPage,
      }),
    placeholderData: (previous) => previous,
  });
}

export function returnsQuery(accountId: string, query: Query) {
  return queryOptions({
    queryKey: ['economics', accountId, 'returns', query],
    queryFn: () =>
      api.get(`${account(accountId)}/returns`, {
        query: { pageSize: LIST_PAGE_SIZE, ...query },
        schema: MonthlyReturnPage,
      }),
    placeholderData: (previous) => previous,
  });
}

export function valueEventsQuery(accountId: string, query: Query) {
  return queryOptions({
    queryKey: ['economics', accountId, 'value-events', query],
    queryFn: () =>
      api.get(`${account(accountId)}/value-events`, {
        query: { pageSize: LIST_PAGE_SIZE, ...query },
        schema: ValueEventPage,
      }),
    placeholderData: (previous) => previous,
  });
}

export const settingsQuery = queryOptions({
  queryKey: ['economics', 'settings'],
  queryFn: () => api.get('/api/v1/economics/settings', { schema: EconomicsSettings }),
  staleTime: 60_000,
});

export function exchangeRatesQuery(query: Query) {
  return queryOptions({
    queryKey: ['economics', 'exchange-rates', query],
    queryFn: () => api.get('/api/v1/economics/exchange-rates', { query, schema: ExchangeRatePage }),
    placeholderData: (previous) => previous,
  });
}

export function costRatesQuery(query: Query) {
  return queryOptions({
    queryKey: ['economics', 'cost-rates', query],
    queryFn: () => api.get('/api/v1/economics/cost-rates', { query, schema: CostRatePage }),
    placeholderData: (previous) => previous,
  });
}

/** After a write on one account's economics: its figures, lists and the portfolio are stale. */
export async function afterAccountWrite(queryClient: QueryClient, accountId: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['economics', accountId] }),
    queryClient.invalidateQueries({ queryKey: ['portfolio'] }),
  ]);
}

/** After a rate or a setting changes: every figure may have moved. */
export async function afterWorkspaceWrite(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['economics'] }),
    queryClient.invalidateQueries({ queryKey: ['portfolio'] }),
  ]);
}

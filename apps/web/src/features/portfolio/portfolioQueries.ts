import { queryOptions } from '@tanstack/react-query';
import { type PortfolioItem, PortfolioPage } from '@vested/contracts';
import { api, type Query } from '../../lib/api';
import type { PortfolioFilters, PortfolioSearch } from './portfolioSearch';

export const PORTFOLIO_PAGE_SIZE = 25;
/** The API's largest page; the chart reads the filtered portfolio in pages of this size. */
const CHART_PAGE_SIZE = 200;
/** More bubbles than this would be unreadable anyway; the chart says it shows the top ones by rank. */
export const CHART_LIMIT = 2000;

const getPage = (query: Query) => api.get('/api/v1/portfolio', { query, schema: PortfolioPage });

export function portfolioQuery(search: PortfolioSearch) {
  return queryOptions({
    queryKey: ['portfolio', 'page', search],
    queryFn: () => getPage({ ...search, page: search.page ?? 1, pageSize: PORTFOLIO_PAGE_SIZE }),
    placeholderData: (previous) => previous,
    retry: false,
  });
}

export type PortfolioChartData = Omit<PortfolioPage, 'page' | 'pageSize'> & { shown: number };

/** Every account matching the filters (up to CHART_LIMIT, best ranked first), for the bubble chart. */
export function portfolioChartQuery(filters: PortfolioFilters) {
  return queryOptions({
    queryKey: ['portfolio', 'chart', filters],
    queryFn: async (): Promise<PortfolioChartData> => {
      const query = { ...filters, sort: 'rank', pageSize: CHART_PAGE_SIZE };
      const first = await getPage({ ...query, page: 1 });
      const pages = Math.min(Math.ceil(first.total / CHART_PAGE_SIZE), CHART_LIMIT / CHART_PAGE_SIZE);
      const rest = await Promise.all(
        Array.from({ length: Math.max(0, pages - 1) }, (_, i) => getPage({ ...query, page: i + 2 })),
      );
      const items = [first, ...rest].flatMap((p) => p.items);
      const { page: _p, pageSize: _s, ...meta } = first;
      return { ...meta, items, shown: items.length };
    },
    placeholderData: (previous) => previous,
    retry: false,
  });
}

type AccountKey = { id: string; objective: string; tier: string; managerPersonId: string | null };

/**
 * One account's line of the portfolio (its rank and suggested tier, which only the whole portfolio
 * can give). The API has no account filter, so this narrows by what the account itself is — objective,
 * decided tier, manager — and reads pages until it finds it: usually one small page.
 */
export function accountPortfolioQuery(account: AccountKey) {
  return queryOptions({
    queryKey: ['portfolio', 'account', account],
    queryFn: async (): Promise<{ item: PortfolioItem | null; currency: string; asOf: string }> => {
      const query: Query = {
        objective: account.objective,
        tier: account.tier,
        managerPersonId: account.managerPersonId,
        sort: 'name',
        pageSize: CHART_PAGE_SIZE,
      };
      for (let page = 1; ; page++) {
        const found = await getPage({ ...query, page });
        const item = found.items.find((i) => i.accountId === account.id);
        if (item || page * CHART_PAGE_SIZE >= found.total)
          return { item: item ?? null, currency: found.currency, asOf: found.asOf };
      }
    },
    retry: false,
  });
}

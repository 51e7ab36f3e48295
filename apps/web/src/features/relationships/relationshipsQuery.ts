import { queryOptions } from '@tanstack/react-query';
import { StakeholderPortfolio } from '@vested/contracts';
import { api } from '../../lib/api';
import type { RelationshipsSearch } from './relationshipsSearch';

export const RELATIONSHIPS_PAGE_SIZE = 25;

export function relationshipsQuery(search: RelationshipsSearch) {
  return queryOptions({
    queryKey: ['stakeholder-portfolio', search],
    queryFn: () =>
      api.get('/api/v1/stakeholder-portfolio', {
        query: { ...search, page: search.page ?? 1, pageSize: RELATIONSHIPS_PAGE_SIZE },
        schema: StakeholderPortfolio,
      }),
    placeholderData: (previous) => previous,
  });
}

import { queryOptions } from '@tanstack/react-query';
import { AssessmentWithResults, ComparisonPage, ManagerHistory, ManagerResults } from '@vested/contracts';
import { addMonths, firstDayOf, lastDayOf } from '@vested/domain';
import { api } from '../../lib/api';
import { todayIso } from '../../ui/format';

export function managerHistoryQuery(personId: string) {
  return queryOptions({
    queryKey: ['assessments', 'manager', personId],
    queryFn: () =>
      api.get(`/api/v1/managers/${encodeURIComponent(personId)}/assessments`, { schema: ManagerHistory }),
  });
}

export function assessmentQuery(id: string) {
  return queryOptions({
    queryKey: ['assessments', 'one', id],
    queryFn: () =>
      api.get(`/api/v1/assessments/${encodeURIComponent(id)}`, { schema: AssessmentWithResults }),
  });
}

export function resultsQuery(personId: string, from: string, to: string) {
  return queryOptions({
    queryKey: ['assessments', 'results', personId, from, to],
    queryFn: () =>
      api.get(`/api/v1/managers/${encodeURIComponent(personId)}/results`, {
        query: { from, to },
        schema: ManagerResults,
      }),
    placeholderData: (previous) => previous,
  });
}

export const COMPARISON_PAGE_SIZE = 200;

export function comparisonQuery(from: string, to: string, page: number) {
  return queryOptions({
    queryKey: ['assessments', 'comparison', from, to, page],
    queryFn: () =>
      api.get('/api/v1/managers/comparison', {
        query: { from, to, page, pageSize: COMPARISON_PAGE_SIZE },
        schema: ComparisonPage,
      }),
    placeholderData: (previous) => previous,
  });
}

/** The last six complete months: the period an assessment looks back on unless the director says otherwise. */
export function defaultPeriod(): { from: string; to: string } {
  const month = todayIso().slice(0, 7);
  return { from: firstDayOf(addMonths(month, -6)), to: lastDayOf(addMonths(month, -1)) };
}

import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  ManagerRequestList,
  SuggestionList,
  TeamOverview,
  TeamPlan,
  WorkspaceRoleList,
} from '@vested/contracts';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api';
import { allRolesQuery } from '../../workspace-lists/listsQueries';

const base = (id: string) => `/api/v1/accounts/${encodeURIComponent(id)}`;

export function teamOverviewQuery(id: string) {
  return queryOptions({
    queryKey: ['accounts', 'one', id, 'team-overview'],
    queryFn: () => api.get(`${base(id)}/team/overview`, { schema: TeamOverview }),
  });
}

export function teamPlanQuery(id: string) {
  return queryOptions({
    queryKey: ['accounts', 'one', id, 'team-plan'],
    queryFn: () => api.get(`${base(id)}/team/plan`, { schema: TeamPlan }),
  });
}

export function managerRequestsQuery(id: string) {
  return queryOptions({
    queryKey: ['accounts', 'one', id, 'manager-requests'],
    queryFn: () => api.get(`${base(id)}/manager-requests`, { schema: ManagerRequestList }),
  });
}

export type SuggestFor = { role: string } | { skillId: string; minLevel?: number };

export function suggestionsQuery(id: string, ask: SuggestFor) {
  return queryOptions({
    queryKey: ['accounts', 'one', id, 'suggestions', ask],
    queryFn: () =>
      api.get(`${base(id)}/team/suggestions`, { query: { ...ask, limit: 10 }, schema: SuggestionList }),
  });
}

/** The workspace's list of team roles (active ones), in its order. */
export const teamRolesQuery = queryOptions({
  queryKey: ['team-roles', 'active'],
  queryFn: () => api.get('/api/v1/team-roles', { schema: WorkspaceRoleList }),
  staleTime: 5 * 60_000,
});

/**
 * After a change to a team: the account (its manager, its team, plan, warnings, requests) and every
 * view of people's load (the matrix, people pages) are read again.
 */
export function useTeamRefresh(accountId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['accounts', 'one', accountId] }),
      queryClient.invalidateQueries({ queryKey: ['accounts', 'list'] }),
      queryClient.invalidateQueries({ queryKey: ['people'] }),
      queryClient.invalidateQueries({ queryKey: ['matrix'] }),
      queryClient.invalidateQueries({ queryKey: ['manager-requests'] }),
    ]);
}

/** A role's name in the UI language: the built-in ones are translated, a workspace's own shows its name. */
export function useRoleLabel(): (key: string, name?: string) => string {
  const { t } = useTranslation();
  return (key, name) => t(`teamRole.${key}`, { defaultValue: name ?? key });
}

/**
 * The workspace's roles for a form: its active roles as choices, and a label for any key a record
 * holds — built-in (translated), the workspace's own, or retired since.
 */
export function useWorkspaceRoles(): {
  options: { value: string; label: string }[];
  label: (key: string) => string;
} {
  const roleLabel = useRoleLabel();
  const { data } = useQuery(allRolesQuery);
  const items = data?.items ?? [];
  const names = new Map(items.map((r) => [r.key, r.name]));
  return {
    options: items.filter((r) => r.active).map((r) => ({ value: r.key, label: roleLabel(r.key, r.name) })),
    label: (key) => roleLabel(key, names.get(key)),
  };
}

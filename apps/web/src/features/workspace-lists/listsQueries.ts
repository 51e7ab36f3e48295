import { queryOptions } from '@tanstack/react-query';
import { SkillPage, WorkspaceRoleList } from '@vested/contracts';
import { api } from '../../lib/api';
import type { ListsSearch } from './listsSearch';

export const SKILLS_PAGE_SIZE = 50;

export const allRolesQuery = queryOptions({
  queryKey: ['team-roles', 'all'],
  queryFn: () => api.get('/api/v1/team-roles', { query: { active: 'all' }, schema: WorkspaceRoleList }),
});

export function skillCatalogueQuery(search: ListsSearch) {
  const { q, category, active, page } = search;
  return queryOptions({
    queryKey: ['skills', 'catalogue', { q, category, active, page }],
    queryFn: () =>
      api.get('/api/v1/skills', {
        query: { q, category, active: active ?? 'true', page: page ?? 1, pageSize: SKILLS_PAGE_SIZE },
        schema: SkillPage,
      }),
    placeholderData: (previous) => previous,
  });
}

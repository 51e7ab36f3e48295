import { SkillCategory } from '@vested/contracts';
import { z } from 'zod';

export const listTabs = ['roles', 'skills'] as const;

/** The workspace lists screen: which list, and the skill catalogue's filters and page. */
export const listsSearch = z.object({
  tab: z.enum(listTabs).optional().catch(undefined),
  q: z.coerce.string().optional().catch(undefined),
  category: SkillCategory.optional().catch(undefined),
  active: z.enum(['false', 'all']).optional().catch(undefined),
  page: z.number().int().min(1).optional().catch(undefined),
});
export type ListsSearch = z.infer<typeof listsSearch>;

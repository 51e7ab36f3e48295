import { z } from 'zod';

export const accountTabs = [
  'overview',
  'notes',
  'team',
  'relationships',
  'economics',
  'decisions',
  'history',
] as const;
export type AccountTab = (typeof accountTabs)[number];

export const accountSearch = z.object({
  tab: z.enum(accountTabs).optional().catch(undefined),
  historyPage: z.number().int().min(1).optional().catch(undefined),
});

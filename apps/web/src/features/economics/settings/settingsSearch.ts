import { z } from 'zod';

export const settingsTabs = ['general', 'exchange', 'cost'] as const;

/**
 * The economics settings screen: which tab, and what to fill in when another screen sends someone here
 * to enter a missing rate (currency and month, or person and date).
 */
export const economicsSettingsSearch = z.object({
  tab: z.enum(settingsTabs).optional().catch(undefined),
  currency: z.string().optional().catch(undefined),
  month: z.string().optional().catch(undefined),
  personId: z.string().optional().catch(undefined),
  from: z.string().optional().catch(undefined),
});
export type EconomicsSettingsSearch = z.infer<typeof economicsSettingsSearch>;

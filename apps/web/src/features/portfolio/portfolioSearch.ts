import { portfolioSortFields } from '@vested/contracts';
import { accountObjectives, accountTiers } from '@vested/domain';
import { z } from 'zod';

const sortValues = portfolioSortFields.flatMap((f) => [f, `-${f}`]) as [string, ...string[]];

/** The portfolio keeps its filters, sort and page in the URL; a bad value falls back to the default. */
export const portfolioSearch = z.object({
  objective: z.enum(accountObjectives).optional().catch(undefined),
  tier: z.enum(accountTiers).optional().catch(undefined),
  status: z.enum(['on_track', 'at_risk', 'off_track']).optional().catch(undefined),
  managerPersonId: z.string().optional().catch(undefined),
  sort: z.enum(sortValues).optional().catch(undefined),
  page: z.number().int().min(1).optional().catch(undefined),
});
export type PortfolioSearch = z.infer<typeof portfolioSearch>;
export type PortfolioFilters = Omit<PortfolioSearch, 'sort' | 'page'>;

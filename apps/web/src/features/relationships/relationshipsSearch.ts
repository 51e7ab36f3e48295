import { stakeholderPortfolioSortFields } from '@vested/contracts';
import { accountObjectives, accountTiers } from '@vested/domain';
import { z } from 'zod';

const sortValues = stakeholderPortfolioSortFields.flatMap((f) => [f, `-${f}`]) as [string, ...string[]];

/** The relationships portfolio keeps filters, sort and page in the URL; a bad value falls back. */
export const relationshipsSearch = z.object({
  q: z.coerce.string().optional().catch(undefined),
  tier: z.enum(accountTiers).optional().catch(undefined),
  objective: z.enum(accountObjectives).optional().catch(undefined),
  mapped: z.enum(['mapped', 'unmapped']).optional().catch(undefined),
  sort: z.enum(sortValues).optional().catch(undefined),
  page: z.number().int().min(1).optional().catch(undefined),
});
export type RelationshipsSearch = z.infer<typeof relationshipsSearch>;

import { AccountStatus, accountSortFields, Objective, Phase, Tier } from '@vested/contracts';
import { z } from 'zod';

const sortValues = accountSortFields.flatMap((f) => [f, `-${f}`]) as [string, ...string[]];

/** The accounts list keeps its whole state in the URL; a bad value falls back to the default. */
export const accountsSearch = z.object({
  q: z.coerce.string().optional().catch(undefined),
  objective: Objective.optional().catch(undefined),
  tier: Tier.optional().catch(undefined),
  phase: Phase.optional().catch(undefined),
  status: AccountStatus.optional().catch(undefined),
  managerPersonId: z.string().optional().catch(undefined),
  archived: z.enum(['false', 'true', 'all']).optional().catch(undefined),
  sort: z.enum(sortValues).optional().catch(undefined),
  page: z.number().int().min(1).optional().catch(undefined),
});
export type AccountsSearch = z.infer<typeof accountsSearch>;

import { peopleSortFields } from '@vested/contracts';
import { z } from 'zod';

const sortValues = peopleSortFields.flatMap((f) => [f, `-${f}`]) as [string, ...string[]];

export const peopleSearch = z.object({
  q: z.coerce.string().optional().catch(undefined),
  department: z.coerce.string().optional().catch(undefined),
  skillId: z.uuid().optional().catch(undefined),
  minLevel: z.coerce.number().int().min(2).max(5).optional().catch(undefined),
  /** Only people over their capacity this month. */
  over: z.enum(['true']).optional().catch(undefined),
  active: z.enum(['true', 'false', 'all']).optional().catch(undefined),
  sort: z.enum(sortValues).optional().catch(undefined),
  page: z.number().int().min(1).optional().catch(undefined),
});
export type PeopleSearch = z.infer<typeof peopleSearch>;

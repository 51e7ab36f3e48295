import { peopleSortFields } from '@vested/contracts';
import { z } from 'zod';

const sortValues = peopleSortFields.flatMap((f) => [f, `-${f}`]) as [string, ...string[]];

export const peopleSearch = z.object({
  q: z.coerce.string().optional().catch(undefined),
  department: z.coerce.string().optional().catch(undefined),
  active: z.enum(['true', 'false', 'all']).optional().catch(undefined),
  sort: z.enum(sortValues).optional().catch(undefined),
  page: z.number().int().min(1).optional().catch(undefined),
});
export type PeopleSearch = z.infer<typeof peopleSearch>;

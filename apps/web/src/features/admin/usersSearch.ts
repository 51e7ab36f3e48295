import { UserRole } from '@vested/contracts';
import { z } from 'zod';

export const userSortFields = ['name', 'email', 'role', 'createdAt'] as const;
const sortValues = userSortFields.flatMap((f) => [f, `-${f}`]) as [string, ...string[]];

export const usersSearch = z.object({
  q: z.coerce.string().optional().catch(undefined),
  role: UserRole.optional().catch(undefined),
  sort: z.enum(sortValues).optional().catch(undefined),
  page: z.number().int().min(1).optional().catch(undefined),
});
export type UsersSearch = z.infer<typeof usersSearch>;

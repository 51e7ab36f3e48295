import { z } from 'zod';

/** The matrix keeps its whole state in the URL; a bad value falls back to the default. */
export const matrixSearch = z.object({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional()
    .catch(undefined),
  groupBy: z.enum(['department', 'lineManager']).optional().catch(undefined),
  q: z.coerce.string().optional().catch(undefined),
  department: z.coerce.string().optional().catch(undefined),
  lineManagerPersonId: z.uuid().optional().catch(undefined),
  skillId: z.uuid().optional().catch(undefined),
  minLevel: z.coerce.number().int().min(2).max(5).optional().catch(undefined),
  accountId: z.uuid().optional().catch(undefined),
  over: z.enum(['true']).optional().catch(undefined),
  page: z.number().int().min(1).optional().catch(undefined),
  pageSize: z.coerce.number().int().min(10).max(200).optional().catch(undefined),
});
export type MatrixSearch = z.infer<typeof matrixSearch>;

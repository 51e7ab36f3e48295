import { z } from 'zod';

export const comparisonSortFields = [
  'name',
  'accounts',
  'average',
  'objectives',
  'roi',
  'roiChange',
  'cement',
  'cementChange',
] as const;
const sortValues = comparisonSortFields.flatMap((f) => [f, `-${f}`]) as [string, ...string[]];
const date = z.iso.date();

/** The director's comparison of account managers: the period measured and the column sorted by. */
export const comparisonSearch = z.object({
  from: date.optional().catch(undefined),
  to: date.optional().catch(undefined),
  sort: z.enum(sortValues).optional().catch(undefined),
  page: z.number().int().min(1).optional().catch(undefined),
});
export type ComparisonSearch = z.infer<typeof comparisonSearch>;

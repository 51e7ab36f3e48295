import { ImportKind, ImportStatus } from '@vested/contracts';
import { z } from 'zod';

export const importSortFields = ['createdAt', 'fileName', 'kind', 'status'] as const;
const sortValues = importSortFields.flatMap((f) => [f, `-${f}`]) as [string, ...string[]];

/** The import history keeps its filters, sort and page in the URL; a bad value falls back to the default. */
export const importsSearch = z.object({
  kind: z.string().optional().catch(undefined),
  status: ImportStatus.optional().catch(undefined),
  sort: z.enum(sortValues).optional().catch(undefined),
  page: z.number().int().min(1).optional().catch(undefined),
});
export type ImportsSearch = z.infer<typeof importsSearch>;

/** The wizard may be opened on a kind (from the rates screen: cost or exchange rates). */
export const newImportSearch = z.object({
  kind: ImportKind.optional().catch(undefined),
});
export type NewImportSearch = z.infer<typeof newImportSearch>;

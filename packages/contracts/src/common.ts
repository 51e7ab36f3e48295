import { z } from 'zod';

/** The one error shape of the API, for every status. */
export const errorCodes = [
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'stale_version',
  'rule_broken',
  'rate_limited',
  'internal',
] as const;
export const ErrorBody = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

export const Id = z.uuid({ error: 'Must be a valid id' });
export const IdParams = z.object({ id: Id });

/** Calendar date, YYYY-MM-DD, and a real day of the calendar. */
export const IsoDate = z.iso.date({ error: 'Use a date as YYYY-MM-DD' });
export const Timestamp = z.string();

/** Every record people edit carries a version; an update must send the one it read. */
export const VersionBody = z.object({ version: z.number({ error: 'version is required' }).int().min(1) });

/** Server-side paging: 1-based page; pageSize within 1..200. */
export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}
export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

/** Sort as `field` (ascending) or `-field` (descending), restricted to the listed fields. */
export function sortParam<const F extends readonly [string, ...string[]]>(fields: F, fallback: string) {
  const allowed = fields.flatMap((f) => [f, `-${f}`]) as [string, ...string[]];
  return z.enum(allowed).default(fallback);
}

/** Optional text: blank becomes null so a cleared field is stored as "not known". */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, { error: `At most ${max} characters` })
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional();
}

export const Ok = z.object({ ok: z.literal(true) });

/** An email as people type or paste it: surrounding spaces dropped and lower-cased before it is checked. */
export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'Enter a valid email' }));

/** An optional email: blank means none. */
export const OptionalEmail = z
  .string()
  .trim()
  .toLowerCase()
  .transform((s) => (s === '' ? null : s))
  .pipe(z.email({ error: 'Enter a valid email' }).nullable())
  .nullable()
  .optional();

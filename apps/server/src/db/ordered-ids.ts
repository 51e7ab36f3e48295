import { randomBytes } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';

/**
 * Ids for a bulk insert, in the order the rows are written (UUID version 7: time first, RFC 9562). A
 * million random ids would land on a million random pages of the primary key's index — most of an
 * import's write on a table of ten million; ids that grow with the rows fill new pages at its end.
 * The first 20 hex digits are the import's own (its start in milliseconds, then 24 random bits, with
 * the version and variant), the last 12 the row's number within the insert.
 */
export function orderedIdPrefix(now: Date): string {
  const ms = now.getTime().toString(16).padStart(12, '0').slice(-12);
  const r = randomBytes(3).toString('hex');
  const variant = '89ab'[randomBytes(1)[0]! % 4];
  return `${ms.slice(0, 8)}-${ms.slice(8, 12)}-7${r.slice(0, 3)}-${variant}${r.slice(3, 6)}-`;
}

/** The uuid of row number `n` (1, 2, …; below 2^48) of an insert whose ids start with `prefix`. */
export const orderedId = (prefix: string, n: SQL): SQL =>
  sql`(${prefix} || lpad(to_hex(${n}), 12, '0'))::uuid`;

/**
 * An import's own id, time-ordered too: its first 24 characters are the prefix of the ids of the rows it
 * writes (`rowIdPrefix`), so an import's entries are one range of the primary key — found by it, with
 * no index on `import_id` to keep up on a table of ten million.
 */
export const orderedImportId = (now: Date): string => `${orderedIdPrefix(now)}000000000000`;

/** The prefix of the ids of the rows written by the import `importId` (an orderedImportId). */
export const rowIdPrefix = (importId: string): string => importId.slice(0, 24);

/**
 * The id range holding every row the import wrote, or null for an import from before time-ordered ids
 * (a version-4 id): its rows are found by `import_id` alone.
 */
export function rowIdRange(importId: string): { from: string; to: string } | null {
  if (importId[14] !== '7') return null;
  const prefix = rowIdPrefix(importId);
  return { from: `${prefix}000000000001`, to: `${prefix}ffffffffffff` };
}

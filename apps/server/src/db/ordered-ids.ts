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

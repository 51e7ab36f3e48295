import { randomBytes } from 'node:crypto';

/**
 * Ids for a bulk insert (UUID version 7: time first, RFC 9562). The first 20 hex digits are the
 * import's own (its start in milliseconds, then 24 random bits, with the version and variant), the last
 * 12 the row's number within the import (its line in the file).
 */
export function orderedIdPrefix(now: Date): string {
  const ms = now.getTime().toString(16).padStart(12, '0').slice(-12);
  const r = randomBytes(3).toString('hex');
  const variant = '89ab'[randomBytes(1)[0]! % 4];
  return `${ms.slice(0, 8)}-${ms.slice(8, 12)}-7${r.slice(0, 3)}-${variant}${r.slice(3, 6)}-`;
}

/**
 * The uuid of row number `n` (1, 2, …; below 2^48, unique within the import) of an import whose ids
 * start with `prefix`. The database reads `n` back with vested_import_row_line (migration 0027).
 */
export const orderedId = (prefix: string, n: number): string =>
  `${prefix}${n.toString(16).padStart(12, '0')}`;

/**
 * An import's own id, time-ordered too: its first 24 characters are the prefix of the ids of the rows it
 * writes (`rowIdPrefix`). The entries of an import live in a partition of their own, each with its own
 * primary key (import-partitions.ts), so the prefix is what keeps ids unique across partitions.
 */
export const orderedImportId = (now: Date): string => `${orderedIdPrefix(now)}000000000000`;

/** The prefix of the ids of the rows written by the import `importId` (an orderedImportId). */
export const rowIdPrefix = (importId: string): string => importId.slice(0, 24);

import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { pgCode } from '../../http/errors';

/**
 * Each time-entry import keeps its entries in a partition of `investments` of its own (migration
 * 0024_investments_partitioned_by_import, where the partition's shape is defined once, in SQL, for this
 * code and for the migration). The import loads its rows into a standalone table, which it indexes once
 * and attaches; the undo drops it. Why: a million rows inserted into a table of ten million update its
 * big indexes a million times, all over them; a table of their own costs a sorted index build.
 */

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/** Creates the import's table (not yet part of `investments`) and returns its name, to insert into. */
export async function createImportPartition(tx: Db, importId: string): Promise<string> {
  const [row] = rowsOf<{ name: string }>(
    await tx.execute(sql`select vested_import_partition_create(${importId}::uuid) as name`),
  );
  return row!.name;
}

/** Indexes the loaded table and attaches it: from here its rows are entries like any other. */
export async function attachImportPartition(tx: Db, importId: string): Promise<void> {
  await tx.execute(sql`select vested_import_partition_attach(${importId}::uuid)`);
}

/**
 * Builds the partition's unique index on external ids; false when ids repeat among its rows (the build
 * failed, and only it: it runs in a savepoint).
 */
export async function indexExternalIds(tx: Db, importId: string): Promise<boolean> {
  try {
    await tx.transaction((sp) =>
      sp.execute(sql`select vested_import_partition_index_external_ids(${importId}::uuid)`),
    );
    return true;
  } catch (err) {
    if (pgCode(err) === '23505') return false;
    throw err;
  }
}

/**
 * Gives the planner the partition's statistics before an undo reads it whole. A partition made and
 * read within minutes may not have been analyzed yet, and without statistics the valuation of a
 * million entries was planned as for 25 (a nested loop over the cost rates: 41 s instead of 2 s).
 */
export async function analyzeImportPartition(tx: Db, importId: string): Promise<void> {
  await tx.execute(sql`select vested_import_partition_analyze(${importId}::uuid)`);
}

/** Drops the import's partition; returns how many entries went with it (0: the import wrote none). */
export async function dropImportPartition(tx: Db, importId: string): Promise<number> {
  const [row] = rowsOf<{ n: unknown }>(
    await tx.execute(sql`select vested_import_partition_drop(${importId}::uuid) as n`),
  );
  return Number(row?.n ?? 0);
}

/**
 * Makes time-entry imports (and their undos) write one at a time, from checking their external ids
 * against every partition to their commit: no unique index spans partitions, so two imports checking
 * at once could each let the same external id in. SHARE UPDATE EXCLUSIVE on the parent is the lock an
 * attach takes anyway; it conflicts with itself, not with the readers and writers of entries. ONLY:
 * the partitions themselves stay free (a plain LOCK TABLE would take them all, and wait for any
 * autovacuum at work on one of them).
 */
export async function holdImportWriters(tx: Db): Promise<void> {
  await tx.execute(sql`lock table only investments in share update exclusive mode`);
}

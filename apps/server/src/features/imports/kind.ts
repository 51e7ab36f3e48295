import type { RowError } from '@vested/contracts';
import type { DateOrder, ImportKindName, ImportPreset, IsoDate } from '@vested/domain';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { SignedIn } from '../../http/authenticate';

/**
 * AN IMPORT KIND: what one kind of file becomes. A plain object, one file per kind under kinds/:
 * - `prepare` loads what checking rows needs (names → ids, the base currency…) and returns the PURE row
 *   checker: a row's field values in, the typed row out (as the staging table's column values) or the
 *   reason it cannot be imported;
 * - `staging` names the columns of the temporary table the checked rows are bulk-loaded into
 *   (`import_rows`); a kind may load them into a table of its own instead (`stageInto`);
 * - `check` looks at all the staged rows at once for what one row cannot tell (a key twice in the file,
 *   a conflict with what is already stored) and reports row errors;
 * - `write` turns the staged rows into records, set-based, in the import's transaction;
 * - `undo` deletes exactly the records an import wrote, keeping every derived figure right.
 * Contacts and people (later issues) plug in the same way; the framework around it (reading, mapping,
 * staging, progress, history, idempotency) is shared.
 */
export type StagedValue = string | number | bigint | null;
export type Shown = Record<string, string | number | null>;
export type Checked =
  | { ok: true; staged: StagedValue[]; shown?: Shown }
  | { ok: false; field: string | null; reason: string };

/** Where the staged rows are loaded: a table, its columns, and a staged row's values in their order. */
export type StagingTarget = {
  table: string;
  columns: readonly string[];
  values(line: number, staged: StagedValue[]): StagedValue[];
  /**
   * The same row as a line of COPY's text format, for a kind that can write it faster than from
   * `values` (a million rows: values it made itself need no escaping). Must say what `values` says.
   */
  copyLine?(line: number, staged: StagedValue[]): string;
};

/** Checks one row's field values; `show` asks for the readable form too (the preview's). */
export type RowChecker = (fields: Record<string, string>, show: boolean) => Checked;

export type PrepareOptions = {
  dateOrder: DateOrder;
  preset: ImportPreset | null;
  today: IsoDate;
  /** The account chosen for the whole file (contacts); null for kinds whose rows name their account. */
  accountId: string | null;
};

export type WriteContext = {
  tx: Db;
  importId: string;
  actor: SignedIn;
  fileName: string;
  errors: RowErrors;
  accountId: string | null;
  /** The app clock at the start of the import. */
  now: Date;
  /** Ends a timed phase of the write (imports/timings.ts); absent where nobody times it. */
  mark?: (phase: string) => void;
};
export type Written = { written: number; skipped: number };

export type ImportKind = {
  name: ImportKindName;
  label: string;
  /** May the actor import this kind at all? Per-account rights are checked row by row. */
  mayImport(actor: SignedIn): boolean;
  prepare(tx: Db, actor: SignedIn, opts: PrepareOptions): Promise<RowChecker>;
  /** The staging table's columns after `line`: [name, SQL type], in the order `staged` lists values. */
  staging: readonly (readonly [string, string])[];
  /**
   * Loads the checked rows into a table of the kind's own rather than the temporary import_rows, which
   * must then read them with the `staging` columns (a view): time entries go straight into their
   * import's partition, sparing a copy of a million rows from one table to the other.
   */
  stageInto?(tx: Db, importId: string): Promise<StagingTarget>;
  check(w: WriteContext): Promise<void>;
  write(w: WriteContext): Promise<Written>;
  /** Deletes what the import wrote; returns how many records. */
  undo(tx: Db, importId: string, actorUserId: string, now: Date): Promise<number>;
};

/** The first row errors kept for the report (the count keeps going). */
export const rowErrorLimit = 1000;

export class RowErrors {
  count = 0;
  readonly list: RowError[] = [];
  add(line: number, field: string | null, reason: string): void {
    this.count += 1;
    if (this.list.length < rowErrorLimit) this.list.push({ line, field, reason });
  }
  sorted(): RowError[] {
    return [...this.list].sort((a, b) => a.line - b.line);
  }
}

export const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/**
 * Row errors found by a query over the staged rows: `query` selects `line` and the columns `reason`
 * needs; the first rowErrorLimit by line are kept and all are counted (one round trip).
 */
export async function errorsFrom<T extends { line: number }>(
  w: WriteContext,
  query: ReturnType<typeof sql>,
  field: string | null | ((row: T) => string | null),
  reason: (row: T) => string,
): Promise<number> {
  const rows = rowsOf<T & { total: unknown }>(
    await w.tx.execute(
      sql`select q.*, count(*) over () as total from (${query}) q order by q.line limit ${rowErrorLimit}`,
    ),
  );
  const total = Number(rows[0]?.total ?? 0);
  for (const r of rows)
    w.errors.add(Number(r.line), typeof field === 'function' ? field(r) : field, reason(r));
  // Errors beyond the kept list still count.
  w.errors.count += Math.max(0, total - rows.length);
  return total;
}

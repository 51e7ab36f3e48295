import { unvaluedCurrency } from '@vested/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  factorsRelation,
  loadConversion,
  microHoursOf,
  microToMinor,
  toBase,
  valuedEntries,
} from './rollup-bulk-sql';
import { holdRatesStill } from './rollup-store';

/**
 * THE SET-BASED WRITER OF THE ROLLUP: what rollup.ts does entry by entry, for a whole set of entries
 * in a few statements (an import of a million time entries, its undo, a rebuild). The result is the
 * same to the cent as applying each entry with applyInvestment / applyReturn: each labor entry valued
 * exactly at its day's cost rate (person, else role, else the workspace default; unvalued → 'XXX'),
 * summed exactly per rollup row and rounded once, each row converted once at its month's rate (null
 * while the rate is missing). Like the per-entry writer it adds to rows with upserts, so writers of the same
 * months running at the same time add up rather than overwrite.
 */

/**
 * Which entries: SQL conditions over `investments i` and `monthly_returns r` (absent: none of that
 * table). An import passes its id (`importSelection`); anything else — a temporary table of ids, one
 * account — is a condition too. `labor`, when given, is a relation of the selected labor entries'
 * (account_id, person_id, role, date, hours) read instead of the investments themselves: an import
 * passes its staging table, sparing a read of the million rows it has just written.
 */
export type EntrySelection = { investments?: SQL; returns?: SQL; labor?: SQL };

export const importSelection = (importId: string): EntrySelection => ({
  investments: investmentsOfImport(importId, 'i'),
  returns: sql`r.import_id = ${importId}`,
});

/**
 * The investments an import wrote, as a condition over `alias`: by its id, which PostgreSQL turns into
 * reading the import's own partition alone (import-partitions.ts).
 */
export function investmentsOfImport(importId: string, alias: string): SQL {
  return sql`${sql.raw(alias)}.import_id = ${importId}::uuid`;
}

export type BulkResult = {
  /** Rollup rows whose sums changed (a rebuild: every row). */
  rollupRows: number;
};

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;
const countOf = async (tx: Db, table: string) =>
  Number(rowsOf<{ n: unknown }>(await tx.execute(sql.raw(`select count(*) as n from ${table}`)))[0]?.n);

// Null-safe keys are written with coalesce, not `is not distinct from`: PostgreSQL cannot hash or merge
// join on `is not distinct from`, and on a populated month that made one update compare every changed
// row with every rollup row of its currency-month (203 s for 100,000 imported entries; with coalesce the
// same statement hash-joins in seconds). No real id is the nil UUID and no role is ''.
const NO_PERSON = '00000000-0000-0000-0000-000000000000';
const rollupKey = (a: string, b: string) =>
  sql.raw(`${a}.account_id = ${b}.account_id and ${a}.month = ${b}.month and ${a}.kind = ${b}.kind
    and ${a}.currency = ${b}.currency and coalesce(${a}.person_id, '${NO_PERSON}') = coalesce(${b}.person_id, '${NO_PERSON}')`);

/**
 * The selected entries summed per row of the rollup's grain (account × month × kind × currency ×
 * person), each row once: labor valued entry by entry at the rate of its day (cost_micro exact, amount
 * 0: a labor row's amount is rounded from its whole exact sum), money and returns as they are. The
 * branches cannot share a row (their kinds differ), so each is summed on its own. Labor is summed by
 * month as a date and named 'YYYY-MM' once summed, its sums kept bigint: summing the million rows of an
 * import as numerics, then again, took 1.5 s more.
 */
function summedRows(labor: SQL, onInvestments: SQL, onReturns: SQL, signed: SQL): SQL {
  return sql`select account_id, to_char(month, 'YYYY-MM') as month, 'labor' as kind, currency, person_id,
      0::bigint as amount, ${signed} * micro as micro, (${signed} * entries)::int as entries,
      ${signed} * cost_micro as cost_micro
    from (select account_id, date_trunc('month', date)::date as month,
        coalesce(cost_currency, ${unvaluedCurrency}) as currency, person_id, sum(micro_hours)::bigint as micro,
        count(*) as entries, sum(coalesce(cost_micro, 0))::bigint as cost_micro
      from (${valuedEntries(
        sql`(select l.account_id, l.person_id, l.role, l.date, ${microHoursOf(sql`l.hours`)} as micro_hours
          from ${labor} l)`,
        sql`e.account_id, e.person_id, e.date, e.micro_hours`,
      )}) v
      group by 1, 2, 3, 4) lm
    union all
    select account_id, month, kind, currency, person_id, ${signed} * sum(amount)::bigint, 0::bigint,
      (${signed} * count(*))::int, 0::bigint
    from (select i.account_id, to_char(i.date, 'YYYY-MM') as month, i.kind, i.currency, i.person_id,
        i.amount_minor as amount
      from investments i where i.kind <> 'labor' and (${onInvestments})
      union all
      select r.account_id, r.month, r.kind, r.currency, null::uuid, r.amount_minor
      from monthly_returns r where (${onReturns})) o
    group by 1, 2, 3, 4, 5`;
}

/** A rollup row's amount: a labor row's rounded from its exact value, any other's as summed. */
const amountOf = (kind: SQL, amount: SQL, costMicro: SQL) =>
  sql`case when ${kind} = 'labor' then ${microToMinor(costMicro)} else ${amount} end`;

/**
 * Adds (sign +1) or takes away (sign −1) the selected entries' contribution to
 * economics_monthly_rollup. The entries are read, so remove before deleting them: in the undo's
 * transaction, `applyEntriesInBulk(tx, importSelection(id), -1)`, then delete the import's rows.
 *
 * Each rollup row is written once: a row the entries create is inserted converted (its sum is the
 * entries' own), a row that existed gets its new sums and conversion in the same upsert. Rows emptied
 * (an undo) are deleted rather than updated.
 */
export async function applyEntriesInBulk(
  db: Db,
  selection: EntrySelection,
  sign: 1 | -1,
  /** Ends a timed phase (an import's PhaseTimer), for taking a slow write apart. */
  mark?: (phase: string) => void,
): Promise<BulkResult> {
  const none = sql`false`;
  const onInvestments = selection.investments ?? none;
  const onReturns = selection.returns ?? none;
  const laborRows =
    selection.labor ??
    sql`(select i.account_id, i.person_id, i.role, i.date, i.hours from investments i
      where i.kind = 'labor' and (${onInvestments}))`;
  // Inline, not bound: a bare parameter in a union would have no type to resolve to.
  const signed = sql.raw(sign === 1 ? '1' : '-1');
  // Temporary tables live until commit: a transaction (or a savepoint inside the caller's) keeps them
  // on one connection.
  return db.transaction(async (tx) => {
    await holdRatesStill(tx);
    const conversion = await loadConversion(tx);
    await tx.execute(
      sql`drop table if exists rollup_bulk_delta, rollup_bulk_factors, rollup_bulk_empty, rollup_bulk_gone`,
    );

    // 1. What moves in the rollup, per row of its grain.
    await tx.execute(sql`create temporary table rollup_bulk_delta on commit drop as
      ${summedRows(laborRows, onInvestments, onReturns, signed)}`);
    mark?.('rollup: delta');

    // 2. Add to the rollup, each row converted in the same write: a new row from its own sum, a row that
    // existed from its new sum (its month's factor looked up for it alone). Then drop the rows no entry
    // is left in.
    await tx.execute(sql`create temporary table rollup_bulk_factors on commit drop as
      select * from ${factorsRelation(conversion)} f`);
    // Known to be small, the factors are hashed once; unanalyzed, 340,000 delta rows were sorted by
    // currency and month to merge-join them (0.3 s).
    await tx.execute(sql`analyze rollup_bulk_factors`);
    const factorOf = sql`(select f.factor from rollup_bulk_factors f where f.currency = r.currency
      and f.month = r.month)`;
    // The rows left without entries are noted as they are written (an undo's), and deleted by key: the
    // table's statistics know of no empty row, and a join planned on them compared every emptied row
    // with every changed one (minutes for an undo of 100,000 entries).
    await tx.execute(sql`create temporary table rollup_bulk_empty (account_id uuid, month text, kind text,
      currency text, person_id uuid) on commit drop`);
    await tx.execute(sql`create temporary table rollup_bulk_gone (like rollup_bulk_empty) on commit drop`);
    let notEmptied = sql``;
    if (sign === -1) {
      // A row the removal empties is deleted at once, not updated and then deleted.
      await tx.execute(sql`analyze rollup_bulk_delta`);
      await tx.execute(sql`with gone as (
          delete from economics_monthly_rollup r using rollup_bulk_delta x
          where ${rollupKey('r', 'x')} and r.entries + x.entries <= 0
          returning r.account_id, r.month, r.kind, r.currency, r.person_id
        )
        insert into rollup_bulk_gone select * from gone`);
      await tx.execute(sql`analyze rollup_bulk_gone`);
      notEmptied = sql`where not exists (select 1 from rollup_bulk_gone g where ${rollupKey('g', 'x')})`;
    }
    const newAmount = amountOf(
      sql`r.kind`,
      sql`(r.amount_minor + excluded.amount_minor)`,
      sql`(r.cost_micro + excluded.cost_micro)`,
    );
    const upsert = sql`insert into economics_monthly_rollup as r (account_id, month, kind, currency, person_id,
        amount_minor, micro_hours, entries, cost_micro, base_minor)
      select x.account_id, x.month, x.kind, x.currency, x.person_id, x.amount, x.micro, x.entries,
        x.cost_micro, ${toBase(conversion, sql`x.amount`, sql`x.currency`, sql`f.factor`)}
      from (select account_id, month, kind, currency, person_id,
          ${amountOf(sql`kind`, sql`amount`, sql`cost_micro`)} as amount, micro, entries, cost_micro
        from rollup_bulk_delta) x
        left join rollup_bulk_factors f on f.currency = x.currency and f.month = x.month
      ${notEmptied}
      -- In the key's order, so the index is written page after page; byte order ("C") sorts the text
      -- keys with abbreviated keys, and is the key's own order for their ASCII values.
      order by x.account_id, x.month collate "C", x.kind collate "C", x.currency collate "C", x.person_id
      on conflict on constraint monthly_rollup_key do update set
        amount_minor = ${newAmount},
        micro_hours = r.micro_hours + excluded.micro_hours,
        entries = r.entries + excluded.entries,
        cost_micro = r.cost_micro + excluded.cost_micro,
        base_minor = ${toBase(conversion, newAmount, sql`r.currency`, factorOf)}`;
    // Adding never empties a row: only a removal notes the rows it leaves without entries.
    if (sign === 1) await tx.execute(upsert);
    else
      await tx.execute(sql`with up as (${upsert}
          returning r.account_id, r.month, r.kind, r.currency, r.person_id, r.entries)
        insert into rollup_bulk_empty select account_id, month, kind, currency, person_id from up
        where entries <= 0`);
    mark?.('rollup: upsert months');
    if ((await countOf(tx, 'rollup_bulk_empty')) > 0) {
      await tx.execute(sql`analyze rollup_bulk_empty`);
      await tx.execute(sql`delete from economics_monthly_rollup r using rollup_bulk_empty x
        where ${rollupKey('r', 'x')}`);
      mark?.('rollup: drop empty months');
    }

    return { rollupRows: await countOf(tx, 'rollup_bulk_delta') };
  });
}

// Rows go into the tables in the order of their unique key: appending to an index is cheaper than
// inserting all over it (measured: a fifth off building 3.3 million rows).

/**
 * Throws the rollup away and builds it again from every raw entry, set-based: what a fresh import of a
 * whole history, a repair after checkRollup() found a difference, or a change of the valuation rule
 * needs. Locks the table for the transaction (a rebuild must not interleave with writers).
 */
export async function rebuildRollup(db: Db): Promise<BulkResult> {
  return db.transaction(async (tx) => {
    const conversion = await loadConversion(tx);
    await tx.execute(sql`truncate economics_monthly_rollup`);
    await tx.execute(sql`insert into economics_monthly_rollup
        (account_id, month, kind, currency, person_id, amount_minor, micro_hours, entries, cost_micro, base_minor)
      select x.account_id, x.month, x.kind, x.currency, x.person_id, x.amount, x.micro, x.entries,
        x.cost_micro, ${toBase(conversion, sql`x.amount`, sql`x.currency`, sql`f.factor`)}
      from (
        select account_id, month, kind, currency, person_id,
          ${amountOf(sql`kind`, sql`amount`, sql`cost_micro`)}::bigint as amount, micro, entries, cost_micro
        from (${summedRows(
          sql`(select i.account_id, i.person_id, i.role, i.date, i.hours from investments i where i.kind = 'labor')`,
          sql`true`,
          sql`true`,
          sql.raw('1'),
        )}) e
      ) x left join ${factorsRelation(conversion)} f on f.currency = x.currency and f.month = x.month
      order by 1, 2, 3, 4, 5`);
    return { rollupRows: await countOf(tx, 'economics_monthly_rollup') };
  });
}

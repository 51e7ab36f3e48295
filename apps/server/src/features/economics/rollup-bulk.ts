import { unvaluedCurrency } from '@vested/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowIdRange } from '../../db/ordered-ids';
import { factorsRelation, loadConversion, microHoursOf, toBase, valuedDays } from './rollup-bulk-sql';

/**
 * THE SET-BASED WRITER OF THE ROLLUP: what rollup.ts does entry by entry, for a whole set of entries
 * in a few statements (an import of a million time entries, its undo, a rebuild). The result is the
 * same to the cent as applying each entry with applyInvestment / applyReturn: labor hours are summed
 * per account × person × role × day, each day valued at its cost rate (person, else role, else the
 * workspace default; unvalued → 'XXX'), each rollup row converted once at its month's rate (null while
 * the rate is missing). Like the per-entry writer it adds to rows with upserts, so writers of the same
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
 * The investments an import wrote, as a condition over `alias`: by their id range when the import's
 * ids are time-ordered (db/ordered-ids.ts; investments keep no index on import_id), else by
 * import_id alone (imports from before, found by a scan).
 */
export function investmentsOfImport(importId: string, alias: string): SQL {
  const a = sql.raw(alias);
  const range = rowIdRange(importId);
  return range
    ? sql`${a}.id between ${range.from}::uuid and ${range.to}::uuid and ${a}.import_id = ${importId}`
    : sql`${a}.import_id = ${importId}`;
}

export type BulkResult = {
  /** Labor days whose hours changed, and rollup rows whose sums changed. */
  laborDays: number;
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
const dayKey = (a: string, b: string) =>
  sql.raw(`${a}.account_id = ${b}.account_id and ${a}.person_id = ${b}.person_id and ${a}.date = ${b}.date
    and coalesce(${a}.role, '') = coalesce(${b}.role, '')`);
const rollupKey = (a: string, b: string) =>
  sql.raw(`${a}.account_id = ${b}.account_id and ${a}.month = ${b}.month and ${a}.kind = ${b}.kind
    and ${a}.currency = ${b}.currency and coalesce(${a}.person_id, '${NO_PERSON}') = coalesce(${b}.person_id, '${NO_PERSON}')`);

/**
 * Adds (sign +1) or takes away (sign −1) the selected entries' contribution to economics_labor_days
 * and economics_monthly_rollup. The entries are read, so remove before deleting them: in the undo's
 * transaction, `applyEntriesInBulk(tx, importSelection(id), -1)`, then delete the import's rows.
 *
 * Each row is written once where it can be: a day or rollup row the entries create is inserted already
 * valued and converted (its sum is the entries' own), and only rows that existed are valued or
 * converted again after the hours are added — a million-row import into new days no longer rewrites a
 * million rows a second time. Rows emptied (an undo) are deleted.
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
    const conversion = await loadConversion(tx);
    await tx.execute(
      sql`drop table if exists rollup_bulk_days, rollup_bulk_moves, rollup_bulk_delta, rollup_bulk_factors,
        rollup_bulk_empty, rollup_bulk_gone`,
    );

    // 1. The selected labor hours per day, signed, and what they cost on their own (the value of a day
    // the entries create).
    await tx.execute(sql`create temporary table rollup_bulk_days on commit drop as
      ${valuedDays(sql`(select l.account_id, l.person_id, l.role, l.date,
          (${signed} * sum(${microHoursOf(sql`l.hours`)}))::bigint as micro_hours, (${signed} * count(*))::int as entries
        from ${laborRows} l group by l.account_id, l.person_id, l.role, l.date)`)}`);
    mark?.('rollup: sum days');

    // 2. Add them to their days (locking each). A new day is inserted valued and needs nothing more; a
    // day that existed keeps its old value in the row until step 3, so its move (rollup_bulk_moves: the
    // days that existed only) carries the old value, the new one, and the delta's own.
    await tx.execute(sql`create temporary table rollup_bulk_moves (account_id uuid, person_id uuid,
      role text, date date, micro_hours bigint, entries int, old_cost bigint, old_currency text,
      old_micro bigint, old_entries int, delta_cost bigint, delta_currency text, cost_minor bigint,
      cost_currency text, deleted boolean not null default false) on commit drop`);
    if (sign === -1) {
      // A day the removal empties is deleted at once, its old value into the moves — not updated to
      // nothing and then deleted (an undo of a million entries wrote every day twice).
      await tx.execute(sql`analyze rollup_bulk_days`);
      await tx.execute(sql`with gone as (
          delete from economics_labor_days d using rollup_bulk_days b
          where ${dayKey('d', 'b')} and d.entries + b.entries <= 0
          returning d.account_id, d.person_id, d.role, d.date, d.micro_hours + b.micro_hours as micro_hours,
            d.entries + b.entries as entries, d.cost_minor as old_cost, d.cost_currency as old_currency,
            d.micro_hours as old_micro, d.entries as old_entries, b.cost_minor as delta_cost,
            b.cost_currency as delta_currency
        )
        insert into rollup_bulk_moves (account_id, person_id, role, date, micro_hours, entries, old_cost,
          old_currency, old_micro, old_entries, delta_cost, delta_currency, deleted)
        select account_id, person_id, role, date, micro_hours, entries, old_cost, old_currency, old_micro,
          old_entries, delta_cost, delta_currency, true
        from gone`);
    }
    const notDeleted =
      sign === -1
        ? sql`where not exists (select 1 from rollup_bulk_moves m where ${dayKey('m', 'rollup_bulk_days')})`
        : sql``;
    // Each written day is matched with its delta by a hash of the key: a merge join (the planner's pick)
    // sorted both million-row sides again (measured: 2.5 s of a 1,000,000-entry import).
    await tx.execute(sql`set local enable_mergejoin = off`);
    await tx.execute(sql`with up as (
        insert into economics_labor_days as d (account_id, person_id, role, date, micro_hours, entries,
          cost_minor, cost_currency)
        select account_id, person_id, role, date, micro_hours, entries, cost_minor, cost_currency
        from rollup_bulk_days ${notDeleted}
        order by account_id, person_id, role, date
        on conflict on constraint labor_days_key do update set
          micro_hours = d.micro_hours + excluded.micro_hours, entries = d.entries + excluded.entries
        returning d.account_id, d.person_id, d.role, d.date, d.micro_hours, d.entries, d.cost_minor,
          d.cost_currency
      ), moved as (
        select up.account_id, up.person_id, up.role, up.date, up.micro_hours, up.entries,
          up.cost_minor as old_cost, up.cost_currency as old_currency,
          up.micro_hours - b.micro_hours as old_micro, up.entries - b.entries as old_entries,
          b.cost_minor as delta_cost, b.cost_currency as delta_currency
        from up join rollup_bulk_days b on ${dayKey('b', 'up')}
        -- A row that existed had entries (an empty one is deleted), so it is one whose total is not the delta.
        where up.entries <> b.entries
      )
      insert into rollup_bulk_moves (account_id, person_id, role, date, micro_hours, entries, old_cost,
        old_currency, old_micro, old_entries, delta_cost, delta_currency, cost_minor, cost_currency)
      select account_id, person_id, role, date, micro_hours, entries, old_cost, old_currency, old_micro,
        old_entries, delta_cost, delta_currency, cost_minor, cost_currency
      from (${valuedDays(
        sql`moved`,
        sql`, d.old_cost, d.old_currency, d.old_micro, d.old_entries, d.delta_cost, d.delta_currency`,
      )}) v`);
    await tx.execute(sql`set local enable_mergejoin = on`);
    // Plans over the moves (none for an import into new days, every day for an undo) need their size.
    await tx.execute(sql`analyze rollup_bulk_moves`);
    mark?.('rollup: upsert labor days');

    // 3. The days that existed: their new value, or gone when no entry is left.
    await tx.execute(sql`update economics_labor_days d
      set cost_minor = m.cost_minor, cost_currency = m.cost_currency
      from rollup_bulk_moves m where m.entries > 0 and ${dayKey('d', 'm')}
        and (d.cost_minor is distinct from m.cost_minor or d.cost_currency is distinct from m.cost_currency)`);
    // Adding hours never empties a day.
    if (sign === -1)
      await tx.execute(sql`delete from economics_labor_days d using rollup_bulk_moves m
        where m.entries <= 0 and not m.deleted and ${dayKey('d', 'm')}`);
    mark?.('rollup: value labor days');

    // 4. What moves in the rollup: every delta at its own value (exact for a new day), and for a day
    // that existed the difference — its new value in, its old one and the delta's own value out; money
    // and returns as is.
    await tx.execute(sql`create temporary table rollup_bulk_delta on commit drop as
      select account_id, month, kind, currency, person_id, sum(amount)::bigint as amount,
        sum(micro)::bigint as micro, sum(entries)::int as entries
      from (
        select account_id, to_char(date, 'YYYY-MM') as month, 'labor' as kind,
          coalesce(cost_currency, ${unvaluedCurrency}) as currency, person_id,
          coalesce(cost_minor, 0) as amount, micro_hours as micro, entries
        from rollup_bulk_days
        union all
        select account_id, to_char(date, 'YYYY-MM'), 'labor', coalesce(old_currency, ${unvaluedCurrency}),
          person_id, -coalesce(old_cost, 0), -old_micro, -old_entries
        from rollup_bulk_moves
        union all
        select account_id, to_char(date, 'YYYY-MM'), 'labor', coalesce(delta_currency, ${unvaluedCurrency}),
          person_id, -coalesce(delta_cost, 0), -(micro_hours - old_micro), -(entries - old_entries)
        from rollup_bulk_moves
        union all
        select account_id, to_char(date, 'YYYY-MM'), 'labor', coalesce(cost_currency, ${unvaluedCurrency}),
          person_id, coalesce(cost_minor, 0), micro_hours, entries
        from rollup_bulk_moves where entries > 0
        union all
        select i.account_id, to_char(i.date, 'YYYY-MM'), i.kind, i.currency, i.person_id,
          ${signed} * i.amount_minor, 0, ${signed}
        from investments i where i.kind <> 'labor' and (${onInvestments})
        union all
        select r.account_id, r.month, r.kind, r.currency, null::uuid, ${signed} * r.amount_minor, 0, ${signed}
        from monthly_returns r where (${onReturns})
      ) x
      group by account_id, month, kind, currency, person_id
      having sum(amount) <> 0 or sum(micro) <> 0 or sum(entries) <> 0`);
    mark?.('rollup: delta');

    // 5. Add to the rollup, each row converted in the same write: a new row from its own sum, a row that
    // existed from its new sum (its month's factor looked up for it alone). Then drop the rows no entry
    // is left in.
    await tx.execute(sql`create temporary table rollup_bulk_factors on commit drop as
      select * from ${factorsRelation(conversion)} f`);
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
      // As with the days: a row the removal empties is deleted at once, not updated and then deleted.
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
    await tx.execute(sql`with up as (
        insert into economics_monthly_rollup as r
          (account_id, month, kind, currency, person_id, amount_minor, micro_hours, entries, base_minor)
        select x.account_id, x.month, x.kind, x.currency, x.person_id, x.amount, x.micro, x.entries,
          ${toBase(conversion, sql`x.amount`, sql`x.currency`, sql`f.factor`)}
        from rollup_bulk_delta x left join rollup_bulk_factors f on f.currency = x.currency and f.month = x.month
        ${notEmptied}
        order by x.account_id, x.month, x.kind, x.currency, x.person_id
        on conflict on constraint monthly_rollup_key do update set
          amount_minor = r.amount_minor + excluded.amount_minor,
          micro_hours = r.micro_hours + excluded.micro_hours,
          entries = r.entries + excluded.entries,
          base_minor = ${toBase(conversion, sql`(r.amount_minor + excluded.amount_minor)`, sql`r.currency`, factorOf)}
        returning r.account_id, r.month, r.kind, r.currency, r.person_id, r.entries
      )
      insert into rollup_bulk_empty select account_id, month, kind, currency, person_id from up
      where entries <= 0`);
    mark?.('rollup: upsert months');
    if ((await countOf(tx, 'rollup_bulk_empty')) > 0) {
      await tx.execute(sql`analyze rollup_bulk_empty`);
      await tx.execute(sql`delete from economics_monthly_rollup r using rollup_bulk_empty x
        where ${rollupKey('r', 'x')}`);
      mark?.('rollup: drop empty months');
    }

    return {
      laborDays: await countOf(tx, 'rollup_bulk_days'),
      rollupRows: await countOf(tx, 'rollup_bulk_delta'),
    };
  });
}

// Rows go into the tables in the order of their unique key: appending to an index is cheaper than
// inserting all over it (measured: a fifth off building 3.3 million labor days).

/**
 * Throws the rollup away and builds it again from every raw entry, set-based: what a fresh import of a
 * whole history, or a repair after checkRollup() found a difference, needs. Locks both tables for the
 * transaction (a rebuild must not interleave with writers).
 */
export async function rebuildRollup(db: Db): Promise<BulkResult> {
  return db.transaction(async (tx) => {
    const conversion = await loadConversion(tx);
    await tx.execute(sql`truncate economics_labor_days, economics_monthly_rollup`);
    await tx.execute(sql`insert into economics_labor_days
        (account_id, person_id, role, date, micro_hours, entries, cost_minor, cost_currency)
      ${valuedDays(sql`(select i.account_id, i.person_id, i.role, i.date,
          sum(${microHoursOf(sql`i.hours`)})::bigint as micro_hours, count(*)::int as entries
        from investments i where i.kind = 'labor' group by i.account_id, i.person_id, i.role, i.date)`)}
      order by 1, 2, 3, 4`);
    await tx.execute(sql`insert into economics_monthly_rollup
        (account_id, month, kind, currency, person_id, amount_minor, micro_hours, entries, base_minor)
      select x.account_id, x.month, x.kind, x.currency, x.person_id, x.amount, x.micro, x.entries,
        ${toBase(conversion, sql`x.amount`, sql`x.currency`, sql`f.factor`)}
      from (
        select account_id, to_char(date, 'YYYY-MM') as month, 'labor' as kind,
          coalesce(cost_currency, ${unvaluedCurrency}) as currency, person_id,
          sum(coalesce(cost_minor, 0))::bigint as amount, sum(micro_hours)::bigint as micro,
          sum(entries)::int as entries
        from economics_labor_days group by 1, 2, 3, 4, 5
        union all
        select account_id, to_char(date, 'YYYY-MM'), kind, currency, person_id, sum(amount_minor)::bigint,
          0, count(*)::int
        from investments where kind <> 'labor' group by 1, 2, 3, 4, 5
        union all
        select account_id, month, kind, currency, null::uuid, sum(amount_minor)::bigint, 0, count(*)::int
        from monthly_returns group by 1, 2, 3, 4, 5
      ) x left join ${factorsRelation(conversion)} f on f.currency = x.currency and f.month = x.month
      order by 1, 2, 3, 4, 5`);
    return {
      laborDays: await countOf(tx, 'economics_labor_days'),
      rollupRows: await countOf(tx, 'economics_monthly_rollup'),
    };
  });
}

import { type IsoDate, unvaluedCurrency } from '@vested/domain';
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
import { num, RateBook } from './rollup-store';

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

// When a rate changes, the rollup rows it values or converts follow in the same transaction.

/**
 * After a cost rate is added or removed: recompute the labor rows it may change (from its date on, of
 * its person, of its role, or every row for a workspace default). Returns how many rows were rewritten.
 */
export async function revalueLabor(
  tx: Db,
  scope: { personId?: string | null; role?: string | null; from: IsoDate },
): Promise<number> {
  const level = scope.personId ? 'person' : scope.role ? 'role' : 'workspace';
  return revalueForRates(
    tx,
    sql`select ${level}::text as level, ${scope.personId ?? null}::uuid as person_id,
      ${scope.role ?? null}::text as role, ${scope.from}::date as from_date`,
  );
}

/**
 * Recomputes, from the raw entries, every labor row of the rollup the cost rates `rates` (a relation of
 * level, person_id, role, from_date) can change: each account × month × person with an entry on or
 * after a rate's date, of its person, its role, or anyone for a workspace default. Whole rows, not
 * deltas: a row's amount is its exact value rounded once, and one person's month can hold days of two
 * rates. Writers of entries wait meanwhile (the table lock), so no entry lands between the read and the
 * write. Set-based: one rate typed in a form or a year of them imported cost the same few statements.
 */
export async function revalueForRates(tx: Db, rates: SQL): Promise<number> {
  const conversion = await loadConversion(tx);
  await tx.execute(sql`lock table economics_monthly_rollup in share row exclusive mode`);
  await tx.execute(sql`drop table if exists revalue_keys`);
  await tx.execute(sql`create temporary table revalue_keys on commit drop as
    select distinct i.account_id, to_char(i.date, 'YYYY-MM') as month, i.person_id
    from investments i
    where i.kind = 'labor' and exists (select 1 from (${rates}) s where i.date >= s.from_date
      and (s.level = 'workspace' or (s.level = 'person' and i.person_id = s.person_id)
        or (s.level = 'role' and i.role = s.role)))`);
  await tx.execute(sql`analyze revalue_keys`);
  const [keys] = rowsOf<{ n: unknown }>(await tx.execute(sql`select count(*) as n from revalue_keys`));
  // Few keys (one person's rate): each is looked up by the account index. Many (a role's or the
  // workspace's rate): the entries after the earliest month are read in one pass and hashed against the
  // keys — looking up 225,000 keys one by one read 3,400,000 entries page by page in 88 s.
  const many = Number(keys?.n ?? 0) > 2000;
  if (many) await tx.execute(sql`set local enable_nestloop = off`);
  await tx.execute(sql`set local work_mem = '256MB'`);
  await tx.execute(sql`delete from economics_monthly_rollup r using revalue_keys k
    where r.kind = 'labor' and r.account_id = k.account_id and r.month = k.month and r.person_id = k.person_id`);
  const inserted = await tx.execute(sql`insert into economics_monthly_rollup
      (account_id, month, kind, currency, person_id, amount_minor, micro_hours, entries, cost_micro, base_minor)
    select x.account_id, x.month, 'labor', x.currency, x.person_id, x.amount, x.micro, x.entries, x.cost_micro,
      ${toBase(conversion, sql`x.amount`, sql`x.currency`, sql`f.factor`)}
    from (
      select account_id, to_char(date, 'YYYY-MM') as month, coalesce(cost_currency, ${unvaluedCurrency}) as currency,
        person_id, ${microToMinor(sql`sum(coalesce(cost_micro, 0))`)} as amount, sum(micro_hours)::bigint as micro,
        count(*)::int as entries, sum(coalesce(cost_micro, 0))::bigint as cost_micro
      from (${valuedEntries(
        sql`(select i.account_id, i.person_id, i.role, i.date, ${microHoursOf(sql`i.hours`)} as micro_hours
          from revalue_keys k join investments i on i.account_id = k.account_id and i.person_id = k.person_id
            and to_char(i.date, 'YYYY-MM') = k.month
          where i.kind = 'labor' and i.date >= (select (min(month) || '-01')::date from revalue_keys))`,
        sql`e.account_id, e.person_id, e.date, e.micro_hours`,
      )}) v
      group by 1, 2, 3, 4
    ) x left join ${factorsRelation(conversion)} f on f.currency = x.currency and f.month = x.month
    order by 1, 2, 3, 4`);
  if (many) await tx.execute(sql`set local enable_nestloop = on`);
  return (inserted as unknown as { rowCount?: number }).rowCount ?? 0;
}

/** After a month's rate of `currency` changes (or disappears): re-convert that month's rows. */
export async function reconvertMonth(tx: Db, currency: string, month: string): Promise<void> {
  const book = new RateBook(tx);
  const rows = rowsOf<{ account_id: string; kind: string; person_id: string | null; amount_minor: unknown }>(
    await tx.execute(sql`select account_id, kind, person_id, amount_minor from economics_monthly_rollup
      where currency = ${currency} and month = ${month}`),
  );
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    const values = [];
    for (const r of chunk)
      values.push(
        sql`(${r.account_id}::uuid, ${r.kind}, ${r.person_id}::uuid, ${await book.toBase(num(r.amount_minor), currency, month)}::bigint)`,
      );
    await tx.execute(sql`update economics_monthly_rollup r set base_minor = v.base
      from (values ${sql.join(values, sql`, `)}) as v(account_id, kind, person_id, base)
      where r.currency = ${currency} and r.month = ${month} and r.account_id = v.account_id
        and r.kind = v.kind and r.person_id is not distinct from v.person_id`);
  }
}

/** After the base currency changes (allowed only while no exchange rate exists): re-convert everything. */
export async function reconvertAll(tx: Db, base: string): Promise<void> {
  await tx.execute(sql`update economics_monthly_rollup
    set base_minor = case when currency = ${base} then amount_minor else null end`);
}

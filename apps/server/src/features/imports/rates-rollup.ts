import { unvaluedCurrency } from '@vested/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { factorsRelation, loadConversion, toBase, valuedDays } from '../economics/rollup-bulk-sql';
import { rowsOf } from './kind';

/**
 * When an import adds (or its undo removes) many rates at once, the rollup rows they value or convert
 * follow set-based, with the same SQL forms of the domain's rules the bulk rollup writer uses
 * (economics/rollup-bulk-sql.ts). The per-rate functions of economics/rollup-rates.ts would walk the
 * days one by one in JavaScript: fine for one rate typed in a form, not for a year of rates over
 * millions of labor days.
 */

const noPerson = "'00000000-0000-0000-0000-000000000000'::uuid";
// Plain equalities (a missing person as the nil uuid): a hash join on the whole key. With
// `is not distinct from` the planner can join on part of the key only, and a million-row import
// then compares every changed row with every row of its month.
const rollupKey = (a: string, b: string) =>
  sql.raw(`${a}.account_id = ${b}.account_id and ${a}.month = ${b}.month and ${a}.kind = ${b}.kind
    and ${a}.currency = ${b}.currency and coalesce(${a}.person_id, ${noPerson}) = coalesce(${b}.person_id, ${noPerson})`);

/** Re-converts every rollup row of the (currency, month) pairs `pairs` selects, at today's rates. */
export async function reconvertPairs(tx: Db, pairs: SQL): Promise<void> {
  const conversion = await loadConversion(tx);
  await tx.execute(sql`update economics_monthly_rollup r
    set base_minor = ${toBase(conversion, sql`r.amount_minor`, sql`r.currency`, sql`f.factor`)}
    from (select distinct currency, month from (${pairs}) p0) p
      left join ${factorsRelation(conversion)} f on f.currency = p.currency and f.month = p.month
    where r.currency = p.currency and r.month = p.month`);
}

/**
 * Revalues the labor days the cost rates `rates` (level, person_id, role, from_date) can change — their
 * person's, their role's, or every day for a workspace default, from their date on — against the cost
 * rates as they now are, and moves each changed day's contribution in the rollup. Returns how many
 * days changed.
 */
export async function revalueForRates(tx: Db, rates: SQL): Promise<number> {
  const conversion = await loadConversion(tx);
  await tx.execute(sql`drop table if exists import_revalued, import_rollup_delta`);
  await tx.execute(sql`create temporary table import_revalued on commit drop as
    select v.* from (${valuedDays(
      sql`(select d.account_id, d.person_id, d.role, d.date, d.micro_hours, d.entries,
          d.cost_minor as old_cost, d.cost_currency as old_currency
        from economics_labor_days d
        where exists (select 1 from (${rates}) s where d.date >= s.from_date and (s.level = 'workspace'
          or (s.level = 'person' and d.person_id = s.person_id) or (s.level = 'role' and d.role = s.role))))`,
      sql`, d.old_cost, d.old_currency`,
    )}) v
    where v.cost_minor is distinct from v.old_cost or v.cost_currency is distinct from v.old_currency`);
  await tx.execute(sql`update economics_labor_days d
    set cost_minor = m.cost_minor, cost_currency = m.cost_currency
    from import_revalued m
    where d.account_id = m.account_id and d.person_id = m.person_id and d.date = m.date
      and coalesce(d.role, '') = coalesce(m.role, '')`);
  // Each changed day: its old valuation out of its month's row, its new one in (maybe another currency).
  await tx.execute(sql`create temporary table import_rollup_delta on commit drop as
    select account_id, month, 'labor'::text as kind, currency, person_id, sum(amount)::bigint as amount,
      sum(micro)::bigint as micro, sum(entries)::int as entries
    from (
      select account_id, to_char(date, 'YYYY-MM') as month, coalesce(old_currency, ${unvaluedCurrency}) as currency,
        person_id, -coalesce(old_cost, 0) as amount, -micro_hours as micro, -entries as entries
      from import_revalued
      union all
      select account_id, to_char(date, 'YYYY-MM'), coalesce(cost_currency, ${unvaluedCurrency}), person_id,
        coalesce(cost_minor, 0), micro_hours, entries
      from import_revalued
    ) x
    group by account_id, month, currency, person_id
    having sum(amount) <> 0 or sum(micro) <> 0 or sum(entries) <> 0`);
  await tx.execute(sql`insert into economics_monthly_rollup as r
      (account_id, month, kind, currency, person_id, amount_minor, micro_hours, entries)
    select account_id, month, kind, currency, person_id, amount, micro, entries from import_rollup_delta
    on conflict on constraint monthly_rollup_key do update set
      amount_minor = r.amount_minor + excluded.amount_minor,
      micro_hours = r.micro_hours + excluded.micro_hours,
      entries = r.entries + excluded.entries`);
  await tx.execute(sql`delete from economics_monthly_rollup r using import_rollup_delta x
    where r.entries <= 0 and ${rollupKey('r', 'x')}`);
  await tx.execute(sql`update economics_monthly_rollup r
    set base_minor = ${toBase(conversion, sql`r.amount_minor`, sql`r.currency`, sql`f.factor`)}
    from import_rollup_delta x left join ${factorsRelation(conversion)} f
      on f.currency = x.currency and f.month = x.month
    where ${rollupKey('r', 'x')}`);
  const [row] = rowsOf<{ n: unknown }>(await tx.execute(sql`select count(*) as n from import_revalued`));
  return Number(row?.n ?? 0);
}

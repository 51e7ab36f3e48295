import { type ConvertedSum, type IsoDate, type Ledger, lastDayOf, MissingCostRate } from '@vested/domain';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { valuedEntries } from './rollup-bulk-sql';

type Event = {
  date: IsoDate;
  kind: Ledger['valueEvents'][number]['kind'];
  score: number;
  amount: number | null;
  currency: string | null;
  rate: string | null;
};
export type Facts = { sums: ConvertedSum[]; names: Map<string, string>; events: Event[] };

/**
 * The account's monthly sums and value events up to `to`, with rates and the names of the people in
 * the sums: one round trip. Names come as one small map, looked up by key for each distinct person: a
 * join per row made PostgreSQL hash every person in the workspace for each account page.
 */
export async function loadFacts(db: Db, accountId: string, to: string): Promise<Facts> {
  const result = await db.execute(sql`select
    (select coalesce(json_agg(json_build_object('month', r.month, 'kind', r.kind, 'currency', r.currency,
        'personId', r.person_id, 'entries', r.entries, 'base', r.base_minor)), '[]'::json)
      from economics_monthly_rollup r where r.account_id = ${accountId} and r.month <= ${to}) as sums,
    (select coalesce(json_object_agg(d.person_id, (select p.name from people p where p.id = d.person_id)), '{}'::json)
      from (select distinct r.person_id from economics_monthly_rollup r
        where r.account_id = ${accountId} and r.person_id is not null) d) as names,
    (select coalesce(json_agg(json_build_object('date', e.date, 'kind', e.kind, 'score', e.score,
        'amount', e.equivalent_minor, 'currency', e.equivalent_currency, 'rate', x.rate_per_base)), '[]'::json)
      from value_events e left join exchange_rates x
        on x.currency = e.equivalent_currency and x.month = to_char(e.date, 'YYYY-MM')
      where e.account_id = ${accountId} and e.date <= ${lastDayOf(to)}) as events`);
  const [row] = (result as unknown as { rows: { sums: unknown; names: unknown; events: unknown }[] }).rows;
  const parse = <T>(v: unknown, empty: string): T =>
    (typeof v === 'string' ? JSON.parse(v) : (v ?? JSON.parse(empty))) as T;
  return {
    sums: parse(row?.sums, '[]'),
    names: new Map(Object.entries(parse<Record<string, string>>(row?.names, '{}'))),
    events: parse(row?.events, '[]'),
  };
}

/** Labor hours no cost rate values: the 422 names the first such day of the month. */
export async function firstUnvaluedDay(db: Db, accountId: string, month: string): Promise<never> {
  const first = `${month}-01`;
  const result = await db.execute(
    sql`select v.person_id, v.role, v.date::text as date from (${valuedEntries(
      sql`(select i.person_id, i.role, i.date, 0 as micro_hours from investments i
      where i.account_id = ${accountId} and i.kind = 'labor'
        and i.date >= ${first}::date and i.date < ${first}::date + interval '1 month')`,
      sql`e.person_id, e.role, e.date`,
    )}) v where v.cost_currency is null order by v.date limit 1`,
  );
  const [d] = (result as unknown as { rows: { person_id: string; role: string | null; date: string }[] })
    .rows;
  throw new MissingCostRate(d?.person_id ?? 'unknown', d?.role ?? null, d?.date ?? lastDayOf(month));
}

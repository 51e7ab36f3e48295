import { type IsoMonth, lastDayOf, MissingCostRate, MissingRate, unvaluedCurrency } from '@vested/domain';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { valuedEntries } from './rollup-bulk-sql';

/** Why an account's figures cannot be computed: the domain's own words, as an objective reason. */
export type MissingReason = {
  code: 'missing_rate' | 'missing_cost_rate';
  message: string;
  params: Record<string, string>;
};

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/**
 * For accounts whose rollup holds rows not converted to the base currency within [from, to] (a missing
 * exchange rate, or hours no cost rate values), the first missing fact of each — of the later year
 * first, since that one empties the figures: the currency and month, or the person and day. Two
 * queries whatever the number of accounts (a month's missing rate may touch most of them).
 */
export async function missingFacts(
  db: Db,
  accountIds: string[],
  from: IsoMonth,
  previousFrom: IsoMonth,
  to: IsoMonth,
): Promise<Map<string, MissingReason>> {
  const reasons = new Map<string, MissingReason>();
  if (accountIds.length === 0) return reasons;
  const firsts = rowsOf<{ account_id: string; currency: string; month: string }>(
    await db.execute(sql`select distinct on (r.account_id) r.account_id, r.currency, r.month
      from economics_monthly_rollup r
        join json_to_recordset(${JSON.stringify(accountIds.map((id) => ({ id })))}::json) as k(id uuid)
          on r.account_id = k.id
      where r.base_minor is null and r.month between ${previousFrom} and ${to}
      order by r.account_id, r.month >= ${from} desc, r.month, r.currency`),
  );
  const unvalued = firsts.filter((f) => f.currency === unvaluedCurrency);
  for (const f of firsts) {
    if (f.currency === unvaluedCurrency) continue;
    const err = new MissingRate(f.currency, f.month);
    reasons.set(f.account_id, {
      code: 'missing_rate',
      message: err.message,
      params: { currency: f.currency, month: f.month },
    });
  }
  if (unvalued.length === 0) return reasons;
  const days = rowsOf<{ account_id: string; person_id: string; role: string | null; date: string }>(
    await db.execute(sql`select distinct on (v.account_id) v.account_id, v.person_id, v.role,
        v.date::text as date
      from (${valuedEntries(
        sql`(select i.account_id, i.person_id, i.role, i.date, 0 as micro_hours from investments i
          join json_to_recordset(${JSON.stringify(unvalued.map((u) => ({ id: u.account_id, month: u.month })))}::json)
            as k(id uuid, month text)
            on i.account_id = k.id and i.date >= (k.month || '-01')::date
              and i.date < (k.month || '-01')::date + interval '1 month'
          where i.kind = 'labor')`,
        sql`e.account_id, e.person_id, e.role, e.date`,
      )}) v
      where v.cost_currency is null
      order by v.account_id, v.date`),
  );
  const dayOf = new Map(days.map((d) => [d.account_id, d]));
  for (const u of unvalued) {
    const d = dayOf.get(u.account_id);
    const err = new MissingCostRate(
      d?.person_id ?? 'unknown',
      d?.role ?? null,
      d?.date ?? lastDayOf(u.month),
    );
    reasons.set(u.account_id, {
      code: 'missing_cost_rate',
      message: err.message,
      params: { personId: err.personId, date: err.date, ...(err.role && { role: err.role }) },
    });
  }
  return reasons;
}

import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { num } from './rollup-store';

/**
 * economics_account_month (db/schema-account-month.ts) holds the rollup summed per account × month in
 * the base currency; triggers on the rollup keep it, so no writer calls anything. This file reads it
 * and checks it.
 */

export type AccountMonthFigures = {
  invested: number;
  revenue: number;
  delivery: number;
  returnRows: number;
  unconvertedRows: number;
  rollupRows: number;
};

export type AccountMonthDifference = {
  table: 'economics_account_month';
  accountId: string;
  key: string;
  stored: AccountMonthFigures | null;
  expected: AccountMonthFigures | null;
};

type Row = {
  account_id: string;
  month: string;
  invested: unknown;
  revenue: unknown;
  delivery: unknown;
  return_rows: unknown;
  unconverted_rows: unknown;
  rollup_rows: unknown;
};
const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;
const figuresOf = (r: Row): AccountMonthFigures => ({
  invested: num(r.invested),
  revenue: num(r.revenue),
  delivery: num(r.delivery),
  returnRows: num(r.return_rows),
  unconvertedRows: num(r.unconverted_rows),
  rollupRows: num(r.rollup_rows),
});
const same = (a: AccountMonthFigures, b: AccountMonthFigures) =>
  (Object.keys(a) as (keyof AccountMonthFigures)[]).every((k) => a[k] === b[k]);

/**
 * Recomputes the summary from the stored rollup and lists every account-month where it differs. With
 * checkRollup (rollup = raw entries) this makes summary = raw sums; checkRollup calls it.
 */
export async function checkAccountMonths(db: Db): Promise<AccountMonthDifference[]> {
  const [expected, stored] = await Promise.all([
    db.execute(sql`select account_id, month,
        coalesce(sum(base_minor) filter (where kind not in ('revenue', 'delivery_cost')), 0) as invested,
        coalesce(sum(base_minor) filter (where kind = 'revenue'), 0) as revenue,
        coalesce(sum(base_minor) filter (where kind = 'delivery_cost'), 0) as delivery,
        count(*) filter (where kind in ('revenue', 'delivery_cost')) as return_rows,
        count(*) filter (where base_minor is null) as unconverted_rows,
        count(*) as rollup_rows
      from economics_monthly_rollup group by account_id, month`),
    db.execute(sql`select account_id, month, invested_minor as invested, revenue_minor as revenue,
        delivery_minor as delivery, return_rows, unconverted_rows, rollup_rows
      from economics_account_month`),
  ]);
  const keyOf = (r: Row) => `${r.account_id} ${r.month}`;
  const want = new Map(rowsOf<Row>(expected).map((r) => [keyOf(r), r]));
  const have = new Map(rowsOf<Row>(stored).map((r) => [keyOf(r), r]));
  const differences: AccountMonthDifference[] = [];
  for (const key of new Set([...want.keys(), ...have.keys()])) {
    const e = want.get(key);
    const s = have.get(key);
    const ef = e ? figuresOf(e) : null;
    const sf = s ? figuresOf(s) : null;
    if (ef && sf && same(ef, sf)) continue;
    const [accountId, month] = key.split(' ') as [string, string];
    differences.push({
      table: 'economics_account_month',
      accountId,
      key: `account-month ${month}`,
      stored: sf,
      expected: ef,
    });
  }
  return differences;
}

/**
 * Builds the summary again from the stored rollup: a repair after checkAccountMonths() found a
 * difference, or after the rollup was written with triggers off (a restore, the bench's generator).
 * Locks the summary for the transaction.
 */
export async function rebuildAccountMonths(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`truncate economics_account_month`);
    await tx.execute(sql`insert into economics_account_month (account_id, month, invested_minor,
        revenue_minor, delivery_minor, return_rows, unconverted_rows, rollup_rows)
      select account_id, month,
        coalesce(sum(base_minor) filter (where kind not in ('revenue', 'delivery_cost')), 0),
        coalesce(sum(base_minor) filter (where kind = 'revenue'), 0),
        coalesce(sum(base_minor) filter (where kind = 'delivery_cost'), 0),
        count(*) filter (where kind in ('revenue', 'delivery_cost')),
        count(*) filter (where base_minor is null),
        count(*)
      from economics_monthly_rollup group by account_id, month order by account_id, month`);
    const [row] = rowsOf<{ n: unknown }>(
      await tx.execute(sql`select count(*) as n from economics_account_month`),
    );
    return num(row?.n);
  });
}

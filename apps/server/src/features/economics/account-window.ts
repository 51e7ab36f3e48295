import { addMonths, type IsoMonth } from '@vested/domain';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { num } from './rollup-store';

/**
 * The portfolio's trailing two years per account, as of month `to` (db/schema-account-month.ts,
 * economics_account_window): built here from the summary on the first read of a month, then kept by
 * the summary's commit-time trigger. Reading it is one row an account; summing the summary is 24.
 */

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/** The window's columns, summed from the summary for any month: what a built window holds. */
export function windowSums(to: IsoMonth) {
  const from = addMonths(to, -11);
  const previousFrom = addMonths(to, -23);
  // Months compared byte by byte (collate "C": the same order for 'YYYY-MM', without the database
  // collation's strcoll on every row) and once per row: a third off this aggregate, measured.
  return sql`select account_id,
      coalesce(sum(invested_minor) filter (where now), 0)::bigint as invested_minor,
      coalesce(sum(revenue_minor) filter (where now), 0)::bigint as revenue_minor,
      coalesce(sum(delivery_minor) filter (where now), 0)::bigint as delivery_minor,
      coalesce(sum(return_rows) filter (where now), 0)::int as return_rows,
      coalesce(sum(revenue_minor) filter (where not now), 0)::bigint as prev_revenue_minor,
      coalesce(sum(delivery_minor) filter (where not now), 0)::bigint as prev_delivery_minor,
      coalesce(sum(return_rows) filter (where not now), 0)::int as prev_return_rows,
      sum(unconverted_rows)::int as unconverted_rows,
      coalesce(sum(unconverted_rows) filter (where now), 0)::int as unconverted_now_rows
    from (select *, month collate "C" >= ${from} as now from economics_account_month
      where month collate "C" between ${previousFrom} and ${to}) m
    group by account_id`;
}

/** Is the window of `to` built? */
async function isBuilt(db: Db, to: IsoMonth): Promise<boolean> {
  const rows = await db.execute(sql`select 1 from economics_account_window_built where as_of = ${to}`);
  return rowsOf(rows).length > 0;
}

/**
 * Makes sure the window of `to` is built, building it when not (and dropping any other: the trigger
 * keeps every built window, so only the month being read is worth keeping). The summary is locked
 * against writers' flushes while the window is summed from it and marked built: a writer committing
 * meanwhile waits, then finds the window built and adds its deltas to it; one that committed before is
 * in the sums. Nothing is ever added twice or missed.
 */
export async function ensureWindow(db: Db, to: IsoMonth): Promise<void> {
  if (await isBuilt(db, to)) return;
  await db.transaction(async (tx) => {
    await tx.execute(sql`lock table economics_account_month in share row exclusive mode`);
    // Another server process may have built it while this one waited for the lock.
    const marked =
      await tx.execute(sql`insert into economics_account_window_built (as_of, now_from, prev_from)
      values (${to}, ${addMonths(to, -11)}, ${addMonths(to, -23)}) on conflict do nothing returning 1`);
    if (rowsOf(marked).length === 0) return;
    // Every row goes, this month's too: rows without their mark (one deleted by hand) are stale.
    await tx.execute(sql`delete from economics_account_window`);
    await tx.execute(sql`delete from economics_account_window_built where as_of <> ${to}`);
    await tx.execute(sql`insert into economics_account_window (as_of, account_id, invested_minor,
        revenue_minor, delivery_minor, return_rows, prev_revenue_minor, prev_delivery_minor,
        prev_return_rows, unconverted_rows, unconverted_now_rows)
      select ${to}, s.* from (${windowSums(to)}) s order by account_id`);
  });
}

const FIELDS = [
  'invested_minor',
  'revenue_minor',
  'delivery_minor',
  'return_rows',
  'prev_revenue_minor',
  'prev_delivery_minor',
  'prev_return_rows',
  'unconverted_rows',
  'unconverted_now_rows',
] as const;
type WindowRow = { account_id: string } & Record<(typeof FIELDS)[number], unknown>;
export type AccountWindowFigures = Record<(typeof FIELDS)[number], number>;

export type AccountWindowDifference = {
  table: 'economics_account_window';
  accountId: string;
  key: string;
  stored: AccountWindowFigures;
  expected: AccountWindowFigures;
};

const figuresOf = (r: WindowRow | undefined): AccountWindowFigures =>
  Object.fromEntries(FIELDS.map((f) => [f, r ? num(r[f]) : 0])) as AccountWindowFigures;

/**
 * Every built window against the same sums over the stored summary (checkRollup calls it, after the
 * summary's own check): an account's row that differs is listed. A row of zeros and no row are equal.
 */
export async function checkAccountWindows(db: Db): Promise<AccountWindowDifference[]> {
  const built = rowsOf<{ as_of: IsoMonth }>(
    await db.execute(sql`select as_of from economics_account_window_built order by as_of`),
  );
  const differences: AccountWindowDifference[] = [];
  for (const { as_of: to } of built) {
    const [expected, stored] = await Promise.all([
      db.execute(windowSums(to)),
      db.execute(sql`select * from economics_account_window where as_of = ${to}`),
    ]);
    const want = new Map(rowsOf<WindowRow>(expected).map((r) => [r.account_id, r]));
    const have = new Map(rowsOf<WindowRow>(stored).map((r) => [r.account_id, r]));
    for (const accountId of new Set([...want.keys(), ...have.keys()])) {
      const e = figuresOf(want.get(accountId));
      const s = figuresOf(have.get(accountId));
      if (FIELDS.every((f) => e[f] === s[f])) continue;
      differences.push({
        table: 'economics_account_window',
        accountId,
        key: `window ${to}`,
        stored: s,
        expected: e,
      });
    }
  }
  return differences;
}

/**
 * The monthly rollup summed once more, per account × month, in the base currency: what the portfolio
 * reads instead of every person × kind × currency row of 24 months (5,000 accounts: ~120,000 narrow
 * rows instead of millions). Kept by triggers on economics_monthly_rollup (the migration
 * `economics_account_month_triggers`), so every writer of the rollup — per entry, set-based, rate
 * changes, imports — keeps it without knowing it: each statement notes its changes as deltas in
 * `economics_account_month_pending`, and a deferred trigger adds a transaction's deltas to the summary
 * at commit, in key order (two writers of the same account and month never lock each other in a cycle,
 * and the summary rows are locked for an instant). `checkAccountMonths()` in
 * features/economics/account-month-summary.ts recomputes it from the rollup.
 *
 * No foreign key to accounts: when an account is deleted its rollup rows go by cascade, and their
 * deltas then empty its summary rows, which the trigger deletes (a cascade here could run first and
 * the deltas would recreate rows for an account that no longer exists).
 */
import { bigint, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';

const minor = (name: string) => bigint(name, { mode: 'number' }).notNull().default(0);
const count = (name: string) => integer(name).notNull().default(0);

const columns = {
  accountId: uuid('account_id').notNull(),
  month: text('month').notNull(),
  /** Sums of the rollup's base_minor of converted rows: investment kinds, revenue, delivery cost. */
  investedMinor: minor('invested_minor'),
  revenueMinor: minor('revenue_minor'),
  deliveryMinor: minor('delivery_minor'),
  /** Rollup rows of revenue or delivery cost (the month has a return), converted or not. */
  returnRows: count('return_rows'),
  /** Rollup rows whose base_minor is null (a missing exchange rate, or hours no cost rate values). */
  unconvertedRows: count('unconverted_rows'),
  /** All rollup rows of the account and month; the summary row goes when this reaches zero. */
  rollupRows: count('rollup_rows'),
};

export const accountMonths = pgTable('economics_account_month', columns, (t) => [
  primaryKey({ name: 'account_month_key', columns: [t.accountId, t.month] }),
  index('account_month_month_idx').on(t.month),
]);

/** One transaction's deltas until its commit (rows carry the transaction's id). */
export const accountMonthsPending = pgTable(
  'economics_account_month_pending',
  { txid: bigint('txid', { mode: 'number' }).notNull(), ...columns },
  (t) => [index('account_month_pending_tx_idx').on(t.txid)],
);

/** One row per writing transaction, whose deferred trigger applies the pending deltas at commit. */
export const accountMonthsFlush = pgTable('economics_account_month_flush', {
  txid: bigint('txid', { mode: 'number' }).primaryKey(),
});

/**
 * The portfolio's trailing two years, per account, as of one month: the summary summed once more so
 * that the portfolio reads one row an account instead of 24 (5,000 accounts: 5,000 rows instead of
 * 120,000; features/economics/account-window.ts builds it). Built on first read for the portfolio's
 * default month and kept from then on by the same commit-time trigger that keeps the summary: a
 * transaction's deltas for months inside a built window are added to it in the same flush.
 * `economics_account_window_built` lists the windows built (one at a time in practice: a new month's
 * build drops the last one). Any truncation of the summary drops them all; the next read builds again.
 */
const windowColumns = {
  asOf: text('as_of').notNull(),
  accountId: uuid('account_id').notNull(),
  /** The last twelve months, as_of included: the summary's sums and return rows. */
  investedMinor: minor('invested_minor'),
  revenueMinor: minor('revenue_minor'),
  deliveryMinor: minor('delivery_minor'),
  returnRows: count('return_rows'),
  /** The twelve months before those (year over year). */
  prevRevenueMinor: minor('prev_revenue_minor'),
  prevDeliveryMinor: minor('prev_delivery_minor'),
  prevReturnRows: count('prev_return_rows'),
  /** Unvalued rollup rows in all 24 months, and in the last twelve. */
  unconvertedRows: count('unconverted_rows'),
  unconvertedNowRows: count('unconverted_now_rows'),
};

export const accountWindows = pgTable('economics_account_window', windowColumns, (t) => [
  primaryKey({ name: 'account_window_key', columns: [t.asOf, t.accountId] }),
]);

/** A built window: its month and the first months of its two years (so the trigger does no date math). */
export const accountWindowsBuilt = pgTable('economics_account_window_built', {
  asOf: text('as_of').primaryKey(),
  nowFrom: text('now_from').notNull(),
  prevFrom: text('prev_from').notNull(),
});

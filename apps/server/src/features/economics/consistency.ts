import {
  type ConvertedSum,
  exchangeRates as domainRates,
  MissingRate,
  type MonthlySum,
  monthlySumKey,
  monthlySums,
  type TeamRole,
  toBaseAmount,
  unvaluedCurrency,
} from '@vested/domain';
import type { Db } from '../../db/client';
import { costRates, exchangeRates, investments, monthlyReturns, monthlyRollup } from '../../db/schema';
import { type AccountMonthDifference, checkAccountMonths } from './account-month-summary';
import { type AccountWindowDifference, checkAccountWindows } from './account-window';
import { costRatesOf } from './rollup-store';
import { loadSettingsRow } from './settings';

export type RollupDifference = {
  table: 'economics_monthly_rollup';
  accountId: string;
  key: string;
  stored: Figures | null;
  expected: Figures | null;
};

/** A row's figures; the exact labor value as text (a bigint, and JSON has none). */
type Figures = Pick<MonthlySum, 'amount' | 'microHours' | 'entries'> &
  Pick<ConvertedSum, 'base'> & { costMicro: string | null };
const same = (a: Figures, b: Figures) =>
  a.amount === b.amount &&
  a.microHours === b.microHours &&
  a.entries === b.entries &&
  a.costMicro === b.costMicro &&
  a.base === b.base;

/**
 * Recomputes the rollup from the raw investments and returns with the domain's own rules (each labor
 * entry valued exactly at its day's cost rate, rounded once per row, each monthly sum converted once at its month's rate)
 * and lists every row where the stored rollup differs. Empty means consistent. Reads every raw entry:
 * a check to run, not a request path. The per account × month summary the portfolio reads is checked
 * against the stored rollup too (checkAccountMonths), and every built portfolio window against the
 * summary (checkAccountWindows), so an empty answer means all three equal the raw sums.
 */
export type Difference = RollupDifference | AccountMonthDifference | AccountWindowDifference;

export async function checkRollup(db: Db): Promise<Difference[]> {
  const [settings, rawInvestments, rawReturns, rateRows, costRows, stored] = await Promise.all([
    loadSettingsRow(db),
    db.select().from(investments),
    db.select().from(monthlyReturns),
    db.select().from(exchangeRates),
    db.select().from(costRates),
    db.select().from(monthlyRollup),
  ]);
  const rates = domainRates(settings.baseCurrency, rateRows);
  const costs = costRatesOf(costRows);
  const accounts = new Set([...rawInvestments, ...rawReturns, ...stored].map((r) => r.accountId));
  const differences: Difference[] = [];
  for (const accountId of accounts) {
    const own = rawInvestments.filter((i) => i.accountId === accountId);
    const sums = monthlySums(
      {
        labor: own.flatMap((i) =>
          i.kind === 'labor'
            ? [
                {
                  date: i.date,
                  personId: i.personId!,
                  role: i.role as TeamRole | null,
                  hours: Number(i.hours),
                },
              ]
            : [],
        ),
        spent: own.flatMap((i) =>
          i.kind === 'labor'
            ? []
            : [
                {
                  kind: i.kind,
                  date: i.date,
                  personId: i.personId,
                  money: { amount: i.amountMinor!, currency: i.currency! },
                },
              ],
        ),
        returns: rawReturns
          .filter((r) => r.accountId === accountId)
          .map((r) => ({
            month: r.month,
            kind: r.kind,
            money: { amount: r.amountMinor, currency: r.currency },
          })),
      },
      costs,
    );
    const expected = new Map<string, Figures>();
    for (const s of sums) {
      let base: number | null = null;
      if (s.currency !== unvaluedCurrency)
        try {
          base = toBaseAmount(s, rates);
        } catch (err) {
          if (!(err instanceof MissingRate)) throw err;
        }
      expected.set(monthlySumKey(s), {
        amount: s.amount,
        microHours: s.microHours,
        entries: s.entries,
        costMicro: String(s.costMicro),
        base,
      });
    }
    const found = new Map<string, Figures>(
      stored
        .filter((r) => r.accountId === accountId)
        .map((r) => [
          monthlySumKey(r),
          {
            amount: r.amountMinor,
            microHours: r.microHours,
            entries: r.entries,
            costMicro: r.costMicro === null ? null : String(r.costMicro),
            base: r.baseMinor,
          },
        ]),
    );
    for (const key of new Set([...expected.keys(), ...found.keys()])) {
      const e = expected.get(key) ?? null;
      const f = found.get(key) ?? null;
      if (!e || !f || !same(e, f))
        differences.push({ table: 'economics_monthly_rollup', accountId, key, stored: f, expected: e });
    }
  }
  differences.push(...(await checkAccountMonths(db)));
  differences.push(...(await checkAccountWindows(db)));
  return differences;
}

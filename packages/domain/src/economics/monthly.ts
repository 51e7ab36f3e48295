import type { IsoDate } from '../dates';
import type { TeamRole } from '../roles';
import { type IsoMonth, lastDayOf, monthOf } from './calendar';
import { type CostRates, laborValueMicro, microToMinor, toMicroHours } from './cost-rates';
import { MissingCostRate, MissingRate } from './errors';
import type { InvestmentKind, LaborInvestment, Ledger, MoneyInvestment, MonthlyReturn } from './ledger';
import { type CurrencyCode, money } from './money';
import type { ExchangeRates } from './rates';

/**
 * THE MONTHLY SUMS a store keeps so figures need not read every raw entry (the server's rollup). One
 * row per month × kind × currency × person, at exactly the grain where the ledger converts (see
 * convertInvestments): amounts summed in their own currency; labor summed exactly (hours × the rate of
 * each entry's day, in millionths of a minor unit) and rounded once per row. Converting each row once
 * and adding gives the same monthly amounts as buildLedger, to the cent.
 */
export type MonthlySum = {
  month: IsoMonth;
  kind: InvestmentKind | MonthlyReturn['kind'];
  /** 'XXX' (ISO 4217 "no currency") for labor hours no cost rate values yet; their amount is 0. */
  currency: CurrencyCode;
  personId: string | null;
  amount: number;
  microHours: number;
  entries: number;
  /** Labor: the exact value the amount is rounded from (laborValueMicro summed); 0 for other kinds. */
  costMicro: bigint;
};

export const unvaluedCurrency = 'XXX';

/** Labor hours no cost rate values: what a missing-cost-rate error names. */
export type UnvaluedHours = { personId: string; role: TeamRole | null; date: IsoDate };

/** One labor entry's exact value at the rate of its day, or null when no cost rate applies to it yet. */
export function valueLaborEntry(
  entry: Omit<LaborInvestment, 'kind'>,
  costs: CostRates,
): { micro: bigint; currency: CurrencyCode } | null {
  try {
    const { micro, currency } = laborValueMicro(entry, toMicroHours(entry.hours), costs);
    return { micro, currency };
  } catch (err) {
    if (err instanceof MissingCostRate) return null;
    throw err;
  }
}

export const monthlySumKey = (s: Pick<MonthlySum, 'month' | 'kind' | 'currency' | 'personId'>) =>
  JSON.stringify([s.month, s.kind, s.currency, s.personId]);

/** The monthly sums of raw entries, computed from scratch (what a rollup must always equal). */
export function monthlySums(
  entries: {
    labor: readonly Omit<LaborInvestment, 'kind'>[];
    spent: readonly MoneyInvestment[];
    returns: readonly MonthlyReturn[];
  },
  costs: CostRates,
): MonthlySum[] {
  const sums = new Map<string, MonthlySum>();
  const add = (row: MonthlySum) => {
    const key = monthlySumKey(row);
    const sum = sums.get(key);
    if (!sum) sums.set(key, { ...row });
    else {
      sum.amount += row.amount;
      sum.microHours += row.microHours;
      sum.entries += row.entries;
      sum.costMicro += row.costMicro;
    }
  };
  for (const e of entries.labor) {
    const value = valueLaborEntry(e, costs);
    add({
      month: monthOf(e.date),
      kind: 'labor',
      currency: value?.currency ?? unvaluedCurrency,
      personId: e.personId,
      amount: 0,
      microHours: Number(toMicroHours(e.hours)),
      entries: 1,
      costMicro: value?.micro ?? 0n,
    });
  }
  for (const i of entries.spent) {
    const m = money(i.money.amount, i.money.currency);
    const row = { month: monthOf(i.date), kind: i.kind, currency: m.currency, personId: i.personId };
    add({ ...row, amount: m.amount, microHours: 0, entries: 1, costMicro: 0n });
  }
  for (const r of entries.returns) {
    const m = money(r.money.amount, r.money.currency);
    add({
      month: r.month,
      kind: r.kind,
      currency: m.currency,
      personId: null,
      amount: m.amount,
      microHours: 0,
      entries: 1,
      costMicro: 0n,
    });
  }
  const all = [...sums.values()];
  // Labor is rounded once, from its exact sum.
  for (const sum of all) if (sum.kind === 'labor') sum.amount = microToMinor(sum.costMicro);
  return all;
}

/** A monthly sum in the base currency: the sum converted once at its month's rate. */
export function toBaseAmount(
  sum: Pick<MonthlySum, 'month' | 'currency' | 'amount'>,
  rates: ExchangeRates,
): number {
  return rates.toBase(money(sum.amount, sum.currency), sum.month).amount;
}

/** A monthly sum with its base-currency amount (null: the month's rate of its currency is missing). */
export type ConvertedSum = Pick<MonthlySum, 'month' | 'kind' | 'currency' | 'personId' | 'entries'> & {
  base: number | null;
};

/**
 * The ledger of one account from its monthly sums (already converted) and its value events. Every
 * investment of a month is dated on the month's last day, like that month's return: monthly totals,
 * curves, trailing figures and objectives equal buildLedger's for whole months; a payback date falls on
 * a month's end (where a return arrives). Throws MissingRate / MissingCostRate rather than guess.
 */
export function ledgerFromMonthly(
  currency: CurrencyCode,
  sums: readonly ConvertedSum[],
  valueEvents: Ledger['valueEvents'],
  firstUnvalued?: () => UnvaluedHours,
): Ledger {
  const investments = new Map<string, Ledger['investments'][number]>();
  const returns = new Map<IsoMonth, Ledger['returns'][number]>();
  for (const s of sums) {
    if (s.currency === unvaluedCurrency) {
      const day = firstUnvalued?.();
      throw new MissingCostRate(
        day?.personId ?? String(s.personId),
        day?.role ?? null,
        day?.date ?? lastDayOf(s.month),
      );
    }
    if (s.base === null) throw new MissingRate(s.currency, s.month);
    if (s.kind === 'revenue' || s.kind === 'delivery_cost') {
      const row = returns.get(s.month) ?? { month: s.month, revenue: 0, deliveryCost: 0 };
      row[s.kind === 'revenue' ? 'revenue' : 'deliveryCost'] += s.base;
      returns.set(s.month, row);
      continue;
    }
    const date = lastDayOf(s.month);
    const key = JSON.stringify([date, s.kind, s.personId]);
    const row = investments.get(key) ?? { date, kind: s.kind, personId: s.personId, amount: 0 };
    row.amount += s.base;
    investments.set(key, row);
  }
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    currency,
    investments: [...investments.values()].sort(
      (a, b) => order(a.date, b.date) || order(a.kind, b.kind) || order(a.personId ?? '', b.personId ?? ''),
    ),
    returns: [...returns.values()].sort((a, b) => order(a.month, b.month)),
    valueEvents: [...valueEvents].sort((a, b) => order(a.date, b.date) || order(a.kind, b.kind)),
  };
}

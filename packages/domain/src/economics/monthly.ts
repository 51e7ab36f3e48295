import type { IsoDate } from '../dates';
import type { TeamRole } from '../roles';
import { type IsoMonth, lastDayOf, monthOf } from './calendar';
import { type CostRates, laborCostOfMicroHours, toMicroHours } from './cost-rates';
import { MissingCostRate, MissingRate } from './errors';
import type { InvestmentKind, LaborInvestment, Ledger, MoneyInvestment, MonthlyReturn } from './ledger';
import { type CurrencyCode, money } from './money';
import type { ExchangeRates } from './rates';

/**
 * THE MONTHLY SUMS a store keeps so figures need not read every raw entry (the server's rollup). One
 * row per month × kind × currency × person, at exactly the grain where the ledger converts (see
 * convertInvestments): amounts summed in their own currency, labor first valued per person × role × day.
 * Converting each row once and adding gives the same monthly amounts as buildLedger, to the cent.
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
};

export const unvaluedCurrency = 'XXX';

/** A person's hours of one day in one role: what labor is valued at. */
export type LaborDay = {
  personId: string;
  role: TeamRole | null;
  date: IsoDate;
  microHours: number;
  entries: number;
};

/** The day's cost at the rate of that day, or null when no cost rate applies to it yet. */
export function valueLaborDay(day: LaborDay, costs: CostRates): { amount: number; currency: string } | null {
  try {
    const { cost } = laborCostOfMicroHours(day, BigInt(day.microHours), costs);
    return { amount: cost.amount, currency: cost.currency };
  } catch (err) {
    if (err instanceof MissingCostRate) return null;
    throw err;
  }
}

/** Raw labor entries summed per person × role × day. */
export function laborDays(entries: readonly Omit<LaborInvestment, 'kind'>[]): LaborDay[] {
  const days = new Map<string, LaborDay>();
  for (const e of entries) {
    const key = JSON.stringify([e.personId, e.role, e.date]);
    const day = days.get(key) ?? {
      personId: e.personId,
      role: e.role,
      date: e.date,
      microHours: 0,
      entries: 0,
    };
    day.microHours += Number(toMicroHours(e.hours));
    day.entries += 1;
    days.set(key, day);
  }
  return [...days.values()];
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
    }
  };
  for (const day of laborDays(entries.labor)) {
    const cost = valueLaborDay(day, costs);
    add({
      month: monthOf(day.date),
      kind: 'labor',
      currency: cost?.currency ?? unvaluedCurrency,
      personId: day.personId,
      amount: cost?.amount ?? 0,
      microHours: day.microHours,
      entries: day.entries,
    });
  }
  for (const i of entries.spent) {
    const m = money(i.money.amount, i.money.currency);
    const row = { month: monthOf(i.date), kind: i.kind, currency: m.currency, personId: i.personId };
    add({ ...row, amount: m.amount, microHours: 0, entries: 1 });
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
    });
  }
  return [...sums.values()];
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
  firstUnvalued?: () => LaborDay,
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

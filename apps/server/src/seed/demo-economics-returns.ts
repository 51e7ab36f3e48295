import {
  addMonths,
  type CostRates,
  convert,
  decimalFromNumber,
  type ExchangeRates,
  type IsoMonth,
  minorUnitExponent,
  monthlySums,
  monthsFromTo,
  toBaseAmount,
  unvaluedCurrency,
} from '@vested/domain';
import type { monthlyReturns } from '../db/schema';
import type { EconomicsPlan } from './demo-economics-plan';
import type { InvestmentRow } from './demo-economics-work';
import type { Random } from './prng';

export type ReturnRow = typeof monthlyReturns.$inferInsert & { id: string };

/**
 * What the rollup will hold as invested per month, in base minor units: the domain's own monthly sums
 * (labor valued per person × role × day at that day's rate) converted at each month's rate.
 */
export function investedByMonth(
  rows: InvestmentRow[],
  costs: CostRates,
  rates: ExchangeRates,
): Map<IsoMonth, number> {
  const sums = monthlySums(
    {
      labor: rows.flatMap((r) =>
        r.kind === 'labor'
          ? [{ date: r.date, personId: r.personId!, role: r.role ?? null, hours: Number(r.hours) }]
          : [],
      ),
      spent: rows.flatMap((r) =>
        r.kind === 'labor'
          ? []
          : [
              {
                kind: r.kind,
                date: r.date,
                personId: r.personId ?? null,
                money: { amount: r.amountMinor!, currency: r.currency! },
              },
            ],
      ),
      returns: [],
    },
    costs,
  );
  const byMonth = new Map<IsoMonth, number>();
  for (const s of sums) {
    if (s.currency === unvaluedCurrency) throw new Error(`Demo labor without a cost rate in ${s.month}`);
    byMonth.set(s.month, (byMonth.get(s.month) ?? 0) + toBaseAmount(s, rates));
  }
  return byMonth;
}

export type ReturnsInput = {
  accountId: string;
  plan: EconomicsPlan;
  /** The first and last month with a return (the last no later than `asOf`). */
  firstMonth: IsoMonth;
  lastMonth: IsoMonth;
  asOf: IsoMonth;
  invested: Map<IsoMonth, number>;
};

/**
 * Monthly revenue and delivery cost in the account's currency. Gross margin follows a curve growing
 * by `growth` a year (ramping up over the first four months, ±5% a month), scaled so that the trailing
 * twelve months return exactly `roi` × what they invested: the last month's delivery cost is set to
 * the minor unit that makes the trailing margin the smallest amount at or above that target.
 */
export function buildReturns(
  input: ReturnsInput,
  rates: ExchangeRates,
  rng: Random,
  newId: () => string,
): ReturnRow[] {
  const { plan, asOf } = input;
  const months = monthsFromTo(input.firstMonth, input.lastMonth);
  if (months.length === 0 || plan.roi === 0) return [];
  const trailingFrom = addMonths(asOf, -11);
  const inTrailing = (m: IsoMonth) => m >= trailingFrom && m <= asOf;
  const asOfIndex = monthsFromTo(input.firstMonth, asOf).length - 1;
  const level = months.map(
    (_, i) => plan.growth ** ((i - asOfIndex) / 12) * Math.min(1, 0.4 + 0.2 * i) * (0.95 + rng.next() * 0.1),
  );
  const investedTrailing = [...input.invested].reduce((sum, [m, v]) => sum + (inTrailing(m) ? v : 0), 0);
  const levelTrailing = months.reduce((sum, m, i) => sum + (inTrailing(m) ? level[i]! : 0), 0);
  if (levelTrailing === 0) return [];
  const scale = (plan.roi * investedTrailing) / levelTrailing;

  const currency = plan.currency;
  const toLocal = (baseCents: number, month: IsoMonth) => {
    const perUnit = Number(rates.rateFor(currency, month)) * 100; // base cents per unit of `currency`
    return Math.round((baseCents / perUnit) * 10 ** minorUnitExponent(currency));
  };
  const lines = months.map((month, i) => {
    const margin = level[i]! * scale;
    const revenue = margin / (plan.margin * (0.97 + rng.next() * 0.06));
    return { month, revenue: toLocal(revenue, month), delivery: toLocal(revenue - margin, month) };
  });

  const base = (amount: number, month: IsoMonth) =>
    currency === rates.base
      ? amount
      : convert({ amount, currency }, rates.rateFor(currency, month), rates.base).amount;
  const trailingReturn = () =>
    lines.reduce(
      (sum, l) => sum + (inTrailing(l.month) ? base(l.revenue, l.month) - base(l.delivery, l.month) : 0),
      0,
    );
  const roi = decimalFromNumber(plan.roi);
  const scaleUnit = 10n ** BigInt(roi.scale);
  const target = Number((BigInt(investedTrailing) * roi.units + scaleUnit - 1n) / scaleUnit);
  const last = [...lines].reverse().find((l) => inTrailing(l.month));
  if (last) {
    while (trailingReturn() < target) last.delivery -= 1;
    for (;;) {
      last.delivery += 1;
      if (trailingReturn() < target) {
        last.delivery -= 1;
        break;
      }
    }
  }
  return lines.flatMap((l) => [
    {
      id: newId(),
      accountId: input.accountId,
      month: l.month,
      kind: 'revenue' as const,
      currency,
      amountMinor: l.revenue,
    },
    {
      id: newId(),
      accountId: input.accountId,
      month: l.month,
      kind: 'delivery_cost' as const,
      currency,
      amountMinor: l.delivery,
    },
  ]);
}

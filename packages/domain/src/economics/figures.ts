import type { IsoDate } from '../dates';
import { addDays, type IsoMonth, monthOf, monthsFromTo, yearBefore } from './calendar';
import { ratio } from './decimal';
import { type InvestmentKind, investmentKinds, type Ledger } from './ledger';
import type { CurrencyCode } from './money';
import { paybackDate, returnCountsOn } from './payback';

/** What counts as the financial return: gross margin, or revenue where margin is unknown. */
export type ReturnBasis = 'margin' | 'revenue';
/** Both days included. */
export type Period = { from: IsoDate; to: IsoDate };

export type MonthFigures = {
  month: IsoMonth;
  invested: number;
  returned: number;
  net: number;
  cumulativeInvested: number;
  cumulativeReturned: number;
  cumulativeNet: number;
};

/** Every amount is an integer in `currency`'s minor unit; only `roiMultiple` is a ratio. */
export type AccountFigures = {
  currency: CurrencyCode;
  period: Period;
  basis: ReturnBasis;
  invested: {
    total: number;
    byKind: Record<InvestmentKind, number>;
    /** Largest first; `personId` null for money spent without a person. */
    byPerson: { personId: string | null; amount: number }[];
  };
  /** `total` is `margin` or `revenue` per the basis; `months` counts months with any return line. */
  returned: { total: number; revenue: number; deliveryCost: number; margin: number; months: number };
  net: number;
  /** returned ÷ invested to 4 decimals (100 in, 120 back → 1.2); null when nothing was invested. */
  roiMultiple: number | null;
  value: { score: number; events: number; moneyEquivalent: number };
  monthly: MonthFigures[];
  paybackDate: IsoDate | null;
};

/**
 * returned ÷ invested, rounded half-even to 4 decimals. "Not defined" (null) when nothing, or a net
 * credit, was invested: a return on no investment is not an infinitely good deal, it is no deal.
 */
export function roiMultiple(returned: number, invested: number): number | null {
  return invested > 0 ? ratio(BigInt(returned), BigInt(invested)) : null;
}

// localeCompare's order from one collator, not one per comparison.
const compareText = new Intl.Collator().compare;

const within = (date: IsoDate, period: Period) => period.from <= date && date <= period.to;

function returnOf(row: { revenue: number; deliveryCost: number }, basis: ReturnBasis): number {
  return basis === 'revenue' ? row.revenue : row.revenue - row.deliveryCost;
}

/** Invested, returned, ROI, curves and payback of one account over [from, to]. */
export function accountFigures(ledger: Ledger, period: Period, basis: ReturnBasis): AccountFigures {
  const investments = ledger.investments.filter((i) => within(i.date, period));
  const returns = ledger.returns.filter((r) => within(returnCountsOn(r.month), period));
  const events = ledger.valueEvents.filter((e) => within(e.date, period));

  const byKind = Object.fromEntries(investmentKinds.map((k) => [k, 0])) as Record<InvestmentKind, number>;
  const byPerson = new Map<string | null, number>();
  const investedByMonth = new Map<IsoMonth, number>();
  let invested = 0;
  for (const i of investments) {
    invested += i.amount;
    byKind[i.kind] += i.amount;
    byPerson.set(i.personId, (byPerson.get(i.personId) ?? 0) + i.amount);
    const month = monthOf(i.date);
    investedByMonth.set(month, (investedByMonth.get(month) ?? 0) + i.amount);
  }
  const revenue = returns.reduce((s, r) => s + r.revenue, 0);
  const deliveryCost = returns.reduce((s, r) => s + r.deliveryCost, 0);
  const returned = returnOf({ revenue, deliveryCost }, basis);
  const returnedByMonth = new Map(returns.map((r) => [r.month, returnOf(r, basis)]));

  let cumulativeInvested = 0;
  let cumulativeReturned = 0;
  const monthly = monthsFromTo(monthOf(period.from), monthOf(period.to)).map((month) => {
    const inMonth = investedByMonth.get(month) ?? 0;
    const back = returnedByMonth.get(month) ?? 0;
    cumulativeInvested += inMonth;
    cumulativeReturned += back;
    return {
      month,
      invested: inMonth,
      returned: back,
      net: back - inMonth,
      cumulativeInvested,
      cumulativeReturned,
      cumulativeNet: cumulativeReturned - cumulativeInvested,
    };
  });

  return {
    currency: ledger.currency,
    period,
    basis,
    invested: {
      total: invested,
      byKind,
      byPerson: [...byPerson]
        .map(([personId, amount]) => ({ personId, amount }))
        .sort((a, b) => b.amount - a.amount || compareText(String(a.personId), String(b.personId))),
    },
    returned: {
      total: returned,
      revenue,
      deliveryCost,
      margin: revenue - deliveryCost,
      months: returns.length,
    },
    net: returned - invested,
    roiMultiple: roiMultiple(returned, invested),
    value: {
      score: events.reduce((s, e) => s + e.score, 0),
      events: events.length,
      moneyEquivalent: events.reduce((s, e) => s + (e.moneyEquivalent ?? 0), 0),
    },
    monthly,
    paybackDate: paybackDate(
      investments,
      returns.map((r) => ({ month: r.month, amount: returnOf(r, basis) })),
      period.from,
      period.to,
    ),
  };
}

/**
 * The twelve months ending on `asOf`: from the day after the same day a year earlier (see yearBefore),
 * so a trailing year as of a month's last day holds exactly twelve monthly returns.
 */
export function trailingTwelveMonths(asOf: IsoDate): Period {
  return { from: addDays(yearBefore(asOf), 1), to: asOf };
}

export function trailingFigures(ledger: Ledger, asOf: IsoDate, basis: ReturnBasis): AccountFigures {
  return accountFigures(ledger, trailingTwelveMonths(asOf), basis);
}

export type YearOverYear = {
  /** Return of the trailing twelve months as of `asOf`, and of the twelve before them. */
  current: number;
  previous: number;
  change: number;
  /** change ÷ previous to 4 decimals (0.25 = +25%); null when the previous year returned nothing or less. */
  growth: number | null;
  /** Whether each year had any return line at all (a young account has no previous year). */
  currentHasReturns: boolean;
  previousHasReturns: boolean;
};

export function yearOverYear(ledger: Ledger, asOf: IsoDate, basis: ReturnBasis): YearOverYear {
  const now = trailingFigures(ledger, asOf, basis).returned;
  const before = trailingFigures(ledger, yearBefore(asOf), basis).returned;
  const change = now.total - before.total;
  return {
    current: now.total,
    previous: before.total,
    change,
    growth: before.total > 0 ? ratio(BigInt(change), BigInt(before.total)) : null,
    currentHasReturns: now.months > 0,
    previousHasReturns: before.months > 0,
  };
}

/** The return of each month with any return line, per the basis (for time to first result). */
export function monthlyReturns(ledger: Ledger, basis: ReturnBasis): { month: IsoMonth; amount: number }[] {
  return ledger.returns.map((r) => ({ month: r.month, amount: returnOf(r, basis) }));
}

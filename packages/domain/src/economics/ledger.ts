import type { IsoDate } from '../dates';
import type { TeamRole } from '../roles';
import { assertIsoMonth, type IsoMonth, monthOf } from './calendar';
import { type CostRates, laborValueMicro, microToMinor, toMicroHours } from './cost-rates';
import { EconomicsError } from './errors';
import { type CurrencyCode, type Money, money } from './money';
import type { ExchangeRates } from './rates';

export const investmentKinds = ['labor', 'travel', 'business_study', 'organizational', 'other'] as const;
export type InvestmentKind = (typeof investmentKinds)[number];

/** Hours of a person on account work (not billable delivery), valued at their cost rate of that day. */
export type LaborInvestment = {
  kind: 'labor';
  date: IsoDate;
  personId: string;
  role: TeamRole | null;
  hours: number;
};
/** Money spent on the account: a business trip, studying the client's business, organizing… */
export type MoneyInvestment = {
  kind: Exclude<InvestmentKind, 'labor'>;
  date: IsoDate;
  money: Money;
  personId: string | null;
};
export type Investment = LaborInvestment | MoneyInvestment;

/** Finance reports returns per month: revenue, and the cost of delivering it (margin = the difference). */
export type MonthlyReturn = { month: IsoMonth; kind: 'revenue' | 'delivery_cost'; money: Money };

export const valueEventKinds = [
  'reference',
  'case_study',
  'logo_use',
  'referral',
  'joint_talk',
  'award',
  'other',
] as const;
export type ValueEventKind = (typeof valueEventKinds)[number];
/** A non-financial return; `score` is set by the director, and so is an optional money equivalent. */
export type ValueEvent = {
  kind: ValueEventKind;
  date: IsoDate;
  score: number;
  moneyEquivalent: Money | null;
};

export type EconomicsEntries = {
  investments: readonly Investment[];
  returns: readonly MonthlyReturn[];
  valueEvents: readonly ValueEvent[];
};

/** One account's economics, every amount an integer in the base currency's minor unit. */
export type Ledger = {
  currency: CurrencyCode;
  /** Sorted by date; at most one row per (date, kind, person). */
  investments: { date: IsoDate; kind: InvestmentKind; personId: string | null; amount: number }[];
  /** Sorted by month; one row per month that has any return line. */
  returns: { month: IsoMonth; revenue: number; deliveryCost: number }[];
  /** Sorted by date. */
  valueEvents: { date: IsoDate; kind: ValueEventKind; score: number; moneyEquivalent: number | null }[];
};

// Sorting on every key makes the ledger the same whatever order the entries came in.
function byKeys<T>(keysOf: (item: T) => string[]): (a: T, b: T) => number {
  return (a, b) => {
    const x = keysOf(a).join('\u0000');
    const y = keysOf(b).join('\u0000');
    return x < y ? -1 : x > y ? 1 : 0;
  };
}

/** `micro`: a labor entry's exact value (its money is then 0 until the bucket's sum is rounded). */
type Dated = { date: IsoDate; kind: InvestmentKind; personId: string | null; money: Money; micro?: bigint };

function group<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

// Each entry is valued exactly at the rate of its day; the bucket it lands in rounds the exact sum once
// (convertInvestments), so logging 8 h as 5 + 3 costs the same.
function valueLabor(entries: readonly LaborInvestment[], costs: CostRates): Dated[] {
  return entries.map((e) => {
    const { micro, currency } = laborValueMicro(e, toMicroHours(e.hours), costs);
    return { date: e.date, kind: 'labor', personId: e.personId, money: money(0, currency), micro };
  });
}

/**
 * Converts investments per bucket (month × currency × kind × person): amounts are summed in their own
 * currency and converted as one sum, so splitting or re-ordering entries never moves a cent, and the
 * breakdowns by kind and by person add up to the total exactly. Inside a month, a day's amount is what
 * converting the bucket's running sum adds on that day, so daily amounts also add up to the month.
 */
function convertInvestments(items: readonly Dated[], rates: ExchangeRates): Ledger['investments'] {
  const rows = new Map<string, Ledger['investments'][number]>();
  const buckets = group(items, (i) =>
    JSON.stringify([monthOf(i.date), i.money.currency, i.kind, i.personId]),
  );
  for (const bucket of buckets.values()) {
    const byDay = group(bucket, (i) => i.date);
    const days = [...byDay.keys()].sort();
    const { currency } = bucket[0]!.money;
    const month = monthOf(bucket[0]!.date);
    let running = 0;
    let runningMicro = 0n;
    let convertedSoFar = 0;
    for (const date of days) {
      const items = byDay.get(date)!;
      running += items.reduce((s, i) => s + i.money.amount, 0);
      runningMicro += items.reduce((s, i) => s + (i.micro ?? 0n), 0n);
      const amount = running + microToMinor(runningMicro);
      const converted = rates.toBase(money(amount, currency), month).amount;
      const { kind, personId } = bucket[0]!;
      const key = JSON.stringify([date, kind, personId]);
      const row = rows.get(key) ?? { date, kind, personId, amount: 0 };
      row.amount += converted - convertedSoFar;
      rows.set(key, row);
      convertedSoFar = converted;
    }
  }
  return [...rows.values()].sort(byKeys((r) => [r.date, r.kind, r.personId ?? '']));
}

// Each (month, currency, kind) sum converts once, for the same reason as investments.
function convertReturns(returns: readonly MonthlyReturn[], rates: ExchangeRates): Ledger['returns'] {
  const byMonth = new Map<IsoMonth, Ledger['returns'][number]>();
  for (const lines of group(returns, (r) => JSON.stringify([r.month, r.money.currency, r.kind])).values()) {
    const { month, kind } = lines[0]!;
    assertIsoMonth(month);
    const total = money(
      lines.reduce((s, r) => s + r.money.amount, 0),
      lines[0]!.money.currency,
    );
    const row = byMonth.get(month) ?? { month, revenue: 0, deliveryCost: 0 };
    row[kind === 'revenue' ? 'revenue' : 'deliveryCost'] += rates.toBase(total, month).amount;
    byMonth.set(month, row);
  }
  return [...byMonth.values()].sort((a, b) => (a.month < b.month ? -1 : 1));
}

/** Values labor, converts everything to the base currency at its month's rate, and orders it. */
export function buildLedger(entries: EconomicsEntries, rates: ExchangeRates, costs: CostRates): Ledger {
  const labor: LaborInvestment[] = [];
  const spent: Dated[] = [];
  for (const i of entries.investments) {
    if (i.kind === 'labor') labor.push(i);
    else
      spent.push({
        date: i.date,
        kind: i.kind,
        personId: i.personId,
        money: money(i.money.amount, i.money.currency),
      });
  }
  const valueEvents = entries.valueEvents
    .map((e) => {
      if (!Number.isSafeInteger(e.score) || e.score < 0)
        throw new EconomicsError(
          'invalid_amount',
          `A value score must be a whole number zero or above: ${e.score}`,
        );
      const month = monthOf(e.date); // also refuses a malformed date
      const equivalent = e.moneyEquivalent && rates.toBase(e.moneyEquivalent, month).amount;
      return { date: e.date, kind: e.kind, score: e.score, moneyEquivalent: equivalent ?? null };
    })
    .sort(byKeys((e) => [e.date, e.kind, String(e.score).padStart(16, '0')]));
  return {
    currency: rates.base,
    investments: convertInvestments([...valueLabor(labor, costs), ...spent], rates),
    returns: convertReturns(entries.returns, rates),
    valueEvents,
  };
}

import type { IsoDate } from '../dates';
import type { TeamRole } from '../roles';
import { isIsoDate } from './calendar';
import { EconomicsError, MissingCostRate } from './errors';
import { type CurrencyCode, type Money, money } from './money';

/** An hourly cost rate effective from a date until the next one of the same owner. */
export type PersonCostRate = { personId: string; from: IsoDate; hourly: Money };
export type RoleCostRate = { role: TeamRole; from: IsoDate; hourly: Money };
export type DefaultCostRate = { from: IsoDate; hourly: Money };

export type CostRateLevel = 'person' | 'role' | 'workspace';
/** The rate that applies, and where it came from (shown beside a labor figure so it explains itself). */
export type AppliedCostRate = { hourly: Money; level: CostRateLevel; from: IsoDate };

export type CostRateInput = {
  person: readonly PersonCostRate[];
  role: readonly RoleCostRate[];
  workspace: readonly DefaultCostRate[];
};

export type CostRates = {
  /**
   * The person's own latest rate with from ≤ date; else the latest rate of their role on the account;
   * else the workspace default. Throws MissingCostRate when none applies.
   */
  costRateFor(personId: string, role: TeamRole | null, date: IsoDate): AppliedCostRate;
};

type Dated = { from: IsoDate; hourly: Money };

// Newest first, so the first rate with from ≤ date is the effective one.
function index<T extends Dated>(rates: readonly T[], keyOf: (rate: T) => string): Map<string, Dated[]> {
  const byKey = new Map<string, Dated[]>();
  for (const rate of rates) {
    if (!isIsoDate(rate.from)) throw new EconomicsError('invalid_date', `Not a date: '${rate.from}'`);
    const hourly = money(rate.hourly.amount, rate.hourly.currency);
    if (hourly.amount < 0) throw new EconomicsError('invalid_amount', 'A cost rate cannot be negative');
    const list = byKey.get(keyOf(rate)) ?? [];
    if (list.some((r) => r.from === rate.from))
      throw new EconomicsError(
        'conflicting_rate',
        `Two cost rates from ${rate.from} for ${keyOf(rate) || 'the workspace'}`,
      );
    list.push({ from: rate.from, hourly });
    byKey.set(keyOf(rate), list);
  }
  for (const list of byKey.values()) list.sort((a, b) => (a.from < b.from ? 1 : -1));
  return byKey;
}

export function costRates(input: CostRateInput): CostRates {
  const levels: [CostRateLevel, Map<string, Dated[]>, (p: string, r: TeamRole | null) => string | null][] = [
    ['person', index(input.person, (r) => r.personId), (personId) => personId],
    ['role', index(input.role, (r) => r.role), (_, role) => role],
    ['workspace', index(input.workspace, () => ''), () => ''],
  ];
  return {
    costRateFor(personId, role, date) {
      for (const [level, byKey, keyOf] of levels) {
        const key = keyOf(personId, role);
        const rate = key === null ? undefined : byKey.get(key)?.find((r) => r.from <= date);
        if (rate) return { hourly: rate.hourly, level, from: rate.from };
      }
      throw new MissingCostRate(personId, role, date);
    },
  };
}

/** Hours are counted in millionths of an hour (0.0036 s): exact for any hours a person would type. */
export const microHoursPerHour = 1_000_000n;

export function toMicroHours(hours: number): bigint {
  if (!Number.isFinite(hours) || hours < 0)
    throw new EconomicsError('invalid_hours', `Hours must be a number zero or above: ${hours}`);
  return BigInt(Math.round(hours * 1_000_000));
}

/** Work of one person on account work for one day. */
export type LaborEntry = { personId: string; role: TeamRole | null; date: IsoDate; hours: number };

/** hours × the rate of that day, rounded a half up to the rate currency's minor unit (microToMinor). */
export function laborCost(entry: LaborEntry, rates: CostRates): { cost: Money; rate: AppliedCostRate } {
  return laborCostOfMicroHours(entry, toMicroHours(entry.hours), rates);
}

/**
 * Hours valued exactly, before any rounding: hourly (minor units) × micro-hours, in millionths of the
 * rate currency's minor unit. Labor is summed at this precision and rounded once per monthly sum
 * (monthly.ts), so logging 8 h as 5 + 3, on one day or on two, never moves a cent.
 */
export function laborValueMicro(
  who: Omit<LaborEntry, 'hours'>,
  microHours: bigint,
  rates: CostRates,
): { micro: bigint; currency: CurrencyCode; rate: AppliedCostRate } {
  const rate = rates.costRateFor(who.personId, who.role, who.date);
  return { micro: BigInt(rate.hourly.amount) * microHours, currency: rate.hourly.currency, rate };
}

/**
 * An exact labor value (millionths of a minor unit) rounded to the minor unit, a half up. Not half-even
 * like a conversion: rounding half up commutes with adding whole cents (round(x + n) = round(x) + n), so
 * entries worth whole cents move a month's total by exactly their worth, whatever fraction the month
 * already held. Labor values are never negative.
 */
export function microToMinor(micro: bigint): number {
  const shifted = micro + microHoursPerHour / 2n;
  const q = shifted / microHoursPerHour;
  // BigInt division truncates toward zero; a floor is wanted.
  return Number(shifted < 0n && q * microHoursPerHour !== shifted ? q - 1n : q);
}

/** The same, for hours already summed in micro-hours. */
export function laborCostOfMicroHours(
  who: Omit<LaborEntry, 'hours'>,
  microHours: bigint,
  rates: CostRates,
): { cost: Money; rate: AppliedCostRate } {
  const rate = rates.costRateFor(who.personId, who.role, who.date);
  return { cost: money(microToMinor(BigInt(rate.hourly.amount) * microHours), rate.hourly.currency), rate };
}

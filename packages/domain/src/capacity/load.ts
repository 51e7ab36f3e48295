import type { IsoDate } from '../dates';
import { firstDayOf, type IsoMonth, lastDayOf } from '../economics/calendar';

/** One person's place on one account team: a role, hours a month, and the days it runs (both included). */
export type Allocation = {
  accountId: string;
  role: string;
  hoursPerMonth: number;
  from: IsoDate;
  to: IsoDate | null;
};

/** The first and last day of a month and how many days it has, worked out once per month. */
const bounds = new Map<IsoMonth, { first: IsoDate; last: IsoDate; days: number }>();
function monthBounds(month: IsoMonth) {
  let b = bounds.get(month);
  if (!b) {
    const last = lastDayOf(month);
    b = { first: firstDayOf(month), last, days: Number(last.slice(8, 10)) };
    bounds.set(month, b);
  }
  return b;
}

/**
 * Days since 1970-01-01 of a well-formed ISO date, by arithmetic (Howard Hinnant's days-from-civil): a
 * matrix page counts the days of a thousand allocations, and building Date objects for each shows.
 */
function dayNumber(date: IsoDate): number {
  let y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function daysInMonth(month: IsoMonth): number {
  return monthBounds(month).days;
}

/** Days of `month` within [from, to]; 0 when the allocation does not touch the month. */
export function daysCovered(from: IsoDate, to: IsoDate | null, month: IsoMonth): number {
  const { first, last } = monthBounds(month);
  const start = from > first ? from : first;
  const end = to !== null && to < last ? to : last;
  return end < start ? 0 : dayNumber(end) - dayNumber(start) + 1;
}

/**
 * The proration rule. An allocation of H hours a month counts in month M in proportion to the calendar
 * days of M it covers:
 *
 *     hours in M = H × (days of M within [from, to]) / (days in M)
 *
 * e.g. 40 h/month from 16 June: June has 30 days, 15 of them covered → 40 × 15 / 30 = 20 h.
 * Calendar days, not working days: a month is the unit people plan in, and a half-covered month is half
 * of it whatever its weekends. Every allocation of a month shares the denominator, so sums and the
 * over-allocation test stay exact in integers ("hour-days"):
 *
 *     over-allocated in M  ⇔  Σ H_i × d_i  >  capacity × days in M
 */
export function hourDays(a: Pick<Allocation, 'hoursPerMonth' | 'from' | 'to'>, month: IsoMonth): number {
  return a.hoursPerMonth * daysCovered(a.from, a.to, month);
}

/** Hours shown to people: one decimal, half away from zero (hours are never money). */
export function roundHours(hours: number): number {
  return (Math.sign(hours) * Math.round(Math.abs(hours) * 10 + 1e-9)) / 10;
}

export type AllocationInMonth = Allocation & { hours: number };

export type MonthLoad = {
  month: IsoMonth;
  /** Null while the person's capacity is not set: then nothing is over or free. */
  capacityHours: number | null;
  allocatedHours: number;
  freeHours: number | null;
  overAllocated: boolean;
  /** How far over capacity (0 when not over). */
  overByHours: number;
  /** The exact sums behind the rounded figures: Σ H_i × d_i and capacity × days in month. */
  allocatedHourDays: number;
  capacityHourDays: number | null;
  items: AllocationInMonth[];
};

/** A person's allocations in one month against their capacity; allocations that miss the month drop out. */
export function monthLoad(
  capacityHours: number | null,
  allocations: readonly Allocation[],
  month: IsoMonth,
): MonthLoad {
  const days = daysInMonth(month);
  const items: AllocationInMonth[] = [];
  let allocatedHourDays = 0;
  for (const a of allocations) {
    const covered = daysCovered(a.from, a.to, month);
    if (covered === 0) continue;
    const hd = a.hoursPerMonth * covered;
    allocatedHourDays += hd;
    items.push({ ...a, hours: roundHours(hd / days) });
  }
  const capacityHourDays = capacityHours === null ? null : capacityHours * days;
  const over = capacityHourDays !== null && allocatedHourDays > capacityHourDays;
  return {
    month,
    capacityHours,
    allocatedHours: roundHours(allocatedHourDays / days),
    freeHours: capacityHourDays === null ? null : roundHours((capacityHourDays - allocatedHourDays) / days),
    overAllocated: over,
    overByHours: over ? roundHours((allocatedHourDays - capacityHourDays!) / days) : 0,
    allocatedHourDays,
    capacityHourDays,
    items,
  };
}

/** The same person month by month. */
export function loadOverMonths(
  capacityHours: number | null,
  allocations: readonly Allocation[],
  months: readonly IsoMonth[],
): MonthLoad[] {
  return months.map((m) => monthLoad(capacityHours, allocations, m));
}

import type { IsoDate } from '../dates';
import { type Cement, cement, DEFAULT_SATISFIED_AT } from './cement';
import type { ContactFacts, Reading } from './vocabulary';

export type MonthPoint = Cement & { month: string; asOf: IsoDate };

/** The last day of a month given as YYYY-MM. */
export function monthEnd(month: string): IsoDate {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** The `count` months up to and including the month of `today`, oldest first, as YYYY-MM. */
export function lastMonths(today: IsoDate, count: number): string[] {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const months: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    months.push(new Date(Date.UTC(y, m - 1 - i, 1)).toISOString().slice(0, 7));
  }
  return months;
}

/**
 * Cement and weighted cement by month: for each month, the latest reading of each contact as of the
 * month's end, over the contacts on the map at that end. The running month is measured as of `today`.
 * A contact who left counts in the months before they left, so history does not change when they go.
 */
export function cementTrend(
  contacts: readonly ContactFacts[],
  readings: readonly Reading[],
  months: readonly string[],
  today: IsoDate,
  satisfiedAt = DEFAULT_SATISFIED_AT,
): MonthPoint[] {
  return months.map((month) => {
    const end = monthEnd(month);
    const asOf = end < today ? end : today;
    return { month, asOf, ...cement(contacts, readings, asOf, satisfiedAt) };
  });
}

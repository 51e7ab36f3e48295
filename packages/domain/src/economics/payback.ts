import type { IsoDate } from '../dates';
import { type IsoMonth, lastDayOf } from './calendar';

/**
 * HOW A MONTHLY RETURN IS SPREAD OVER TIME: it is not. Finance reports revenue and delivery cost per
 * month, and the month's figure is only known once the month is over, so a month's return counts in
 * full on the month's LAST DAY. Consequences: a period that ends mid-month does not yet include that
 * month's return, and a payback caused by a return lands on a month's last day.
 */
export function returnCountsOn(month: IsoMonth): IsoDate {
  return lastDayOf(month);
}

/**
 * The first day, within [from, to], on which cumulative return ≥ cumulative investment, counting from
 * `from`, once something has been invested (nothing invested means nothing to pay back: null). Amounts
 * are integers in one currency. It is the FIRST such day: a later dip below does not move it.
 */
export function paybackDate(
  investments: readonly { date: IsoDate; amount: number }[],
  returns: readonly { month: IsoMonth; amount: number }[],
  from: IsoDate,
  to: IsoDate,
): IsoDate | null {
  const days = new Map<IsoDate, { invested: number; returned: number }>();
  const at = (date: IsoDate) => {
    const day = days.get(date) ?? { invested: 0, returned: 0 };
    days.set(date, day);
    return day;
  };
  for (const i of investments) if (from <= i.date && i.date <= to) at(i.date).invested += i.amount;
  for (const r of returns) {
    const date = returnCountsOn(r.month);
    if (from <= date && date <= to) at(date).returned += r.amount;
  }
  // Between two days with entries nothing changes, so only those days need checking.
  let invested = 0;
  let returned = 0;
  for (const date of [...days.keys()].sort()) {
    const day = days.get(date)!;
    invested += day.invested;
    returned += day.returned;
    if (invested > 0 && returned >= invested) return date;
  }
  return null;
}

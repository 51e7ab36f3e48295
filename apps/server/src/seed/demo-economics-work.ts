import {
  firstDayOf,
  type IsoMonth,
  lastDayOf,
  minorUnitExponent,
  monthOf,
  monthsFromTo,
} from '@vested/domain';
import type { investments } from '../db/schema';
import { addMonths, maxDate, minDate } from './dates';
import { type EconomicsPlan, usdPer } from './demo-economics-plan';
import type { Random } from './prng';

export type InvestmentRow = typeof investments.$inferInsert & { id: string };
type Seat = { personId: string; role: string; fromDate: string; toDate?: string | null };

/**
 * Account work a month, in hours, per role on a medium account (not billable delivery: listening,
 * presenting results, studying the client's business, preparing proposals).
 */
const monthlyHours: Record<string, number> = {
  account_manager: 22,
  executive_sponsor: 3,
  sales: 8,
  project_manager: 8,
  delivery_manager: 6,
  solution_architect: 7,
  technical_lead: 7,
  marketing: 6,
  engineer: 4,
};

const weekdays = new Map<IsoMonth, string[]>();
/** Monday to Friday of `month`, between `from` and `to` (both included). */
function workingDays(month: IsoMonth, from: string, to: string): string[] {
  let all = weekdays.get(month);
  if (!all) {
    all = [];
    const last = lastDayOf(month);
    for (let d = new Date(`${firstDayOf(month)}T00:00:00Z`); ; d.setUTCDate(d.getUTCDate() + 1)) {
      const day = d.toISOString().slice(0, 10);
      if (day > last) break;
      if (d.getUTCDay() % 6 !== 0) all.push(day);
    }
    weekdays.set(month, all);
  }
  return from <= all[0]! && to >= all[all.length - 1]! ? all : all.filter((d) => d >= from && d <= to);
}

/** A money amount of about `usd` dollars in `currency`'s minor unit, rounded to whole units. */
export function localAmount(usd: number, currency: EconomicsPlan['currency']): number {
  const units = currency === 'USD' ? usd : usd / usdPer[currency];
  return Math.round(units) * 10 ** minorUnitExponent(currency);
}

export type WorkInput = {
  accountId: string;
  plan: EconomicsPlan;
  seats: Seat[];
  /** When the history (or the account) starts, and the last day anyone works on it. */
  from: string;
  to: string;
  startedOn: string;
  /** Paused accounts get a fraction of the work in their last months. */
  pausedFrom: string | null;
};

/**
 * Hours of every team member, month by month within their seat, as timesheet entries of up to about a
 * day each on working days; business trips, studying the client's business and organisational costs in
 * the account's currency. Heavier in the first three months (the article: listen, study, visit).
 */
export function buildWork(input: WorkInput, rng: Random, newId: () => string): InvestmentRow[] {
  const { accountId, plan, seats } = input;
  const rows: InvestmentRow[] = [];
  const months = monthsFromTo(monthOf(input.from), monthOf(input.to));
  const earlyUntil = monthOf(addMonths(input.startedOn, 3));
  const studyUntil = monthOf(addMonths(input.startedOn, 4));
  const pausedFrom = input.pausedFrom ? monthOf(input.pausedFrom) : null;
  const weight = (month: IsoMonth) =>
    plan.effort * (month < earlyUntil ? 1.4 : 1) * (pausedFrom && month >= pausedFrom ? 0.3 : 1);
  for (const seat of seats) {
    const from = maxDate(seat.fromDate, input.from);
    const to = minDate(seat.toDate ?? input.to, input.to);
    if (from > to) continue;
    for (const month of monthsFromTo(monthOf(from), monthOf(to))) {
      const days = workingDays(month, from, to);
      if (days.length === 0) continue;
      const hours = (monthlyHours[seat.role] ?? 4) * weight(month) * Math.min(1, days.length / 21);
      const count = Math.max(1, Math.round(hours / 8));
      for (let i = 0; i < count; i++) {
        const quarters = Math.max(2, Math.round(((hours / count) * (0.6 + rng.next() * 0.8)) / 0.25));
        rows.push({
          id: newId(),
          accountId,
          kind: 'labor',
          date: rng.pick(days),
          personId: seat.personId,
          role: seat.role,
          hours: (quarters / 4).toFixed(2),
        });
      }
    }
  }

  const managerOn = (day: string) =>
    seats.find((s) => s.role === 'account_manager' && s.fromDate <= day && (!s.toDate || day <= s.toDate))
      ?.personId ?? null;
  const spend = (kind: InvestmentRow['kind'], month: IsoMonth, usd: number, note: string) => {
    const days = workingDays(month, input.from, input.to);
    if (days.length === 0) return;
    const date = rng.pick(days);
    rows.push({
      id: newId(),
      accountId,
      kind,
      date,
      amountMinor: localAmount(usd, plan.currency),
      currency: plan.currency,
      personId: managerOn(date),
      note,
    });
  };
  for (const month of months) {
    const w = weight(month);
    const early = month < studyUntil;
    if (rng.next() < 0.28 * w)
      spend(
        'travel',
        month,
        900 + rng.int(0, 2300),
        'Visit to the client: quarterly presentation of results',
      );
    if (early || rng.next() < 0.04)
      spend(
        'business_study',
        month,
        700 + rng.int(0, 1800),
        "Studying the client's business: market and process review",
      );
    if (rng.next() < 0.12 * w)
      spend('organizational', month, 250 + rng.int(0, 650), 'Workshop with the client team');
  }
  return rows;
}

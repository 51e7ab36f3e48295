import type { IsoDate } from '../dates';
import { type CementCounts, cementCounts, cementFromCounts } from './cement';
import type { OwnerFacts } from './coverage';
import {
  ageInDays,
  type CoverageOptions,
  coverageGaps,
  DEFAULT_READING_DAYS,
  DEFAULT_TOUCH_DAYS,
} from './coverage';
import { type Csat, csat, latestAnswers, type Nps, nps, type PulseAnswer } from './scores';
import { cementTrend, lastMonths, type MonthPoint, monthEnd } from './trends';
import type { ContactFacts, Reading } from './vocabulary';

/** The portfolio shows a year of monthly cement per account. */
export const PORTFOLIO_MONTHS = 12;

/**
 * The coverage gaps of an account split by what makes them change. `fixed` counts the gaps only a change to
 * the map opens or closes (a decider without an owner, no champion, everything resting on one of our
 * people); the other two change with the calendar, so they are kept as dates: each active decider's last
 * touch and last reading (null: never), and counted against the day they are read on.
 */
export type CoverageFacts = {
  fixed: number;
  deciderLastTouch: (IsoDate | null)[];
  deciderLastReading: (IsoDate | null)[];
};

/**
 * Everything the portfolio shows of one account, computed on `asOf` from the account's whole map with the
 * default thresholds. Nothing on the map is dated after the day it is written (readings, touches and
 * leaving days are refused in the future), so these figures stay true on every later day until the map
 * changes again — except the two calendar gaps and the running months, which `gapCountOn` and `trendOn`
 * work out for the day they are read on.
 */
export type AccountSummary = {
  asOf: IsoDate;
  counts: CementCounts;
  nps: Nps;
  csat: Csat;
  coverage: CoverageFacts;
  /** Cement by month for the PORTFOLIO_MONTHS months up to the month of `asOf`. */
  trend: MonthPoint[];
};

export function coverageFacts(
  contacts: readonly ContactFacts[],
  owners: readonly OwnerFacts[],
  readings: readonly Reading[],
  day: IsoDate,
): CoverageFacts {
  // With thresholds of −∞ days every active decider shows both calendar gaps, carrying their last touch and
  // last reading: the one rule of coverageGaps gives the dates, nothing here repeats it.
  const gaps = coverageGaps(contacts, owners, readings, day, {
    touchDays: Number.NEGATIVE_INFINITY,
    readingDays: Number.NEGATIVE_INFINITY,
  });
  const facts: CoverageFacts = { fixed: 0, deciderLastTouch: [], deciderLastReading: [] };
  for (const g of gaps) {
    if (g.kind === 'decider_not_touched') facts.deciderLastTouch.push(g.lastTouchOn);
    else if (g.kind === 'decider_without_reading') facts.deciderLastReading.push(g.lastReadingOn);
    else facts.fixed += 1;
  }
  return facts;
}

/** How many coverage gaps the account has on `day` (on or after the facts' day), as coverageGaps counts them. */
export function gapCountOn(facts: CoverageFacts, day: IsoDate, opts: CoverageOptions = {}): number {
  const touchDays = opts.touchDays ?? DEFAULT_TOUCH_DAYS;
  const readingDays = opts.readingDays ?? DEFAULT_READING_DAYS;
  const stale = (last: IsoDate | null, days: number) => last === null || ageInDays(last, day) > days;
  return (
    facts.fixed +
    facts.deciderLastTouch.filter((d) => stale(d, touchDays)).length +
    facts.deciderLastReading.filter((d) => stale(d, readingDays)).length
  );
}

/** The summary of one account's map on `day`; `answers` come oldest first. */
export function summarizeAccount(
  contacts: readonly ContactFacts[],
  readings: readonly Reading[],
  owners: readonly OwnerFacts[],
  answers: readonly PulseAnswer[],
  day: IsoDate,
): AccountSummary {
  const latest = latestAnswers(contacts, answers, day);
  return {
    asOf: day,
    counts: cementCounts(contacts, readings, day),
    nps: nps(latest.nps),
    csat: csat(latest.csat),
    coverage: coverageFacts(contacts, owners, readings, day),
    trend: cementTrend(contacts, readings, lastMonths(day, PORTFOLIO_MONTHS), day),
  };
}

/**
 * The monthly cement of the `months` months up to `today` (on or after the summary's day): a month that
 * ended before the summary was made is as stored; any later month sees the map as it stands, since nothing
 * has changed since.
 */
export function trendOn(
  summary: Pick<AccountSummary, 'asOf' | 'counts' | 'trend'>,
  today: IsoDate,
  months = PORTFOLIO_MONTHS,
): MonthPoint[] {
  const stored = new Map(summary.trend.map((p) => [p.month, p]));
  const now = cementFromCounts(summary.counts);
  return lastMonths(today, months).map((month) => {
    const end = monthEnd(month);
    const kept = end < summary.asOf ? stored.get(month) : undefined;
    return kept ?? { month, asOf: end < today ? end : today, ...now };
  });
}

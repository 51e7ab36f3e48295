import type { IsoDate } from '../dates';
import { daysBetween, type IsoMonth, monthOf } from './calendar';
import { returnCountsOn } from './payback';
import type { FirstResultRule } from './settings';

export type FirstResult =
  | { reached: true; rule: FirstResultRule; date: IsoDate; month: IsoMonth; days: number }
  | {
      reached: false;
      rule: FirstResultRule;
      reason: {
        code: 'no_follow_on_yet' | 'no_return_above_initial_yet' | 'no_initial_level';
        message: string;
      };
      /** Days since the start so far, to show "312 days and counting". */
      daysSoFar: number;
    };

export type FirstResultInput = {
  rule: FirstResultRule;
  /** The account's start date. */
  start: IsoDate;
  asOf: IsoDate;
  /** follow_on_work: the date the first follow-on work was won, if any. */
  firstFollowOnWonOn: IsoDate | null;
  /** return_above_initial: the initial contract's monthly level, in the same unit as the returns. */
  initialMonthlyLevel: number | null;
  monthlyReturns: readonly { month: IsoMonth; amount: number }[];
};

/**
 * Time from the account's start to its first result, by the workspace's rule: (a) follow_on_work — the
 * first follow-on work won after the start; (b) return_above_initial — the first month from the start
 * month on whose return is strictly above the initial contract's monthly level, reached on that month's
 * last day (when a monthly return counts, see payback.ts). Nothing after `asOf` counts.
 */
export function timeToFirstResult(input: FirstResultInput): FirstResult {
  const { rule, start, asOf } = input;
  const daysSoFar = Math.max(0, daysBetween(start, asOf));
  const reached = (date: IsoDate, month: IsoMonth): FirstResult => ({
    reached: true,
    rule,
    date,
    month,
    days: daysBetween(start, date),
  });

  if (rule === 'follow_on_work') {
    const won = input.firstFollowOnWonOn;
    if (won !== null && start <= won && won <= asOf) return reached(won, monthOf(won));
    return {
      reached: false,
      rule,
      reason: { code: 'no_follow_on_yet', message: 'No follow-on work won since the start yet' },
      daysSoFar,
    };
  }
  if (input.initialMonthlyLevel === null)
    return {
      reached: false,
      rule,
      reason: { code: 'no_initial_level', message: "The initial contract's monthly level is not set" },
      daysSoFar,
    };
  const level = input.initialMonthlyLevel;
  const first = [...input.monthlyReturns]
    .filter((r) => r.month >= monthOf(start) && returnCountsOn(r.month) <= asOf && r.amount > level)
    .sort((a, b) => (a.month < b.month ? -1 : 1))[0];
  if (first) return reached(returnCountsOn(first.month), first.month);
  return {
    reached: false,
    rule,
    reason: {
      code: 'no_return_above_initial_yet',
      message: "No month's return above the initial contract's monthly level yet",
    },
    daysSoFar,
  };
}

import type { ReturnBasis } from './figures';
import type { CurrencyCode } from './money';

/** How time to first result is measured (see first-result.ts). */
export type FirstResultRule = 'follow_on_work' | 'return_above_initial';

/**
 * Targets an account's objective is judged against. Each account may override any of them; the rest
 * come from the workspace. Fractions are plain numbers (0.05 = 5%) and are read as the exact decimal typed.
 */
export type ObjectiveTargets = {
  /** growth: trailing-12-month ROI multiple at or above this (1.2 = 120 back for 100 in). */
  roiTarget: number;
  /** preservation: real return may fall this fraction below last year's and still be on track. */
  preservationTolerance: number;
  /** image: the sum of value-event scores over the trailing twelve months at or above this. */
  valueScoreTarget: number;
  /** A miss by at most this fraction of the threshold is "at risk" rather than "off track". */
  nearMiss: number;
};

export const defaultObjectiveTargets: ObjectiveTargets = {
  roiTarget: 1.2,
  preservationTolerance: 0.05,
  valueScoreTarget: 10,
  nearMiss: 0.1,
};

export type EconomicsSettings = {
  baseCurrency: CurrencyCode;
  returnBasis: ReturnBasis;
  /** Annual inflation used to judge preservation accounts in real terms (0.04 = 4%). */
  annualInflation: number;
  /** Share of ranked accounts suggested as key (0.25 = top quartile). */
  keyAccountShare: number;
  firstResultRule: FirstResultRule;
  targets: ObjectiveTargets;
};

export const defaultEconomicsSettings: EconomicsSettings = {
  baseCurrency: 'USD',
  returnBasis: 'margin',
  annualInflation: 0,
  keyAccountShare: 0.25,
  firstResultRule: 'follow_on_work',
  targets: defaultObjectiveTargets,
};

/** The account's own targets where it set them, the workspace's elsewhere. */
export function resolveTargets(
  workspace: ObjectiveTargets,
  account: Partial<Record<keyof ObjectiveTargets, number | null>>,
): ObjectiveTargets {
  return {
    roiTarget: account.roiTarget ?? workspace.roiTarget,
    preservationTolerance: account.preservationTolerance ?? workspace.preservationTolerance,
    valueScoreTarget: account.valueScoreTarget ?? workspace.valueScoreTarget,
    nearMiss: account.nearMiss ?? workspace.nearMiss,
  };
}

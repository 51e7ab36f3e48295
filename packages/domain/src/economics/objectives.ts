import type { IsoDate } from '../dates';
import type { AccountObjective } from '../roles';
import { type ReturnBasis, trailingFigures, yearOverYear } from './figures';
import type { Ledger } from './ledger';
import { judgeGrowth } from './objective-growth';
import { judgeImage } from './objective-image';
import { judgePreservation } from './objective-preservation';
import type { ObjectiveMeasures, ObjectiveReason, ObjectiveStatus } from './objective-terms';
import type { ObjectiveTargets } from './settings';

export type {
  ObjectiveMeasures,
  ObjectiveReason,
  ObjectiveReasonCode,
  ObjectiveStatus,
} from './objective-terms';

export type ObjectiveAssessment = {
  objective: AccountObjective;
  status: ObjectiveStatus;
  reasons: ObjectiveReason[];
};

export function objectiveMeasures(ledger: Ledger, asOf: IsoDate, basis: ReturnBasis): ObjectiveMeasures {
  const now = trailingFigures(ledger, asOf, basis);
  const yoy = yearOverYear(ledger, asOf, basis);
  return {
    currency: ledger.currency,
    invested: now.invested.total,
    returned: now.returned.total,
    hasReturns: now.returned.months > 0,
    previousReturned: yoy.previous,
    previousHasReturns: yoy.previousHasReturns,
    valueScore: now.value.score,
    valueEvents: now.value.events,
  };
}

/** The account's status judged by its own objective, with the reasons in words. */
export function assessObjective(
  objective: AccountObjective,
  measures: ObjectiveMeasures,
  targets: ObjectiveTargets,
  annualInflation: number,
): ObjectiveAssessment {
  const judged =
    objective === 'growth'
      ? judgeGrowth(measures, targets)
      : objective === 'preservation'
        ? judgePreservation(measures, targets, annualInflation)
        : judgeImage(measures, targets);
  return { objective, ...judged };
}

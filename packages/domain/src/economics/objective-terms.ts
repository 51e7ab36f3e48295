import { compareToScaled, type Decimal, decimalFromNumber, onePlus } from './decimal';
import { type CurrencyCode, toDecimalString } from './money';

export type ObjectiveStatus = 'on_track' | 'at_risk' | 'off_track';

export type ObjectiveReasonCode =
  | 'roi_on_target'
  | 'roi_near_target'
  | 'roi_below_target'
  | 'no_investment'
  | 'no_returns_yet'
  | 'return_growing'
  | 'return_not_growing'
  | 'no_prior_year_return'
  | 'no_level_to_preserve'
  | 'real_return_held'
  | 'real_return_slipping'
  | 'real_return_fell'
  | 'value_score_on_target'
  | 'value_score_near_target'
  | 'value_score_below_target'
  | 'no_value_events'
  | 'roi_below_one_expected';

/** Why a status is what it is. The web translates `code` and fills in `params`; `message` is English. */
export type ObjectiveReason = {
  code: ObjectiveReasonCode;
  message: string;
  params: Record<string, string | number>;
};

/** What an objective is judged on: trailing twelve months as of a date, in base minor units. */
export type ObjectiveMeasures = {
  currency: CurrencyCode;
  invested: number;
  returned: number;
  hasReturns: boolean;
  /** The twelve months before those. */
  previousReturned: number;
  previousHasReturns: boolean;
  valueScore: number;
  valueEvents: number;
};

export type Judgement = { status: ObjectiveStatus; reasons: ObjectiveReason[] };

export const percent = (fraction: number) => `${Number((fraction * 100).toFixed(4))}%`;

export const reason = (
  code: ObjectiveReasonCode,
  message: string,
  params: ObjectiveReason['params'] = {},
): ObjectiveReason => ({ code, message, params });

/** value ≥ base × factor, exactly (no float can turn one cent below into "on target"). */
export const atLeast = (value: number, base: number, factor: Decimal) =>
  compareToScaled(BigInt(value), BigInt(base), factor) >= 0;

/** The fraction 1 − `nearMiss` of a threshold, below which a miss is no longer "near". */
export const nearMissFactor = (nearMiss: number) => onePlus(decimalFromNumber(nearMiss), -1);

export const formatMoney = (amount: number, currency: CurrencyCode) =>
  `${toDecimalString(amount, currency)} ${currency}`;

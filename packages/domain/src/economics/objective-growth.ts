import { decimalFromNumber, multiplyDecimals } from './decimal';
import { roiMultiple } from './figures';
import {
  atLeast,
  formatMoney,
  type Judgement,
  nearMissFactor,
  type ObjectiveMeasures,
  type ObjectiveReason,
  type ObjectiveStatus,
  percent,
  reason,
} from './objective-terms';
import type { ObjectiveTargets } from './settings';

type RoiLevel = 'unknown' | 'ok' | 'near' | 'below';

function judgeRoi(m: ObjectiveMeasures, t: ObjectiveTargets): { level: RoiLevel; reason: ObjectiveReason } {
  const target = decimalFromNumber(t.roiTarget);
  const roi = roiMultiple(m.returned, m.invested);
  const p = { roi: roi ?? '', target: t.roiTarget, nearMiss: percent(t.nearMiss) };
  if (m.invested <= 0) {
    const message = 'Nothing invested in the last twelve months: the ROI multiple is not defined';
    return { level: 'unknown', reason: reason('no_investment', message) };
  }
  if (!m.hasReturns)
    return {
      level: 'unknown',
      reason: reason('no_returns_yet', 'No return recorded in the last twelve months yet'),
    };
  if (atLeast(m.returned, m.invested, target)) {
    const message = `ROI multiple ${roi} meets the target ${t.roiTarget}`;
    return { level: 'ok', reason: reason('roi_on_target', message, p) };
  }
  if (atLeast(m.returned, m.invested, multiplyDecimals(target, nearMissFactor(t.nearMiss)))) {
    const message = `ROI multiple ${roi} is below the target ${t.roiTarget}, by less than ${p.nearMiss}`;
    return { level: 'near', reason: reason('roi_near_target', message, p) };
  }
  const message = `ROI multiple ${roi} is more than ${p.nearMiss} below the target ${t.roiTarget}`;
  return { level: 'below', reason: reason('roi_below_target', message, p) };
}

function judgeTrend(m: ObjectiveMeasures): { growing: boolean | null; reason: ObjectiveReason } {
  if (!m.previousHasReturns) {
    const message = 'No return a year earlier to compare with: growth is not judged yet';
    return { growing: null, reason: reason('no_prior_year_return', message) };
  }
  const p = {
    current: formatMoney(m.returned, m.currency),
    previous: formatMoney(m.previousReturned, m.currency),
  };
  if (m.returned > m.previousReturned) {
    const message = `Return grew year over year: ${p.current} against ${p.previous}`;
    return { growing: true, reason: reason('return_growing', message, p) };
  }
  const message = `Return did not grow year over year: ${p.current} against ${p.previous}`;
  return { growing: false, reason: reason('return_not_growing', message, p) };
}

/**
 * GROWTH ("dividends": put 10, take 12 a year later). Two checks: the trailing-12-month ROI multiple
 * against its target, and the return growing year over year (strictly; a young account with no
 * previous year is judged on ROI alone). The at_risk rule:
 * - on_track  — ROI at or above target, and growing (or no previous year yet);
 * - off_track — ROI more than `nearMiss` (10%) below target, or below target by less AND not growing;
 * - at_risk   — everything between: on target but flat, just below target but growing, or ROI not
 *               judgeable yet (nothing invested, no return yet).
 */
export function judgeGrowth(m: ObjectiveMeasures, t: ObjectiveTargets): Judgement {
  const roi = judgeRoi(m, t);
  const trend = judgeTrend(m);
  let status: ObjectiveStatus = 'at_risk';
  if (roi.level === 'below' || (roi.level === 'near' && trend.growing === false)) status = 'off_track';
  else if (roi.level === 'ok' && trend.growing !== false) status = 'on_track';
  return { status, reasons: [roi.reason, trend.reason] };
}

import { decimalFromNumber, multiplyDecimals } from './decimal';
import { roiMultiple } from './figures';
import {
  atLeast,
  type Judgement,
  nearMissFactor,
  type ObjectiveMeasures,
  type ObjectiveReason,
  percent,
  reason,
} from './objective-terms';
import type { ObjectiveTargets } from './settings';

function judgeScore(m: ObjectiveMeasures, t: ObjectiveTargets): Judgement {
  const p = { score: m.valueScore, target: t.valueScoreTarget, nearMiss: percent(t.nearMiss) };
  const target = decimalFromNumber(t.valueScoreTarget);
  if (atLeast(m.valueScore, 1, target)) {
    const message = `Value score ${m.valueScore} meets the target ${t.valueScoreTarget}`;
    return { status: 'on_track', reasons: [reason('value_score_on_target', message, p)] };
  }
  if (atLeast(m.valueScore, 1, multiplyDecimals(target, nearMissFactor(t.nearMiss)))) {
    const message = `Value score ${m.valueScore} is just below the target ${t.valueScoreTarget}`;
    return { status: 'at_risk', reasons: [reason('value_score_near_target', message, p)] };
  }
  if (m.valueEvents === 0) {
    const message = 'No reference, case study or other value event in the last twelve months';
    return { status: 'off_track', reasons: [reason('no_value_events', message, p)] };
  }
  const message = `Value score ${m.valueScore} is well below the target ${t.valueScoreTarget}`;
  return { status: 'off_track', reasons: [reason('value_score_below_target', message, p)] };
}

/**
 * IMAGE ("we may never get the 10 back, but it builds reputation"): judged only on the sum of
 * value-event scores against its target (within `nearMiss` below: at risk; further: off track). A ROI
 * multiple below 1 is expected here: it never changes the status, and a reason says so explicitly.
 */
export function judgeImage(m: ObjectiveMeasures, t: ObjectiveTargets): Judgement {
  const judged = judgeScore(m, t);
  const roi = roiMultiple(m.returned, m.invested);
  if (roi === null || m.returned >= m.invested) return judged;
  const message = `ROI multiple ${roi} is below 1: expected for an image account, not a failure`;
  const expected: ObjectiveReason = reason('roi_below_one_expected', message, { roi });
  return { ...judged, reasons: [...judged.reasons, expected] };
}

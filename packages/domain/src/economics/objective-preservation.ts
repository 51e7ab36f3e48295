import { decimalFromNumber, divideHalfEven, multiplyDecimals, onePlus, pow10 } from './decimal';
import {
  atLeast,
  formatMoney,
  type Judgement,
  nearMissFactor,
  type ObjectiveMeasures,
  type ObjectiveReason,
  percent,
  reason,
} from './objective-terms';
import type { ObjectiveTargets } from './settings';

/**
 * PRESERVATION ("take back the same 10 after ten years, adjusted for inflation"). This year's real
 * return — nominal ÷ (1 + annual inflation) — must be at least last year's × (1 − tolerance). Compared
 * exactly, without dividing, as: this ≥ last × (1 + inflation) × (1 − tolerance). Below that level but
 * within a further `nearMiss` (10%) of it: at risk; further below: off track. Without a positive return
 * last year there is no level to preserve: at risk, saying so.
 */
export function judgePreservation(
  m: ObjectiveMeasures,
  t: ObjectiveTargets,
  annualInflation: number,
): Judgement {
  const money = (amount: number) => formatMoney(amount, m.currency);
  if (!m.previousHasReturns) {
    const message = 'No return a year earlier: there is no level to preserve yet';
    return { status: 'at_risk', reasons: [reason('no_prior_year_return', message)] };
  }
  if (m.previousReturned <= 0) {
    const p = { previous: money(m.previousReturned) };
    const message = `Last year's return was ${p.previous}: there is no level to preserve`;
    return { status: 'at_risk', reasons: [reason('no_level_to_preserve', message, p)] };
  }

  const inflation = onePlus(decimalFromNumber(annualInflation));
  const level = multiplyDecimals(inflation, onePlus(decimalFromNumber(t.preservationTolerance), -1));
  const near = multiplyDecimals(level, nearMissFactor(t.nearMiss));
  const real = Number(divideHalfEven(BigInt(m.returned) * pow10(inflation.scale), inflation.units));
  const p = {
    real: money(real),
    previous: money(m.previousReturned),
    inflation: percent(annualInflation),
    tolerance: percent(t.preservationTolerance),
  };
  const reasons: ObjectiveReason[] = [];
  if (!m.hasReturns)
    reasons.push(reason('no_returns_yet', 'No return recorded in the last twelve months yet'));
  const said = `Real return ${p.real} (inflation ${p.inflation}) against last year's ${p.previous}`;
  if (atLeast(m.returned, m.previousReturned, level))
    return {
      status: 'on_track',
      reasons: [...reasons, reason('real_return_held', `${said}: held within ${p.tolerance}`, p)],
    };
  if (atLeast(m.returned, m.previousReturned, near)) {
    const slipping = reason('real_return_slipping', `${said}: fell more than ${p.tolerance}`, p);
    return { status: 'at_risk', reasons: [...reasons, slipping] };
  }
  const fell = reason('real_return_fell', `${said}: fell well beyond ${p.tolerance}`, p);
  return { status: 'off_track', reasons: [...reasons, fell] };
}

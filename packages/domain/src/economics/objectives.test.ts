import { describe, expect, it } from 'vitest';
import { costRates } from './cost-rates';
import { buildLedger } from './ledger';
import { money } from './money';
import { assessObjective, type ObjectiveMeasures, objectiveMeasures } from './objectives';
import { exchangeRates } from './rates';
import { resolveTargets, defaultObjectiveTargets as targets } from './settings';

// 1 000.00 USD invested over the trailing year; 1 000.00 returned the year before.
const base: ObjectiveMeasures = {
  currency: 'USD',
  invested: 100000,
  returned: 120000,
  hasReturns: true,
  previousReturned: 100000,
  previousHasReturns: true,
  valueScore: 0,
  valueEvents: 0,
};
const judge = (
  objective: 'growth' | 'preservation' | 'image',
  m: Partial<ObjectiveMeasures>,
  inflation = 0,
) => assessObjective(objective, { ...base, ...m }, targets, inflation);
const codes = (a: { reasons: { code: string }[] }) => a.reasons.map((r) => r.code);

describe('growth: ROI ≥ 1.2 and growing year over year', () => {
  it('is on track exactly at the target while growing', () => {
    const a = judge('growth', { returned: 120000 });
    expect(a.status).toBe('on_track');
    expect(codes(a)).toEqual(['roi_on_target', 'return_growing']);
    expect(a.reasons[0]?.message).toBe('ROI multiple 1.2 meets the target 1.2');
    expect(a.reasons[1]?.message).toBe('Return grew year over year: 1200.00 USD against 1000.00 USD');
  });

  it('is at risk one cent below the target, and off track more than 10% below (1.08)', () => {
    expect(judge('growth', { returned: 119999 })).toMatchObject({ status: 'at_risk' });
    expect(codes(judge('growth', { returned: 119999 }))[0]).toBe('roi_near_target');
    expect(judge('growth', { returned: 108000 }).status).toBe('at_risk');
    expect(judge('growth', { returned: 107999 }).status).toBe('off_track');
    expect(codes(judge('growth', { returned: 107999 }))[0]).toBe('roi_below_target');
  });

  it('is at risk on target but flat, and off track just below target and flat', () => {
    const flat = { previousReturned: 120000 };
    expect(judge('growth', { ...flat, returned: 120000 }).status).toBe('at_risk');
    expect(codes(judge('growth', { ...flat, returned: 120000 }))).toEqual([
      'roi_on_target',
      'return_not_growing',
    ]);
    expect(judge('growth', { previousReturned: 119999, returned: 120000 }).status).toBe('on_track');
    expect(judge('growth', { previousReturned: 119999, returned: 119999 }).status).toBe('off_track');
  });

  it('judges a young account on ROI alone, saying growth is not judged yet', () => {
    const young = judge('growth', { previousReturned: 0, previousHasReturns: false });
    expect(young.status).toBe('on_track');
    expect(codes(young)).toEqual(['roi_on_target', 'no_prior_year_return']);
  });

  it('gives a reason, not a crash, when nothing was invested or nothing came back yet', () => {
    expect(judge('growth', { invested: 0 })).toMatchObject({ status: 'at_risk' });
    expect(codes(judge('growth', { invested: 0 }))[0]).toBe('no_investment');
    const noReturn = judge('growth', {
      returned: 0,
      hasReturns: false,
      previousReturned: 0,
      previousHasReturns: false,
    });
    expect(noReturn.status).toBe('at_risk');
    expect(codes(noReturn)).toEqual(['no_returns_yet', 'no_prior_year_return']);
  });

  it("uses the account's own target over the workspace default", () => {
    const own = resolveTargets(targets, { roiTarget: 1.5, nearMiss: null });
    expect(own).toEqual({ ...targets, roiTarget: 1.5 });
    expect(assessObjective('growth', { ...base, returned: 149999 }, own, 0).status).toBe('at_risk');
    expect(assessObjective('growth', { ...base, returned: 150000 }, own, 0).status).toBe('on_track');
  });
});

describe('preservation: real return ≥ last year × (1 − 5%)', () => {
  // Inflation 4%: the level is 1 000.00 × 1.04 × 0.95 = 988.00 nominal; at risk down to 988.00 × 0.9 = 889.20.
  it('holds exactly at the level and slips one cent below', () => {
    const held = judge('preservation', { returned: 98800 }, 0.04);
    expect(held.status).toBe('on_track');
    expect(held.reasons).toEqual([
      {
        code: 'real_return_held',
        message: "Real return 950.00 USD (inflation 4%) against last year's 1000.00 USD: held within 5%",
        params: { real: '950.00 USD', previous: '1000.00 USD', inflation: '4%', tolerance: '5%' },
      },
    ]);
    expect(judge('preservation', { returned: 98799 }, 0.04).status).toBe('at_risk');
    expect(codes(judge('preservation', { returned: 98799 }, 0.04))).toEqual(['real_return_slipping']);
    expect(judge('preservation', { returned: 88920 }, 0.04).status).toBe('at_risk');
    expect(judge('preservation', { returned: 88919 }, 0.04).status).toBe('off_track');
  });

  it('adjusts for inflation: the same nominal return is a loss in real terms', () => {
    // 1 000.00 both years. Without inflation: held. With 10%: real 909.09 < 950.00 → slipping.
    expect(judge('preservation', { returned: 100000 }, 0).status).toBe('on_track');
    const inflated = judge('preservation', { returned: 100000 }, 0.1);
    expect(inflated.status).toBe('at_risk');
    expect(inflated.reasons[0]?.params.real).toBe('909.09 USD');
    // Zero inflation, 5% tolerance: 950.00 holds, 949.99 does not.
    expect(judge('preservation', { returned: 95000 }, 0).status).toBe('on_track');
    expect(judge('preservation', { returned: 94999 }, 0).status).toBe('at_risk');
  });

  it('explains when there is no level to preserve', () => {
    expect(codes(judge('preservation', { previousReturned: 0, previousHasReturns: false }))).toEqual([
      'no_prior_year_return',
    ]);
    const loss = judge('preservation', { previousReturned: -5000 });
    expect(loss.status).toBe('at_risk');
    expect(codes(loss)).toEqual(['no_level_to_preserve']);
    const nothingNow = judge('preservation', { returned: 0, hasReturns: false });
    expect(nothingNow.status).toBe('off_track');
    expect(codes(nothingNow)).toEqual(['no_returns_yet', 'real_return_fell']);
  });
});

describe('image: value score ≥ target; ROI below 1 is no failure', () => {
  it('is on track at the target even with a ROI of 0.4, and says why that is fine', () => {
    const a = judge('image', { valueScore: 10, valueEvents: 3, returned: 40000 });
    expect(a.status).toBe('on_track');
    expect(codes(a)).toEqual(['value_score_on_target', 'roi_below_one_expected']);
    expect(a.reasons[1]?.message).toBe(
      'ROI multiple 0.4 is below 1: expected for an image account, not a failure',
    );
  });

  it('is at risk within 10% below the target and off track beyond', () => {
    expect(judge('image', { valueScore: 9, valueEvents: 2 }).status).toBe('at_risk');
    expect(judge('image', { valueScore: 8, valueEvents: 2 }).status).toBe('off_track');
    expect(codes(judge('image', { valueScore: 8, valueEvents: 2 }))).toEqual(['value_score_below_target']);
    expect(codes(judge('image', { valueScore: 0, valueEvents: 0, invested: 0 }))).toEqual([
      'no_value_events',
    ]);
  });
});

describe('objectiveMeasures', () => {
  it('reads the trailing year and the one before from the ledger', () => {
    const rates = exchangeRates('USD', []);
    const costs = costRates({
      person: [],
      role: [],
      workspace: [{ from: '2020-01-01', hourly: money(10000, 'USD') }],
    });
    const ledger = buildLedger(
      {
        investments: [{ kind: 'labor', date: '2025-06-10', personId: 'p', role: null, hours: 10 }],
        returns: [
          { month: '2024-06', kind: 'revenue', money: money(90000, 'USD') },
          { month: '2025-06', kind: 'revenue', money: money(120000, 'USD') },
        ],
        valueEvents: [{ kind: 'referral', date: '2025-07-01', score: 4, moneyEquivalent: null }],
      },
      rates,
      costs,
    );
    const m = objectiveMeasures(ledger, '2025-12-31', 'revenue');
    expect(m).toEqual({
      currency: 'USD',
      invested: 100000,
      returned: 120000,
      hasReturns: true,
      previousReturned: 90000,
      previousHasReturns: true,
      valueScore: 4,
      valueEvents: 1,
    });
    expect(assessObjective('growth', m, targets, 0).status).toBe('on_track');
  });
});

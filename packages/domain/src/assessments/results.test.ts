import { describe, expect, it } from 'vitest';
import { type AssessmentScores, averageLevel, levelChanges, managerCriteria } from './criteria';
import { type ManagedAccountFacts, managerResults } from './results';

const account = (over: Partial<ManagedAccountFacts> & { name: string }): ManagedAccountFacts => ({
  accountId: over.name.toLowerCase(),
  objective: 'growth',
  heldDays: 181,
  status: null,
  figures: null,
  cementStart: null,
  cementEnd: null,
  ...over,
});

describe('an account manager results over a period, on a hand-worked portfolio', () => {
  // Amounts in base minor units.
  const portfolio = [
    account({
      name: 'Albion',
      status: 'on_track',
      figures: { invested: 100_000, returned: 150_000, previousInvested: 100_000, previousReturned: 110_000 },
      cementStart: 0.5,
      cementEnd: 0.75,
    }),
    account({
      name: 'Nordlicht',
      objective: 'preservation',
      status: 'at_risk',
      figures: { invested: 50_000, returned: 40_000, previousInvested: 50_000, previousReturned: 60_000 },
      cementStart: 0.6,
      cementEnd: 0.5,
    }),
    // A missing exchange rate: judged, but no figures; no contacts on the map.
    account({ name: 'Meridian', objective: 'image', status: 'off_track' }),
    account({
      name: 'Delta',
      figures: { invested: 0, returned: 10_000, previousInvested: 0, previousReturned: 0 },
      cementStart: 0.2,
      cementEnd: 0.4,
    }),
  ];

  it('counts objective statuses, pools ROI and averages cement', () => {
    const r = managerResults(portfolio);
    expect(r.accounts).toBe(4);
    // 1 on track of 3 judged (Delta is not judged): 1/3.
    expect(r.objectives).toEqual({ onTrack: 1, atRisk: 1, offTrack: 1, notJudged: 1, metShare: 0.3333 });
    // Period: invested 100 000 + 50 000 + 0 = 150 000; returned 150 000 + 40 000 + 10 000 = 200 000
    //   → 200 000 / 150 000 = 1.3333.
    // Before: invested 150 000; returned 110 000 + 60 000 + 0 = 170 000 → 1.1333. Change +0.2: up.
    expect(r.roi).toEqual({
      invested: 150_000,
      returned: 200_000,
      multiple: 1.3333,
      previousInvested: 150_000,
      previousReturned: 170_000,
      previousMultiple: 1.1333,
      change: 0.2,
      trend: 'up',
      accountsCounted: 3,
    });
    // Cement over Albion, Nordlicht, Delta: start (0.5 + 0.6 + 0.2) / 3 = 0.4333, end (0.75 + 0.5 + 0.4) / 3
    // = 0.55, change 0.1167: up.
    expect(r.cement).toEqual({ start: 0.4333, end: 0.55, change: 0.1167, trend: 'up', accountsCounted: 3 });
  });

  it('says plainly what is not measured yet', () => {
    const r = managerResults(portfolio);
    expect(r.problemsResolved).toEqual({
      measured: false,
      reason: 'Not yet measured: client problems are not recorded in Vested yet',
    });
    expect(r.opportunitiesWon.measured).toBe(false);
  });

  it('a change within 0.05 is flat; no figures at all is unknown', () => {
    const flat = managerResults([
      account({
        name: 'Flat',
        figures: { invested: 100, returned: 125, previousInvested: 100, previousReturned: 120 },
        cementStart: 0.5,
        cementEnd: 0.45,
      }),
    ]);
    expect(flat.roi).toMatchObject({ multiple: 1.25, previousMultiple: 1.2, change: 0.05, trend: 'flat' });
    expect(flat.cement).toMatchObject({ change: -0.05, trend: 'flat' });
    const down = managerResults([
      account({
        name: 'Down',
        figures: { invested: 100, returned: 100, previousInvested: 100, previousReturned: 130 },
      }),
    ]);
    expect(down.roi.trend).toBe('down');
    const none = managerResults([]);
    expect(none.roi).toMatchObject({ multiple: null, change: null, trend: 'unknown', accountsCounted: 0 });
    expect(none.cement).toMatchObject({ start: null, trend: 'unknown' });
    expect(none.objectives.metShare).toBeNull();
  });
});

describe('assessment scores', () => {
  const scores = (levels: number[]): AssessmentScores =>
    Object.fromEntries(
      managerCriteria.map((c, i) => [c, { level: levels[i]!, evidence: 'seen' }]),
    ) as AssessmentScores;

  it('averages the eight criteria equally and shows the movement between two assessments', () => {
    // (4 + 3 + 5 + 4 + 2 + 3 + 4 + 5) / 8 = 30 / 8 = 3.75
    const first = scores([4, 3, 5, 4, 2, 3, 4, 5]);
    expect(averageLevel(first)).toBe(3.75);
    // (4 + 4 + 5 + 4 + 3 + 3 + 4 + 4) / 8 = 31 / 8 = 3.875 → 3.88
    const second = scores([4, 4, 5, 4, 3, 3, 4, 4]);
    expect(averageLevel(second)).toBe(3.88);
    expect(levelChanges(first, second)).toEqual({
      listening: 0,
      asking_questions: 1,
      foreseeing_problems: 0,
      managing_expectations: 0,
      leading_team: 1,
      presenting_services: 0,
      services_knowledge: 0,
      experience: -1,
    });
  });
});

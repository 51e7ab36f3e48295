import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cementFromCounts } from './cement';
import { coverageGaps, type OwnerFacts } from './coverage';
import { csatFromCounts, npsFromCounts, type PulseAnswer } from './scores';
import { coverageFacts, gapCountOn, summarizeAccount, trendOn } from './summary';
import { cementTrend, lastMonths } from './trends';
import { attitudes, type ContactFacts, type DecisionRole, decisionRoles, type Reading } from './vocabulary';

const d0 = '2026-06-15';
const contact = (id: string, more: Partial<ContactFacts>): ContactFacts => ({
  id,
  decisionRole: 'user',
  influence: 1,
  interest: 3,
  attitude: 'neutral',
  status: 'active',
  leftOn: null,
  addedOn: '2026-01-01',
  ...more,
});

/**
 * A small account worked by hand, summarized on 2026-06-15:
 * | contact | role           | infl. | weight | latest reading  | owner (last touch) | pulse answers (oldest first) |
 * | dm      | decision_maker | 5     | 15     | 4 on 03-01      | P1 (05-10)         | 3 / csat 2                   |
 * | eb      | economic_buyer | 4     | 12     | —               | —                  |                              |
 * | u1      | user, champion | 1     | 1      | 9 on 06-10      | P1 (06-01)         | 9/5, then 10/4               |
 * | u2      | user, left 05-01| 1    | 1      | 10 on 04-01     |                    | 10 (left: not counted)       |
 * cement: 1 satisfied (u1) of 3 active = 1/3; weighted 1 / (15 + 12 + 1) = 1/28.
 * NPS: u1 10 (promoter), dm 3 (detractor) → 50 % − 50 % = 0.  CSAT: u1 4, dm 2 → 1 of 2.
 * gaps, fixed: eb has no owner; every owned contact is P1's (single-threaded) → 2; u1 is a champion.
 * calendar: last touches dm 05-10, eb never; last readings dm 03-01, eb never.
 */
const contacts = [
  contact('dm', { decisionRole: 'decision_maker', influence: 5 }),
  contact('eb', { decisionRole: 'economic_buyer', influence: 4 }),
  contact('u1', { attitude: 'champion' }),
  contact('u2', { status: 'left', leftOn: '2026-05-01' }),
];
const readings: Reading[] = [
  { contactId: 'dm', takenOn: '2026-03-01', score: 4 },
  { contactId: 'u2', takenOn: '2026-04-01', score: 10 },
  { contactId: 'u1', takenOn: '2026-06-10', score: 9 },
];
const owners: OwnerFacts[] = [
  { contactId: 'dm', personId: 'P1', lastTouchOn: '2026-05-10' },
  { contactId: 'u1', personId: 'P1', lastTouchOn: '2026-06-01' },
];
const answers: PulseAnswer[] = [
  { contactId: 'u1', nps: 9, csat: 5 },
  { contactId: 'u2', nps: 10, csat: null },
  { contactId: 'dm', nps: 3, csat: 2 },
  { contactId: 'u1', nps: 10, csat: 4 },
];

describe('account summary for the portfolio', () => {
  const summary = summarizeAccount(contacts, readings, owners, answers, d0);

  it('holds the hand-worked cement, NPS and CSAT', () => {
    expect(summary.counts).toEqual({
      active: 3,
      withReading: 2,
      satisfied: 1,
      weight: 28,
      weightSatisfied: 1,
    });
    const c = cementFromCounts(summary.counts);
    expect(c.share).toBeCloseTo(1 / 3, 12);
    expect(c.weightedShare).toBeCloseTo(1 / 28, 12);
    expect(summary.nps).toEqual({ answers: 2, promoters: 1, passives: 0, detractors: 1, score: 0 });
    expect(summary.csat).toEqual({ answers: 2, satisfied: 1, share: 0.5 });
  });

  it('keeps the calendar gaps as dates and counts them on the day asked', () => {
    expect(summary.coverage).toEqual({
      fixed: 2,
      deciderLastTouch: ['2026-05-10', null],
      deciderLastReading: ['2026-03-01', null],
    });
    // On 06-15: dm touched 36 days ago (fine), eb never (gap); dm read 106 days ago (gap), eb never (gap).
    expect(gapCountOn(summary.coverage, d0)).toBe(5);
    // dm's touch is 45 days old on 06-24 (still covered) and 46 on 06-25 (a gap).
    expect(gapCountOn(summary.coverage, '2026-06-24')).toBe(5);
    expect(gapCountOn(summary.coverage, '2026-06-25')).toBe(6);
    expect(coverageGaps(contacts, owners, readings, '2026-06-25')).toHaveLength(6);
  });

  it('works out the trend of a later day: stored months, then the map as it stands', () => {
    const trend = trendOn(summary, '2026-08-20');
    expect(trend.map((p) => p.month)).toEqual(lastMonths('2026-08-20', 12));
    const byMonth = Object.fromEntries(trend.map((p) => [p.month, p]));
    // April: u2 still there with a 10; dm 4 → 1 of 4, weighted 1 / 29.
    expect(byMonth['2026-04']).toMatchObject({ asOf: '2026-04-30', active: 4, satisfied: 1, share: 0.25 });
    expect(byMonth['2026-04']!.weightedShare).toBeCloseTo(1 / 29, 12);
    // May: u2 gone, u1 not yet read → 0 of 3.
    expect(byMonth['2026-05']).toMatchObject({ asOf: '2026-05-31', active: 3, satisfied: 0, share: 0 });
    // From June on, nothing changed: today's 1 of 3, dated at the month end or today.
    expect(byMonth['2026-07']).toMatchObject({ asOf: '2026-07-31', active: 3, satisfied: 1 });
    expect(byMonth['2026-08']).toMatchObject({ asOf: '2026-08-20', active: 3, satisfied: 1 });
    expect(trend).toEqual(cementTrend(contacts, readings, lastMonths('2026-08-20', 12), '2026-08-20'));
  });

  it('adds up across accounts: every contact and every answer weighs the same in the totals', () => {
    // Account A: 1 promoter, 1 detractor; account B: 2 promoters, 0 detractors, 1 passive → 3 − 1 of 5 = 40.
    const total = npsFromCounts({ promoters: 1 + 2, passives: 0 + 1, detractors: 1 + 0 });
    expect(total).toEqual({ answers: 5, promoters: 3, passives: 1, detractors: 1, score: 40 });
    expect(csatFromCounts({ answers: 2 + 3, satisfied: 1 + 3 }).share).toBe(0.8);
  });
});

// --- properties: a summary made on one day answers like the full rules on any later day ----------------

const base = Date.UTC(2025, 0, 1);
const dayOf = (offset: number) => new Date(base + offset * 86_400_000).toISOString().slice(0, 10);
const D0 = 500; // 2026-05-16

const world = fc
  .record({
    contacts: fc.array(
      fc.record({
        role: fc.constantFrom<DecisionRole | null>(null, ...decisionRoles),
        influence: fc.integer({ min: 1, max: 5 }),
        attitude: fc.constantFrom(...attitudes),
        added: fc.integer({ min: 0, max: D0 }),
        left: fc.option(fc.integer({ min: 0, max: D0 })),
      }),
      { maxLength: 8 },
    ),
    readings: fc.array(
      fc.record({
        who: fc.nat(),
        day: fc.integer({ min: 0, max: D0 }),
        score: fc.integer({ min: 0, max: 10 }),
      }),
      { maxLength: 20 },
    ),
    owners: fc.array(
      fc.record({
        who: fc.nat(),
        person: fc.constantFrom('p1', 'p2', 'p3'),
        touched: fc.option(fc.integer({ min: 0, max: D0 })),
      }),
      { maxLength: 10 },
    ),
    later: fc.integer({ min: 0, max: 500 }),
    touchDays: fc.integer({ min: 1, max: 120 }),
    readingDays: fc.integer({ min: 1, max: 200 }),
  })
  .map((w) => {
    const cs: ContactFacts[] = w.contacts.map((c, i) => ({
      id: `c${i}`,
      decisionRole: c.role,
      influence: c.influence,
      interest: 3,
      attitude: c.attitude,
      status: c.left === null ? 'active' : 'left',
      leftOn: c.left === null ? null : dayOf(Math.max(c.left, c.added)),
      addedOn: dayOf(c.added),
    }));
    const pick = (n: number) => `c${n % Math.max(1, cs.length)}`;
    return {
      ...w,
      cs,
      rs: w.readings.map((r) => ({ contactId: pick(r.who), takenOn: dayOf(r.day), score: r.score })),
      os: w.owners.map((o) => ({
        contactId: pick(o.who),
        personId: o.person,
        lastTouchOn: o.touched === null ? null : dayOf(o.touched),
      })),
    };
  });

describe('account summary properties', () => {
  it('counts the same gaps on any later day as coverageGaps does', () => {
    fc.assert(
      fc.property(world, (w) => {
        const d1 = dayOf(D0 + w.later);
        const opts = { touchDays: w.touchDays, readingDays: w.readingDays };
        const facts = coverageFacts(w.cs, w.os, w.rs, dayOf(D0));
        expect(gapCountOn(facts, d1, opts)).toBe(coverageGaps(w.cs, w.os, w.rs, d1, opts).length);
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same monthly trend on any later day as cementTrend does', () => {
    fc.assert(
      fc.property(world, (w) => {
        const d1 = dayOf(D0 + w.later);
        const summary = summarizeAccount(w.cs, w.rs, w.os, [], dayOf(D0));
        expect(trendOn(summary, d1)).toEqual(cementTrend(w.cs, w.rs, lastMonths(d1, 12), d1));
      }),
      { numRuns: 400 },
    );
  });
});

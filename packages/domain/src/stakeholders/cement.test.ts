import { describe, expect, it } from 'vitest';
import { cement, contactWeight, latestReadings } from './cement';
import type { ContactFacts, DecisionRole, Reading } from './vocabulary';

const today = '2026-06-15';
function contact(
  id: string,
  decisionRole: DecisionRole | null,
  influence: number,
  more: Partial<ContactFacts> = {},
) {
  return {
    id,
    decisionRole,
    influence,
    interest: 3,
    attitude: 'neutral',
    status: 'active',
    leftOn: null,
    addedOn: '2026-01-01',
    ...more,
  } satisfies ContactFacts as ContactFacts;
}

/**
 * The hand-worked account: 12 contacts, one unhappy decision maker among happy users.
 *
 * | contact | role                | influence | weight (influence × factor) | latest score | satisfied |
 * | dm      | decision_maker      | 5         | 5 × 3 = 15                  | 3            | no        |
 * | eb      | economic_buyer      | 4         | 4 × 3 = 12                  | 8            | yes       |
 * | inf     | influencer          | 3         | 3 × 2 = 6                   | 7 (boundary) | yes       |
 * | tech    | technical_evaluator | 2         | 2 × 1 = 2                   | 9            | yes       |
 * | u1..u8  | user                | 1         | 1 each = 8                  | 8 9 7 10 8 7 9 6 | 7 yes, u8 no |
 *
 * cement = 10 satisfied / 12 active = 0.8333…
 * weighted = (12 + 6 + 2 + 7) / (15 + 12 + 6 + 2 + 8) = 27 / 43 = 0.6279…
 */
const contacts: ContactFacts[] = [
  contact('dm', 'decision_maker', 5),
  contact('eb', 'economic_buyer', 4),
  contact('inf', 'influencer', 3),
  contact('tech', 'technical_evaluator', 2),
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((i) => contact(`u${i}`, 'user', 1)),
];
const userScores = [8, 9, 7, 10, 8, 7, 9, 6];
const readings: Reading[] = [
  // The decision maker was happy in spring and is not any more: only the latest reading counts.
  { contactId: 'dm', takenOn: '2026-03-10', score: 9 },
  { contactId: 'dm', takenOn: '2026-05-20', score: 3 },
  { contactId: 'eb', takenOn: '2026-05-01', score: 8 },
  { contactId: 'inf', takenOn: '2026-05-02', score: 7 },
  { contactId: 'tech', takenOn: '2026-05-03', score: 9 },
  ...userScores.map((score, i) => ({ contactId: `u${i + 1}`, takenOn: '2026-04-15', score })),
];

describe('cement', () => {
  it('on the hand-worked account of 12 the weighted figure shows the unhappy decision maker', () => {
    const c = cement(contacts, readings, today);
    expect(c).toMatchObject({ active: 12, withReading: 12, satisfied: 10 });
    expect(c.share).toBeCloseTo(10 / 12, 10);
    expect(c.weightedShare).toBeCloseTo(27 / 43, 10);
    expect(c.share! - c.weightedShare!).toBeGreaterThan(0.2);
  });

  it('weights are influence × role factor (decision centre ×3, sway ×2, others ×1, unknown ×1)', () => {
    expect(contactWeight({ influence: 5, decisionRole: 'decision_maker' })).toBe(15);
    expect(contactWeight({ influence: 4, decisionRole: 'economic_buyer' })).toBe(12);
    expect(contactWeight({ influence: 3, decisionRole: 'blocker' })).toBe(6);
    expect(contactWeight({ influence: 2, decisionRole: 'gatekeeper' })).toBe(2);
    expect(contactWeight({ influence: 2, decisionRole: null })).toBe(2);
  });

  it('uses the satisfied threshold given: at 8, inf (7) and two users (7, 7) drop out', () => {
    const c = cement(contacts, readings, today, 8);
    expect(c.satisfied).toBe(7);
    expect(c.weightedShare).toBeCloseTo((12 + 2 + 5) / 43, 10);
  });

  it('counts an active contact without a reading as not satisfied (the cement is not there yet)', () => {
    const c = cement([...contacts, contact('new', 'user', 1)], readings, today);
    expect(c).toMatchObject({ active: 13, withReading: 12, satisfied: 10 });
    expect(c.share).toBeCloseTo(10 / 13, 10);
  });

  it('has no figure for an account without active contacts', () => {
    expect(cement([], [], today)).toEqual({
      active: 0,
      withReading: 0,
      satisfied: 0,
      share: null,
      weightedShare: null,
    });
  });

  it('a contact who left drops out of current figures but keeps their history', () => {
    const left = contacts.map((c) =>
      c.id === 'dm' ? { ...c, status: 'left' as const, leftOn: '2026-06-01' } : c,
    );
    const now = cement(left, readings, today);
    expect(now).toMatchObject({ active: 11, satisfied: 10 });
    expect(now.weightedShare).toBeCloseTo(27 / 28, 10);
    // On the last day before leaving, the unhappy decision maker still counts.
    const before = cement(left, readings, '2026-05-31');
    expect(before).toMatchObject({ active: 12, satisfied: 10 });
    expect(before.weightedShare).toBeCloseTo(27 / 43, 10);
  });

  it('reads the latest reading as of a day, ignoring later ones', () => {
    const asOfApril = latestReadings(readings, '2026-04-30');
    expect(asOfApril.get('dm')?.score).toBe(9);
    expect(asOfApril.has('eb')).toBe(false);
  });
});

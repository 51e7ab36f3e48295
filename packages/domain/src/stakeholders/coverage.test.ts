import { describe, expect, it } from 'vitest';
import { ageInDays, type CoverageGap, coverageGaps, type OwnerFacts } from './coverage';
import type { ContactFacts, Reading } from './vocabulary';

const today = '2026-06-15';
const base: ContactFacts = {
  id: 'x',
  decisionRole: 'user',
  influence: 3,
  interest: 3,
  attitude: 'neutral',
  status: 'active',
  leftOn: null,
  addedOn: '2026-01-01',
};
const dm: ContactFacts = { ...base, id: 'dm', decisionRole: 'decision_maker' };
const eb: ContactFacts = { ...base, id: 'eb', decisionRole: 'economic_buyer' };
const fan: ContactFacts = { ...base, id: 'fan', attitude: 'champion' };
const kinds = (gaps: CoverageGap[]) => gaps.map((g) => g.kind);

// 45 days before 2026-06-15 is 2026-05-01; 90 days before is 2026-03-17.
const fresh = (contactId: string): Reading => ({ contactId, takenOn: '2026-06-01', score: 8 });
const owner = (
  contactId: string,
  personId: string,
  lastTouchOn: string | null = '2026-06-10',
): OwnerFacts => ({
  contactId,
  personId,
  lastTouchOn,
});

describe('coverage gaps', () => {
  it('finds nothing on a well covered account', () => {
    const gaps = coverageGaps(
      [dm, eb, fan],
      [owner('dm', 'p1'), owner('eb', 'p2')],
      [fresh('dm'), fresh('eb')],
      today,
    );
    expect(gaps).toEqual([]);
  });

  it('a decision maker or economic buyer with no owner on our side', () => {
    const gaps = coverageGaps(
      [dm, eb, fan],
      [owner('dm', 'p1'), owner('fan', 'p2')],
      [fresh('dm'), fresh('eb')],
      today,
    );
    expect(gaps).toEqual([
      { kind: 'decider_without_owner', contactId: 'eb' },
      { kind: 'decider_not_touched', contactId: 'eb', lastTouchOn: null, days: null },
    ]);
  });

  it('no touch in 45 days by default: exactly 45 days is covered, 46 is a gap; the latest owner counts', () => {
    const at = (d: string) =>
      coverageGaps([dm, fan], [owner('dm', 'p1', '2026-01-01'), owner('dm', 'p2', d)], [fresh('dm')], today);
    expect(ageInDays('2026-05-01', today)).toBe(45);
    expect(at('2026-05-01')).toEqual([]);
    expect(at('2026-04-30')).toEqual([
      { kind: 'decider_not_touched', contactId: 'dm', lastTouchOn: '2026-04-30', days: 46 },
    ]);
    const custom = coverageGaps(
      [dm, fan],
      [owner('dm', 'p1', '2026-06-01'), owner('fan', 'p2')],
      [fresh('dm')],
      today,
      {
        touchDays: 10,
      },
    );
    expect(kinds(custom)).toEqual(['decider_not_touched']);
  });

  it('no reading in 90 days by default: 90 days is covered, 91 is a gap, none at all is a gap', () => {
    const at = (takenOn: string) =>
      coverageGaps(
        [dm, fan],
        [owner('dm', 'p1'), owner('fan', 'p2')],
        [{ contactId: 'dm', takenOn, score: 9 }],
        today,
      );
    expect(at('2026-03-17')).toEqual([]);
    expect(at('2026-03-16')).toEqual([
      { kind: 'decider_without_reading', contactId: 'dm', lastReadingOn: '2026-03-16', days: 91 },
    ]);
    expect(kinds(coverageGaps([dm, fan], [owner('dm', 'p1'), owner('fan', 'p2')], [], today))).toEqual([
      'decider_without_reading',
    ]);
  });

  it('an account with no champion; a coach by decision role counts as one', () => {
    const users = [dm, { ...base, id: 'u', attitude: 'supporter' as const }];
    const owners = [owner('dm', 'p1'), owner('u', 'p2')];
    expect(kinds(coverageGaps(users, owners, [fresh('dm')], today))).toEqual(['no_champion']);
    const coach = { ...base, id: 'coach', decisionRole: 'champion' as const };
    expect(coverageGaps([...users, coach], owners, [fresh('dm')], today)).toEqual([]);
    // A champion who left is no champion any more.
    const gone = { ...fan, status: 'left' as const, leftOn: '2026-06-01' };
    expect(kinds(coverageGaps([...users, gone], owners, [fresh('dm')], today))).toEqual(['no_champion']);
  });

  it('a relationship resting on one of our people only', () => {
    const gaps = coverageGaps([dm, fan], [owner('dm', 'p1'), owner('fan', 'p1')], [fresh('dm')], today);
    expect(gaps).toEqual([{ kind: 'single_threaded', personId: 'p1' }]);
  });

  it('ignores contacts who left: a departed decision maker leaves no gap', () => {
    const goneDm = { ...dm, status: 'left' as const, leftOn: '2026-05-01' };
    expect(
      coverageGaps([goneDm, fan, eb], [owner('eb', 'p1'), owner('fan', 'p2')], [fresh('eb')], today),
    ).toEqual([]);
  });
});

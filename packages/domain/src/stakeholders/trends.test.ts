import { describe, expect, it } from 'vitest';
import { cementTrend, lastMonths, monthEnd } from './trends';
import type { ContactFacts, Reading } from './vocabulary';

const c = (id: string, more: Partial<ContactFacts> = {}): ContactFacts => ({
  id,
  decisionRole: 'user',
  influence: 1,
  interest: 1,
  attitude: 'neutral',
  status: 'active',
  leftOn: null,
  addedOn: '2026-01-05',
  ...more,
});

describe('monthly trends', () => {
  it('knows month ends and the last months up to today', () => {
    expect(monthEnd('2026-02')).toBe('2026-02-28');
    expect(monthEnd('2024-02')).toBe('2024-02-29');
    expect(monthEnd('2025-12')).toBe('2025-12-31');
    expect(lastMonths('2026-02-10', 3)).toEqual(['2025-12', '2026-01', '2026-02']);
  });

  it('takes the latest reading as of each month end, over the contacts on the map then', () => {
    // a: 5 in Jan, 8 in Mar.  b: 9 in Feb, left on 2026-04-10.  d: decision maker (weight 3×5) added in March, 4.
    const contacts = [
      c('a'),
      c('b', { status: 'left', leftOn: '2026-04-10' }),
      c('d', { decisionRole: 'decision_maker', influence: 5, addedOn: '2026-03-01' }),
    ];
    const readings: Reading[] = [
      { contactId: 'a', takenOn: '2026-01-20', score: 5 },
      { contactId: 'b', takenOn: '2026-02-03', score: 9 },
      { contactId: 'a', takenOn: '2026-03-31', score: 8 },
      { contactId: 'd', takenOn: '2026-03-15', score: 4 },
    ];
    const trend = cementTrend(contacts, readings, ['2026-01', '2026-02', '2026-03', '2026-04'], '2026-04-20');
    const rows = trend.map((p) => [p.month, p.asOf, p.active, p.satisfied, p.share, p.weightedShare]);
    expect(rows).toEqual([
      ['2026-01', '2026-01-31', 2, 0, 0, 0], // a 5, b none
      ['2026-02', '2026-02-28', 2, 1, 0.5, 0.5], // a 5, b 9
      ['2026-03', '2026-03-31', 3, 2, 2 / 3, 2 / 17], // a 8, b 9, d 4 (weight 15 of 17)
      ['2026-04', '2026-04-20', 2, 1, 0.5, 1 / 16], // b left on the 10th; as of today
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { type FirstResultInput, timeToFirstResult } from './first-result';

const input: FirstResultInput = {
  rule: 'follow_on_work',
  start: '2025-01-15',
  asOf: '2025-12-31',
  firstFollowOnWonOn: null,
  initialMonthlyLevel: 1_000_000, // 10 000.00 a month
  monthlyReturns: [],
};

describe('time to first result: first follow-on work won', () => {
  it('counts days from the start to the win', () => {
    expect(timeToFirstResult({ ...input, firstFollowOnWonOn: '2025-07-01' })).toEqual({
      reached: true,
      rule: 'follow_on_work',
      date: '2025-07-01',
      month: '2025-07',
      days: 167, // 16 days of January + Feb 28 + Mar 31 + Apr 30 + May 31 + Jun 30 + 1
    });
  });

  it('says why it is not reached yet, and how long it has been', () => {
    const none = timeToFirstResult(input);
    expect(none).toEqual({
      reached: false,
      rule: 'follow_on_work',
      reason: { code: 'no_follow_on_yet', message: 'No follow-on work won since the start yet' },
      daysSoFar: 350,
    });
    expect(timeToFirstResult({ ...input, firstFollowOnWonOn: '2026-01-05' }).reached).toBe(false);
    expect(timeToFirstResult({ ...input, firstFollowOnWonOn: '2024-12-01' }).reached).toBe(false);
  });
});

describe('time to first result: first month above the initial contract', () => {
  const rule = 'return_above_initial' as const;
  const monthlyReturns = [
    { month: '2024-12', amount: 5_000_000 }, // before the start month: not this account's result
    { month: '2025-01', amount: 1_000_000 }, // equal is not above
    { month: '2025-02', amount: 900_000 },
    { month: '2025-03', amount: 1_000_001 }, // one cent above
  ];

  it('is reached on the last day of the first month strictly above the level', () => {
    expect(timeToFirstResult({ ...input, rule, monthlyReturns })).toEqual({
      reached: true,
      rule,
      date: '2025-03-31',
      month: '2025-03',
      days: 75,
    });
  });

  it('waits for the month to end, and needs the level', () => {
    const early = timeToFirstResult({ ...input, rule, monthlyReturns, asOf: '2025-03-30' });
    expect(early).toMatchObject({
      reached: false,
      reason: { code: 'no_return_above_initial_yet' },
      daysSoFar: 74,
    });
    const noLevel = timeToFirstResult({ ...input, rule, monthlyReturns, initialMonthlyLevel: null });
    expect(noLevel).toMatchObject({ reached: false, reason: { code: 'no_initial_level' } });
  });
});

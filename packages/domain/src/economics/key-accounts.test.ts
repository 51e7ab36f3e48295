import { describe, expect, it } from 'vitest';
import type { AccountObjective, AccountTier } from '../roles';
import { keySlots, type PortfolioAccount, suggestKeyAccounts } from './key-accounts';

const account = (
  accountId: string,
  objective: AccountObjective,
  roiMultiple: number | null,
  valueScore = 0,
  decidedTier: AccountTier = 'regular',
): PortfolioAccount => ({ accountId, objective, roiMultiple, valueScore, decidedTier });
const keys = (ranked: { accountId: string; suggestedTier: AccountTier }[]) =>
  ranked.filter((r) => r.suggestedTier === 'key').map((r) => r.accountId);

describe('keySlots: ceil(ranked × share), exactly', () => {
  it('rounds up', () => {
    expect(keySlots(4, 0.25)).toBe(1);
    expect(keySlots(5, 0.25)).toBe(2);
    expect(keySlots(8, 0.25)).toBe(2);
    expect(keySlots(2, 0.25)).toBe(1);
    expect(keySlots(0, 0.25)).toBe(0);
    expect(keySlots(3, 1)).toBe(3);
    expect(keySlots(3, 0)).toBe(0);
  });

  it('does not let floating point add a slot (10 × 0.1 is 1, not 1.0000000000000002)', () => {
    expect(keySlots(10, 0.1)).toBe(1);
    expect(keySlots(100, 0.07)).toBe(7);
  });

  it('refuses a share outside 0–1', () => {
    expect(() => keySlots(4, 1.5)).toThrow(/0–1/);
    expect(() => keySlots(4, Number.NaN)).toThrow(/0–1/);
  });
});

describe('suggestKeyAccounts', () => {
  it('reproduces the article: 120 on 100 and 150 on 100, only the second suggested as key', () => {
    const portfolio = [
      account('returns-120', 'growth', 1.2),
      account('returns-150', 'growth', 1.5),
      account('holds-level', 'preservation', 1.05),
      account('young', 'growth', 0.4),
    ];
    const ranked = suggestKeyAccounts(portfolio);
    expect(keys(ranked)).toEqual(['returns-150']);
    expect(ranked.map((r) => [r.accountId, r.rank])).toEqual([
      ['returns-120', 2],
      ['returns-150', 1],
      ['holds-level', 3],
      ['young', 4],
    ]);
    expect(ranked[0]).toMatchObject({
      keySlots: 1,
      rankedInGroup: 4,
      measure: 1.2,
      suggestedTier: 'regular',
    });
    // The two alone: ceil(2 × 25%) = 1 slot, still only the 1.5 one.
    expect(keys(suggestKeyAccounts(portfolio.slice(0, 2)))).toEqual(['returns-150']);
  });

  it('admits every account tied with the last one admitted', () => {
    const tied = [
      account('a', 'growth', 2),
      account('b', 'growth', 1.5),
      account('c', 'growth', 1.5),
      account('d', 'growth', 1),
    ];
    const ranked = suggestKeyAccounts(tied, 0.5);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 2, 4]);
    expect(keys(ranked)).toEqual(['a', 'b', 'c']);
    const tiedFirst = [
      account('a', 'growth', 1.5),
      account('b', 'growth', 1.5),
      account('c', 'growth', 1),
      account('d', 'growth', 0.5),
    ];
    expect(keys(suggestKeyAccounts(tiedFirst))).toEqual(['a', 'b']);
  });

  it('ranks image accounts by value score among themselves, with their own top share', () => {
    const portfolio = [
      account('g1', 'growth', 1.5),
      account('g2', 'growth', 1.2),
      account('i1', 'image', 0.3, 12),
      account('i2', 'image', 0.2, 30),
      account('i3', 'image', 5, 5), // a high ROI does not matter for an image account
      account('i4', 'image', null, 8),
    ];
    const ranked = suggestKeyAccounts(portfolio);
    expect(keys(ranked)).toEqual(['g1', 'i2']);
    const i2 = ranked.find((r) => r.accountId === 'i2');
    expect(i2).toMatchObject({ group: 'image', measure: 30, rank: 1, rankedInGroup: 4, keySlots: 1 });
  });

  it('leaves an account without a defined ROI unranked and out of the count', () => {
    const ranked = suggestKeyAccounts([
      account('a', 'growth', 1.1),
      account('none', 'growth', null),
      account('b', 'growth', 1.3),
    ]);
    expect(ranked[1]).toMatchObject({
      accountId: 'none',
      rank: null,
      measure: null,
      suggestedTier: 'regular',
      rankedInGroup: 2,
    });
    expect(keys(ranked)).toEqual(['b']);
  });

  it("never changes the director's decision, only says whether it agrees", () => {
    const ranked = suggestKeyAccounts([
      account('a', 'growth', 1.2, 0, 'key'),
      account('b', 'growth', 1.5, 0, 'regular'),
    ]);
    expect(ranked.map((r) => [r.decidedTier, r.suggestedTier, r.agreesWithDecision])).toEqual([
      ['key', 'regular', false],
      ['regular', 'key', false],
    ]);
  });

  it('answers in the order given, image and financial accounts mixed (the portfolio reads it by position)', () => {
    const ranked = suggestKeyAccounts([
      account('img-low', 'image', null, 2),
      account('fin-low', 'growth', 0.8),
      account('img-high', 'image', null, 9),
      account('fin-none', 'preservation', null),
      account('fin-high', 'growth', 1.6),
    ]);
    // Financial: 1.6 first, 0.8 second, no ROI unranked; one slot of ceil(2 × 0.25). Image: 9 then 2.
    expect(ranked.map((r) => [r.accountId, r.group, r.rank, r.suggestedTier])).toEqual([
      ['img-low', 'image', 2, 'regular'],
      ['fin-low', 'financial', 2, 'regular'],
      ['img-high', 'image', 1, 'key'],
      ['fin-none', 'financial', null, 'regular'],
      ['fin-high', 'financial', 1, 'key'],
    ]);
  });
});

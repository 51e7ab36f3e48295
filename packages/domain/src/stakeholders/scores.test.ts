import { describe, expect, it } from 'vitest';
import { HIGH_FROM, quadrantOf } from './quadrant';
import { csat, nps, roundHalfAway } from './scores';

describe('NPS', () => {
  it('counts 9–10 as promoters, 7–8 as passives, 0–6 as detractors (the boundaries)', () => {
    expect(nps([10, 9, 8, 7, 6, 0])).toEqual({
      answers: 6,
      promoters: 2,
      passives: 2,
      detractors: 2,
      score: 0,
    });
    expect(nps([9]).score).toBe(100);
    expect(nps([8]).score).toBe(0);
    expect(nps([7]).score).toBe(0);
    expect(nps([6]).score).toBe(-100);
  });

  it('rounds half away from zero to an integer', () => {
    // 3 promoters, 1 detractor of 8 → 25; 1 promoter of 8 → 12.5 → 13; 1 detractor of 8 → −12.5 → −13
    expect(nps([9, 9, 9, 0, 7, 7, 7, 7]).score).toBe(25);
    expect(nps([10, 7, 7, 7, 7, 7, 7, 7]).score).toBe(13);
    expect(nps([5, 7, 7, 7, 7, 7, 7, 7]).score).toBe(-13);
    // 2 of 3 promoters → 66.67 → 67
    expect(nps([9, 10, 8]).score).toBe(67);
    expect(roundHalfAway(-0.5)).toBe(-1);
  });

  it('has no score without answers', () => {
    expect(nps([]).score).toBeNull();
  });
});

describe('CSAT', () => {
  it('is the share of 4 and 5 on the 1–5 scale', () => {
    expect(csat([5, 4, 3, 2, 1])).toEqual({ answers: 5, satisfied: 2, share: 0.4 });
    expect(csat([4]).share).toBe(1);
    expect(csat([3]).share).toBe(0);
    expect(csat([]).share).toBeNull();
  });
});

describe('power/interest quadrant', () => {
  it(`calls ${HIGH_FROM} and 5 high, 3 and below low`, () => {
    expect(quadrantOf(4, 4)).toBe('manage_closely');
    expect(quadrantOf(5, 5)).toBe('manage_closely');
    expect(quadrantOf(4, 3)).toBe('keep_satisfied');
    expect(quadrantOf(5, 1)).toBe('keep_satisfied');
    expect(quadrantOf(3, 4)).toBe('keep_informed');
    expect(quadrantOf(1, 5)).toBe('keep_informed');
    expect(quadrantOf(3, 3)).toBe('monitor');
    expect(quadrantOf(1, 1)).toBe('monitor');
  });
});

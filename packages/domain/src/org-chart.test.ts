import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wouldCreateCycle } from './org-chart';

describe('wouldCreateCycle', () => {
  // ceo <- cto <- lead <- dev
  const parents: Record<string, string | null> = { ceo: null, cto: 'ceo', lead: 'cto', dev: 'lead' };
  const parentOf = (n: string) => parents[n];

  it('refuses making a manager report to their own report', () => {
    expect(wouldCreateCycle('cto', 'dev', parentOf)).toBe(true);
    expect(wouldCreateCycle('ceo', 'ceo', parentOf)).toBe(true);
  });

  it('allows moving someone elsewhere in the tree or to the top', () => {
    expect(wouldCreateCycle('dev', 'cto', parentOf)).toBe(false);
    expect(wouldCreateCycle('lead', null, parentOf)).toBe(false);
  });

  it('on a chain, reports a loop exactly when the new parent sits below the moved node (property)', () => {
    // A chain n0 <- n1 <- ... <- n(k-1): re-parenting n_i under n_j closes a loop exactly when j >= i.
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.nat(), fc.nat(), (k, a, b) => {
        const i = a % k;
        const j = b % k;
        const chain = (n: string) => {
          const x = Number(n.slice(1));
          return x === 0 ? null : `n${x - 1}`;
        };
        return wouldCreateCycle(`n${i}`, `n${j}`, chain) === j >= i;
      }),
    );
  });
});

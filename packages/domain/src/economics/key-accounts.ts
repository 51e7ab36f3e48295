import type { AccountObjective, AccountTier } from '../roles';
import { decimalFromNumber, pow10 } from './decimal';
import { EconomicsError } from './errors';

/** What ranking needs of one account: trailing-12-month ROI multiple and value score. */
export type PortfolioAccount = {
  accountId: string;
  objective: AccountObjective;
  roiMultiple: number | null;
  valueScore: number;
  decidedTier: AccountTier;
};

/**
 * Growth and preservation accounts are ranked together by ROI multiple; image accounts are ranked
 * among themselves by value score. The two measures are not on one scale, and dividing each by its own
 * target would let an account earn "key" by having a modest target; so each group gets its own top share.
 */
export type RankGroup = 'financial' | 'image';

export type RankedAccount = {
  accountId: string;
  objective: AccountObjective;
  group: RankGroup;
  /** The measure ranked on (ROI multiple or value score); null when ROI is not defined. */
  measure: number | null;
  /** 1 = best within the group; equal measures share a rank (1, 2, 2, 4); null when not ranked. */
  rank: number | null;
  /** Of how many ranked accounts in the group, and how many of them the top share admits. */
  rankedInGroup: number;
  keySlots: number;
  suggestedTier: AccountTier;
  /** The director's decision, passed through untouched: the suggestion never changes it. */
  decidedTier: AccountTier;
  agreesWithDecision: boolean;
};

/** How many of `ranked` accounts the top `share` admits: ceil(ranked × share), exactly (0.25 × 5 → 2). */
export function keySlots(ranked: number, share: number): number {
  if (!(share >= 0 && share <= 1))
    throw new EconomicsError('invalid_decimal', `A key share must be 0–1: ${share}`);
  const d = decimalFromNumber(share);
  const scaled = BigInt(ranked) * d.units;
  const unit = pow10(d.scale);
  return Number((scaled + unit - 1n) / unit);
}

export const groupOf = (objective: AccountObjective): RankGroup =>
  objective === 'image' ? 'image' : 'financial';

/**
 * Ranks the portfolio and suggests `key` for the top `share` of each group (default a quarter). An
 * account tied with the last admitted one is admitted too. An account whose ROI is not defined (nothing
 * invested) is not ranked, does not count in the group size, and is suggested `regular`. The answer
 * lists the accounts in the order given.
 */
export function suggestKeyAccounts(accounts: readonly PortfolioAccount[], share = 0.25): RankedAccount[] {
  // By position in `accounts`, not by id: a portfolio is 5,000 accounts, ranked on every computed read.
  const n = accounts.length;
  const measures: (number | null)[] = new Array(n);
  const ranks: (number | null)[] = new Array(n).fill(null);
  const groups: RankGroup[] = new Array(n);
  const size = { financial: 0, image: 0 };
  const slots = { financial: 0, image: 0 };
  for (const group of ['financial', 'image'] as const) {
    const scored: number[] = [];
    for (let i = 0; i < n; i++) {
      const a = accounts[i]!;
      if (groupOf(a.objective) !== group) continue;
      groups[i] = group;
      measures[i] = group === 'image' ? a.valueScore : a.roiMultiple;
      if (measures[i] !== null) scored.push(i);
    }
    // By measure only: tied accounts share the rank of the first of them whatever their order, and
    // the answer keeps the input's order, so a tie-break would only cost time (thousands of ties
    // among image accounts' whole-number scores).
    scored.sort((x, y) => (measures[y] as number) - (measures[x] as number));
    for (let k = 0; k < scored.length; k++) {
      const i = scored[k]!;
      const previous = scored[k - 1];
      ranks[i] = previous !== undefined && measures[previous] === measures[i] ? ranks[previous]! : k + 1;
    }
    size[group] = scored.length;
    slots[group] = keySlots(scored.length, share);
  }
  return accounts.map((a, i) => {
    const group = groups[i]!;
    const rank = ranks[i] ?? null;
    const suggestedTier: AccountTier = rank !== null && rank <= slots[group] ? 'key' : 'regular';
    return {
      accountId: a.accountId,
      objective: a.objective,
      group,
      measure: measures[i] ?? null,
      rank,
      rankedInGroup: size[group],
      keySlots: slots[group],
      suggestedTier,
      decidedTier: a.decidedTier,
      agreesWithDecision: suggestedTier === a.decidedTier,
    };
  });
}

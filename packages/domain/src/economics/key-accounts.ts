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
 * invested) is not ranked, does not count in the group size, and is suggested `regular`.
 */
export function suggestKeyAccounts(accounts: readonly PortfolioAccount[], share = 0.25): RankedAccount[] {
  const ranked = new Map<string, Pick<RankedAccount, 'measure' | 'rank' | 'rankedInGroup' | 'keySlots'>>();
  for (const group of ['financial', 'image'] as const) {
    const members = accounts
      .filter((a) => groupOf(a.objective) === group)
      .map((a) => ({ a, measure: group === 'image' ? a.valueScore : a.roiMultiple }));
    const scored = members
      .filter((m): m is { a: PortfolioAccount; measure: number } => m.measure !== null)
      // By measure only: tied accounts share the rank of the first of them whatever their order, and
      // the answer keeps the input's order, so a tie-break would only cost time (thousands of ties
      // among image accounts' whole-number scores).
      .sort((x, y) => y.measure - x.measure);
    const slots = keySlots(scored.length, share);
    scored.forEach((m, i) => {
      const previous = scored[i - 1];
      const rank =
        previous && previous.measure === m.measure ? ranked.get(previous.a.accountId)!.rank : i + 1;
      ranked.set(m.a.accountId, { measure: m.measure, rank, rankedInGroup: scored.length, keySlots: slots });
    });
    for (const m of members)
      if (m.measure === null)
        ranked.set(m.a.accountId, {
          measure: null,
          rank: null,
          rankedInGroup: scored.length,
          keySlots: slots,
        });
  }
  return accounts.map((a) => {
    const r = ranked.get(a.accountId)!;
    const suggestedTier: AccountTier = r.rank !== null && r.rank <= r.keySlots ? 'key' : 'regular';
    return {
      accountId: a.accountId,
      objective: a.objective,
      group: groupOf(a.objective),
      ...r,
      suggestedTier,
      decidedTier: a.decidedTier,
      agreesWithDecision: suggestedTier === a.decidedTier,
    };
  });
}

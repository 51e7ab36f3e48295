/* The relationships of the whole portfolio: every account the caller may see, with its cement and scores. */
import { z } from 'zod';
import { Objective, Tier } from './accounts';
import { PageQuery, pageOf, sortParam } from './common';
import { CementFigure, CsatFigure, NpsFigure } from './stakeholders-figures';

export const stakeholderPortfolioSortFields = [
  'name',
  'contacts',
  'cement',
  'weightedCement',
  'nps',
  'csat',
  'gaps',
] as const;
export const StakeholderPortfolioQuery = PageQuery.extend({
  /** Part of the account's name. */
  q: z.string().trim().max(200).optional(),
  tier: Tier.optional(),
  objective: Objective.optional(),
  /** `mapped`: accounts with active contacts; `unmapped`: accounts whose map is still empty. */
  mapped: z.enum(['all', 'mapped', 'unmapped']).default('all'),
  sort: sortParam(stakeholderPortfolioSortFields, 'name'),
});
export type StakeholderPortfolioQuery = z.input<typeof StakeholderPortfolioQuery>;

export const PortfolioTrendPoint = z.object({
  month: z.string(),
  share: z.number().nullable(),
  weightedShare: z.number().nullable(),
});
export const PortfolioAccountRelationships = z.object({
  accountId: z.string(),
  name: z.string(),
  tier: Tier,
  objective: Objective,
  managerName: z.string().nullable(),
  /** Active contacts on the map. */
  contacts: z.number().int(),
  cement: CementFigure,
  nps: NpsFigure,
  csat: CsatFigure,
  /** Coverage gaps today; null while the account has no active contact. */
  gaps: z.number().int().nullable(),
  /** Cement by month, oldest first, the running month last. */
  trend: z.array(PortfolioTrendPoint),
});
export type PortfolioAccountRelationships = z.infer<typeof PortfolioAccountRelationships>;

/** A page of accounts plus the totals of every account that matches (not only the page). */
export const StakeholderPortfolio = pageOf(PortfolioAccountRelationships).extend({
  asOf: z.string(),
  satisfiedAt: z.number().int(),
  touchDays: z.number().int(),
  readingDays: z.number().int(),
  totals: z.object({
    accounts: z.number().int(),
    mapped: z.number().int(),
    cement: CementFigure,
    nps: NpsFigure,
    csat: CsatFigure,
    gaps: z.number().int(),
  }),
});
export type StakeholderPortfolio = z.infer<typeof StakeholderPortfolio>;

import type { PortfolioItem } from '@vested/contracts';
import {
  type AccountObjective,
  type AccountTier,
  addMonths,
  assessObjective,
  firstDayOf,
  type IsoMonth,
  lastDayOf,
  roiMultiple,
  suggestKeyAccounts,
} from '@vested/domain';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { accounts } from '../../db/schema';
import { missingFacts } from './portfolio-missing';
import { num } from './rollup-store';
import { domainSettings, loadSettingsRow } from './settings';

type Row = {
  id: string;
  name: string;
  objective: AccountObjective;
  tier: AccountTier;
  manager_person_id: string | null;
  manager_name: string | null;
  invested: unknown;
  revenue: unknown;
  delivery: unknown;
  has_returns: boolean | null;
  prev_revenue: unknown;
  prev_delivery: unknown;
  prev_has_returns: boolean | null;
  unconverted: boolean | null;
  unconverted_now: boolean | null;
  score: unknown;
  events: unknown;
};

/**
 * Every account of the workspace, ranked, as of the end of month `to`: trailing-twelve-month figures
 * in one query (sums of 24 months per account — this year and the one before, for the objectives — and
 * the value score), then judged and ranked in the domain. The sums come from economics_account_month,
 * the rollup already summed per account × month in the base currency (account-month-summary.ts): 24
 * narrow rows an account instead of every person × kind × currency row (measured on 10 million
 * entries: a tenth of the time). Ranking spans every account, so a key suggestion does not depend on
 * who looks; the same answer serves everyone (portfolio.ts then keeps what the caller may see).
 */
export async function rankPortfolio(
  db: Db,
  to: IsoMonth,
): Promise<{ currency: string; items: PortfolioItem[] }> {
  const settings = domainSettings(await loadSettingsRow(db));
  const from = addMonths(to, -11);
  const previousFrom = addMonths(to, -23);
  const result = await db.execute(sql`
    with agg as (
      select account_id,
        coalesce(sum(invested_minor) filter (where month >= ${from}), 0) as invested,
        coalesce(sum(revenue_minor) filter (where month >= ${from}), 0) as revenue,
        coalesce(sum(delivery_minor) filter (where month >= ${from}), 0) as delivery,
        coalesce(sum(return_rows) filter (where month >= ${from}), 0) > 0 as has_returns,
        coalesce(sum(revenue_minor) filter (where month < ${from}), 0) as prev_revenue,
        coalesce(sum(delivery_minor) filter (where month < ${from}), 0) as prev_delivery,
        coalesce(sum(return_rows) filter (where month < ${from}), 0) > 0 as prev_has_returns,
        sum(unconverted_rows) > 0 as unconverted,
        coalesce(sum(unconverted_rows) filter (where month >= ${from}), 0) > 0 as unconverted_now
      from economics_account_month where month between ${previousFrom} and ${to}
      group by account_id
    ), ev as (
      select account_id, sum(score) as score, count(*) as events from value_events
      where date between ${firstDayOf(from)} and ${lastDayOf(to)} group by account_id
    )
    select ${accounts.id} as id, ${accounts.name} as name, ${accounts.objective} as objective,
      ${accounts.tier} as tier, ${accounts.managerPersonId} as manager_person_id, p.name as manager_name,
      agg.invested, agg.revenue, agg.delivery, agg.has_returns, agg.prev_revenue, agg.prev_delivery,
      agg.prev_has_returns, agg.unconverted, agg.unconverted_now, ev.score, ev.events
    from ${accounts}
      left join people p on p.id = ${accounts.managerPersonId}
      left join agg on agg.account_id = ${accounts.id}
      left join ev on ev.account_id = ${accounts.id}
    where ${accounts.archivedAt} is null`);
  const rows = (result as unknown as { rows: Row[] }).rows;

  const missing = await missingFacts(
    db,
    rows.filter((r) => r.unconverted).map((r) => r.id),
    from,
    previousFrom,
    to,
  );

  const margin = settings.returnBasis === 'margin';
  const figures = rows.map((r) => {
    const invested = num(r.invested);
    const revenue = num(r.revenue);
    const returned = margin ? revenue - num(r.delivery) : revenue;
    const previous = margin ? num(r.prev_revenue) - num(r.prev_delivery) : num(r.prev_revenue);
    const measures = {
      currency: settings.baseCurrency,
      invested,
      returned,
      hasReturns: r.has_returns === true,
      previousReturned: previous,
      previousHasReturns: r.prev_has_returns === true,
      valueScore: num(r.score),
      valueEvents: num(r.events),
    };
    // A missing rate or cost rate: the figures that need it are unknown (null, not ranked on ROI) and
    // the objective cannot be judged — "at risk", as the domain says of any objective it cannot judge
    // yet, with the missing fact as the reason. The rest of the portfolio is answered as usual.
    const reason = missing.get(r.id);
    const unknown = reason !== undefined && r.unconverted_now === true;
    const judged =
      reason && (unknown || r.objective !== 'image')
        ? { status: 'at_risk' as const, reasons: [reason] }
        : assessObjective(r.objective, measures, settings.targets, settings.annualInflation);
    return {
      r,
      invested: unknown ? null : invested,
      revenue: unknown ? null : revenue,
      returned: unknown ? null : returned,
      roi: unknown ? null : roiMultiple(returned, invested),
      judged,
      score: num(r.score),
    };
  });
  const ranked = new Map(
    suggestKeyAccounts(
      figures.map((f) => ({
        accountId: f.r.id,
        objective: f.r.objective,
        roiMultiple: f.roi,
        valueScore: f.score,
        decidedTier: f.r.tier,
      })),
      settings.keyAccountShare,
    ).map((k) => [k.accountId, k]),
  );

  const items = figures.map((f): PortfolioItem => {
    const k = ranked.get(f.r.id)!;
    return {
      accountId: f.r.id,
      name: f.r.name,
      objective: f.r.objective,
      managerPersonId: f.r.manager_person_id,
      managerName: f.r.manager_name,
      invested: f.invested,
      returned: f.returned,
      revenue: f.revenue,
      net: f.returned === null || f.invested === null ? null : f.returned - f.invested,
      roiMultiple: f.roi,
      valueScore: f.score,
      rankGroup: k.group,
      rank: k.rank,
      suggestedTier: k.suggestedTier,
      decidedTier: k.decidedTier,
      status: f.judged.status,
      reasons: f.judged.reasons,
    };
  });
  return { currency: settings.baseCurrency, items };
}

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
import { ensureWindow, windowSums } from './account-window';
import { missingFacts } from './portfolio-missing';
import { domainSettings, loadSettingsRow } from './settings';

type Judgement = Pick<PortfolioItem, 'status' | 'reasons'>;
/** An account's portfolio line; its objective status and reasons are worked out when first asked. */
export type RankedItem = Omit<PortfolioItem, 'status' | 'reasons'> & { judge: () => Judgement };

// One row per account, as the query below names its columns. Plain rows, not one json_agg text:
// building 5,000 JSON arrays cost the database 23 ms of a 46 ms query, more than pg's parsing of the
// rows costs Node (measured on 5,000 accounts). Sums are cast to float8 (exact below 2^53) so that
// both engines hand back numbers; a null is an account with no sums in the period.
type Row = {
  id: string;
  name: string;
  objective: AccountObjective;
  tier: AccountTier;
  manager: string | null;
  manager_name: string | null;
  invested: number | null;
  revenue: number | null;
  returned: number | null;
  has_returns: boolean | null;
  previous: number | null;
  previous_has_returns: boolean | null;
  unconverted: boolean | null;
  unconverted_now: boolean | null;
  score: number | null;
  events: number | null;
};

/**
 * Every account of the workspace, ranked, as of the end of month `to`: trailing-twelve-month figures
 * in one query (sums of 24 months per account — this year and the one before, for the objectives — and
 * the value score), then judged and ranked in the domain. For the default month (`useWindow`) the sums
 * are one kept row an account (account-window.ts); for any other month they are summed from
 * economics_account_month, the rollup already summed per account × month in the base currency
 * (account-month-summary.ts): 24 narrow rows an account. Measured on 10 million entries, the 24-row
 * sums took 100 ms of database time, reading the window about 5. Ranking spans every
 * account, so a key suggestion does not depend on who looks; the same answer serves everyone
 * (portfolio.ts then keeps what the caller may see).
 */
export async function rankPortfolio(
  db: Db,
  to: IsoMonth,
  useWindow: boolean,
): Promise<{ currency: string; items: RankedItem[] }> {
  const settings = domainSettings(await loadSettingsRow(db));
  const from = addMonths(to, -11);
  const previousFrom = addMonths(to, -23);
  const margin = settings.returnBasis === 'margin';
  // The window of the portfolio's default month is kept (account-window.ts): one row an account.
  // Any other month is summed from the summary, 24 rows an account.
  if (useWindow) await ensureWindow(db, to);
  const sums = useWindow ? sql`select * from economics_account_window where as_of = ${to}` : windowSums(to);
  const result = await db.execute(sql`
    with agg as (${sums}), ev as (
      select account_id, sum(score) as score, count(*) as events from value_events
      where date between ${firstDayOf(from)} and ${lastDayOf(to)} group by account_id
    )
    select ${accounts.id} as id, ${accounts.name} as name, ${accounts.objective} as objective,
      ${accounts.tier} as tier, ${accounts.managerPersonId} as manager, p.name as manager_name,
      agg.invested_minor::float8 as invested, agg.revenue_minor::float8 as revenue,
      (case when ${margin} then agg.revenue_minor - agg.delivery_minor else agg.revenue_minor end)::float8
        as returned,
      agg.return_rows > 0 as has_returns,
      (case when ${margin} then agg.prev_revenue_minor - agg.prev_delivery_minor
        else agg.prev_revenue_minor end)::float8 as previous,
      agg.prev_return_rows > 0 as previous_has_returns, agg.unconverted_rows > 0 as unconverted,
      agg.unconverted_now_rows > 0 as unconverted_now, ev.score::float8 as score, ev.events::float8 as events
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

  const figures = rows.map((r) => {
    const invested = r.invested ?? 0;
    const returned = r.returned ?? 0;
    // A missing rate or cost rate: the figures that need it are unknown (null, not ranked on ROI) and
    // the objective cannot be judged — "at risk", as the domain says of any objective it cannot judge
    // yet, with the missing fact as the reason. The rest of the portfolio is answered as usual.
    const reason = missing.get(r.id);
    const unknown = reason !== undefined && r.unconverted_now === true;
    // Judged when first asked (a page shown, a filter by status) and then kept: the reasons are words
    // and formatted money, and a page needs 50 of the 5,000 (measured: a third of the ranking's CPU
    // and most of its garbage when every account was judged on every computed read).
    let judged: Judgement | undefined;
    const judge = () => {
      judged ??=
        reason && (unknown || r.objective !== 'image')
          ? { status: 'at_risk' as const, reasons: [reason] }
          : assessObjective(
              r.objective,
              {
                currency: settings.baseCurrency,
                invested,
                returned,
                hasReturns: r.has_returns === true,
                previousReturned: r.previous ?? 0,
                previousHasReturns: r.previous_has_returns === true,
                valueScore: r.score ?? 0,
                valueEvents: r.events ?? 0,
              },
              settings.targets,
              settings.annualInflation,
            );
      return judged;
    };
    return {
      accountId: r.id,
      objective: r.objective,
      invested: unknown ? null : invested,
      returned: unknown ? null : returned,
      revenue: unknown ? null : (r.revenue ?? 0),
      roiMultiple: unknown ? null : roiMultiple(returned, invested),
      valueScore: r.score ?? 0,
      decidedTier: r.tier,
      judge,
    };
  });
  // suggestKeyAccounts answers in the order it was given: the i-th ranking is the i-th row's.
  const ranking = suggestKeyAccounts(figures, settings.keyAccountShare);
  const items = rows.map((r, i): RankedItem => {
    const f = figures[i]!;
    const k = ranking[i]!;
    return {
      accountId: r.id,
      name: r.name,
      objective: r.objective,
      managerPersonId: r.manager,
      managerName: r.manager_name,
      invested: f.invested,
      returned: f.returned,
      revenue: f.revenue,
      net: f.returned === null || f.invested === null ? null : f.returned - f.invested,
      roiMultiple: f.roiMultiple,
      valueScore: f.valueScore,
      rankGroup: k.group,
      rank: k.rank,
      suggestedTier: k.suggestedTier,
      decidedTier: k.decidedTier,
      judge: f.judge,
    };
  });
  return { currency: settings.baseCurrency, items };
}

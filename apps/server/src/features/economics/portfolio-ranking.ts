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

// One array per account, in this order: PostgreSQL writes them all as one JSON text, which one
// JSON.parse reads (measured: a third of the CPU of 5,000 rows of 15 fields parsed field by field).
type Judgement = Pick<PortfolioItem, 'status' | 'reasons'>;
/** An account's portfolio line; its objective status and reasons are worked out when first asked. */
export type RankedItem = Omit<PortfolioItem, 'status' | 'reasons'> & { judge: () => Judgement };

type Row = [
  id: string,
  name: string,
  objective: AccountObjective,
  tier: AccountTier,
  managerPersonId: string | null,
  managerName: string | null,
  invested: number | null,
  revenue: number | null,
  returned: number | null,
  hasReturns: boolean | null,
  previous: number | null,
  previousHasReturns: boolean | null,
  unconverted: boolean | null,
  unconvertedNow: boolean | null,
  score: number | null,
  events: number | null,
];

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
  const rows = (result as unknown as { rows: Record<string, unknown>[] }).rows.map(
    (o) =>
      [
        o.id,
        o.name,
        o.objective,
        o.tier,
        o.manager,
        o.manager_name,
        o.invested,
        o.revenue,
        o.returned,
        o.has_returns,
        o.previous,
        o.previous_has_returns,
        o.unconverted,
        o.unconverted_now,
        o.score,
        o.events,
      ] as Row,
  );

  const missing = await missingFacts(
    db,
    rows.filter((r) => r[12]).map((r) => r[0]),
    from,
    previousFrom,
    to,
  );

  const figures = rows.map((r) => {
    const [id, , objective, , , , investedSum, revenueSum, returnedSum, hasReturns, previous] = r;
    const invested = investedSum ?? 0;
    const revenue = revenueSum ?? 0;
    const returned = returnedSum ?? 0;
    const score = r[14] ?? 0;
    const measures = {
      currency: settings.baseCurrency,
      invested,
      returned,
      hasReturns: hasReturns === true,
      previousReturned: previous ?? 0,
      previousHasReturns: r[11] === true,
      valueScore: score,
      valueEvents: r[15] ?? 0,
    };
    // A missing rate or cost rate: the figures that need it are unknown (null, not ranked on ROI) and
    // the objective cannot be judged — "at risk", as the domain says of any objective it cannot judge
    // yet, with the missing fact as the reason. The rest of the portfolio is answered as usual.
    const reason = missing.get(id);
    const unknown = reason !== undefined && r[13] === true;
    // Judged when first asked (a page shown, a filter by status) and then kept: the reasons are words
    // and formatted money, and a page needs 50 of the 5,000 (measured: a third of the ranking's CPU
    // and most of its garbage when every account was judged on every computed read).
    let judged: Judgement | undefined;
    const judge = () => {
      judged ??=
        reason && (unknown || objective !== 'image')
          ? { status: 'at_risk' as const, reasons: [reason] }
          : assessObjective(objective, measures, settings.targets, settings.annualInflation);
      return judged;
    };
    return {
      r,
      invested: unknown ? null : invested,
      revenue: unknown ? null : revenue,
      returned: unknown ? null : returned,
      roi: unknown ? null : roiMultiple(returned, invested),
      judge,
      score,
    };
  });
  const ranked = new Map(
    suggestKeyAccounts(
      figures.map((f) => ({
        accountId: f.r[0],
        objective: f.r[2],
        roiMultiple: f.roi,
        valueScore: f.score,
        decidedTier: f.r[3],
      })),
      settings.keyAccountShare,
    ).map((k) => [k.accountId, k]),
  );

  const items = figures.map((f): RankedItem => {
    const k = ranked.get(f.r[0])!;
    return {
      accountId: f.r[0],
      name: f.r[1],
      objective: f.r[2],
      managerPersonId: f.r[4],
      managerName: f.r[5],
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
      judge: f.judge,
    };
  });
  return { currency: settings.baseCurrency, items };
}

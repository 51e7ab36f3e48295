import type { PortfolioPage, PortfolioQuery } from '@vested/contracts';
import { addMonths, firstDayOf, type IsoDate, lastDayOf } from '@vested/domain';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { accounts } from '../../db/schema';
import type { SignedIn } from '../../http/authenticate';
import { offsetOf } from '../../http/pagination';
import { visibleTo } from '../accounts/queries';
import { lastCompleteMonth } from './account-economics';
import { type Coalesced, coalesced } from './coalesce';
import { type RankedItem, rankPortfolio } from './portfolio-ranking';

type Ranked = Awaited<ReturnType<typeof rankPortfolio>> & { sorted?: Map<string, RankedItem[]> };
const shared = new WeakMap<Db, Coalesced<Ranked>>();

/** The ranking's accounts in `sort` order, sorted once per ranking (everyone sharing it reuses it). */
function sortedBy(ranked: Ranked, sort: string): RankedItem[] {
  ranked.sorted ??= new Map();
  let items = ranked.sorted.get(sort);
  if (!items) {
    items = [...ranked.items].sort(comparator(sort));
    ranked.sorted.set(sort, items);
  }
  return items;
}

/**
 * The portfolio page: every account the caller may see, with its figures, rank, suggested and decided
 * tier and objective status (ranked in portfolio-ranking.ts over every account, so that a suggestion
 * does not depend on who looks), filtered, sorted and paged. The ranking reads 24 months of rollup for
 * every account; people asking at the same moment share one ranking (coalesce.ts: never one that began
 * before they asked), and only what the caller may see is looked up per request.
 */
export async function portfolio(
  db: Db,
  actor: SignedIn,
  query: z.output<typeof PortfolioQuery>,
  today: IsoDate,
): Promise<PortfolioPage> {
  const to = query.asOf ?? lastCompleteMonth(today);
  let ranking = shared.get(db);
  if (!ranking) {
    ranking = coalesced<Ranked>();
    shared.set(db, ranking);
  }
  const visible = visibleTo(actor, today);
  const [ranked, visibleIds] = await Promise.all([
    ranking(to, () => rankPortfolio(db, to, to === lastCompleteMonth(today))),
    visible
      ? db
          .select({ id: accounts.id })
          .from(accounts)
          .where(visible)
          .then((rows) => new Set(rows.map((r) => r.id)))
      : null,
  ]);
  const items = sortedBy(ranked, query.sort).filter(
    (i) =>
      (!visibleIds || visibleIds.has(i.accountId)) &&
      (!query.objective || i.objective === query.objective) &&
      (!query.tier || i.decidedTier === query.tier) &&
      (!query.suggestedTier || i.suggestedTier === query.suggestedTier) &&
      (!query.status || i.judge().status === query.status) &&
      (!query.managerPersonId || i.managerPersonId === query.managerPersonId),
  );
  const start = offsetOf(query.page, query.pageSize);
  return {
    items: items.slice(start, start + query.pageSize).map(({ judge, ...item }) => ({ ...item, ...judge() })),
    total: items.length,
    page: query.page,
    pageSize: query.pageSize,
    currency: ranked.currency,
    asOf: lastDayOf(to),
    period: { from: firstDayOf(addMonths(to, -11)), to: lastDayOf(to) },
  };
}

// The order localeCompare gives, without building a collator on every comparison (5,000 accounts).
const collator = new Intl.Collator();

/** Sort by one field (`-field` descending); a missing value (no ROI, no rank) goes last either way. */
function comparator(sort: string): (a: RankedItem, b: RankedItem) => number {
  const descending = sort.startsWith('-');
  const field = (descending ? sort.slice(1) : sort) as
    | 'name'
    | 'invested'
    | 'returned'
    | 'roiMultiple'
    | 'rank'
    | 'valueScore';
  const text = collator.compare;
  return (a, b) => {
    const x = a[field];
    const y = b[field];
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else if (x !== y) {
      const order = typeof x === 'string' ? text(x, y as string) : x - (y as number);
      return descending ? -order : order;
    }
    return text(a.rankGroup, b.rankGroup) || text(a.name, b.name) || text(a.accountId, b.accountId);
  };
}

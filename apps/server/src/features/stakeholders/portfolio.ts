import type { StakeholderPortfolio, StakeholderPortfolioQuery } from '@vested/contracts';
import {
  type Actor,
  cementFromCounts,
  csatFromCounts,
  DEFAULT_READING_DAYS,
  DEFAULT_SATISFIED_AT,
  DEFAULT_TOUCH_DAYS,
  type IsoDate,
  type MonthPoint,
  npsFromCounts,
  trendOn,
} from '@vested/domain';
import { and, asc, eq, gt, ilike, isNull, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { accounts, stakeholderAccountFigures as f, people } from '../../db/schema';
import { containsPattern, offsetOf } from '../../http/pagination';
import { visibleTo } from '../accounts/queries';

type Query = z.output<typeof StakeholderPortfolioQuery>;
type Totals = {
  accounts: number;
  mapped: number;
  active: number;
  withReading: number;
  satisfied: number;
  weight: number;
  weightSatisfied: number;
  promoters: number;
  passives: number;
  detractors: number;
  csatAnswers: number;
  csatSatisfied: number;
  gaps: number;
};

function daysBefore(day: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The SQL twin of the domain's `gapCountOn`: the fixed gaps plus the deciders whose last touch (reading)
 * is more than N days before today. The dates are stored sorted, so `width_bucket` counts those on or
 * before the cut-off with a binary search instead of a subquery per account. The feature test of the
 * portfolio holds it to the account's own gap list, today and after the calendar has moved on.
 */
function gapsToday(today: IsoDate): SQL<number> {
  const touchCut = daysBefore(today, DEFAULT_TOUCH_DAYS + 1);
  const readingCut = daysBefore(today, DEFAULT_READING_DAYS + 1);
  return sql<number>`(${f.gapsFixed} + width_bucket(${touchCut}::date, ${f.deciderLastTouch})
    + width_bucket(${readingCut}::date, ${f.deciderLastReading}))`;
}

const mapped = gt(sql`coalesce(${f.contacts}, 0)`, 0);

function conditions(actor: Actor, query: Query, today: IsoDate): SQL | undefined {
  return and(
    visibleTo(actor, today),
    isNull(accounts.archivedAt),
    query.q ? ilike(accounts.name, containsPattern(query.q)) : undefined,
    query.tier ? eq(accounts.tier, query.tier) : undefined,
    query.objective ? eq(accounts.objective, query.objective) : undefined,
    query.mapped === 'mapped' ? mapped : undefined,
    query.mapped === 'unmapped' ? sql`not ${mapped}` : undefined,
  );
}

/** Totals of every matching account, as one uncorrelated subquery PostgreSQL runs once per request. */
function totalsOf(where: SQL | undefined, gaps: SQL<number>): SQL<Totals> {
  const sum = (x: SQL | AnyPgColumn) => sql`coalesce(sum(${x}), 0)::int`;
  return sql<Totals>`(select json_build_object(
      'accounts', count(*)::int, 'mapped', (count(*) filter (where ${mapped}))::int,
      'active', ${sum(f.contacts)}, 'withReading', ${sum(f.withReading)}, 'satisfied', ${sum(f.satisfied)},
      'weight', ${sum(f.weight)}, 'weightSatisfied', ${sum(f.weightSatisfied)},
      'promoters', ${sum(f.npsPromoters)}, 'passives', ${sum(f.npsPassives)},
      'detractors', ${sum(f.npsDetractors)}, 'csatAnswers', ${sum(f.csatAnswers)},
      'csatSatisfied', ${sum(f.csatSatisfied)}, 'gaps', ${sum(gaps)})
    from ${accounts} left join ${f} on ${f.accountId} = ${accounts.id}
    where ${where ?? sql`true`})`;
}

/**
 * Relationships across the portfolio: each visible account's cement, weighted cement, NPS, CSAT, coverage
 * gaps and monthly trend from its stored summary, filtered, sorted and paged in SQL, with the totals of
 * every matching account (NPS and CSAT over all their contacts' answers). One round trip; the page's
 * figures are finished by the domain.
 */
export async function stakeholderPortfolio(
  db: Db,
  actor: Actor,
  query: Query,
  today: IsoDate,
): Promise<StakeholderPortfolio> {
  const where = conditions(actor, query, today);
  const gaps = gapsToday(today);
  const totals = totalsOf(where, gaps);
  const sortable: Record<string, SQL | AnyPgColumn> = {
    name: accounts.name,
    contacts: sql`coalesce(${f.contacts}, 0)`,
    cement: f.cement,
    weightedCement: f.weightedCement,
    nps: f.nps,
    csat: f.csat,
    // An account without active contacts has no gaps to count: it sorts after every mapped one.
    gaps: sql`case when ${mapped} then ${gaps} end`,
  };
  const descending = query.sort.startsWith('-');
  const key = sortable[descending ? query.sort.slice(1) : query.sort] ?? accounts.name;
  const rows = await db
    .select({
      accountId: accounts.id,
      name: accounts.name,
      tier: accounts.tier,
      objective: accounts.objective,
      managerName: people.name,
      asOf: f.asOf,
      active: f.contacts,
      withReading: f.withReading,
      satisfied: f.satisfied,
      weight: f.weight,
      weightSatisfied: f.weightSatisfied,
      promoters: f.npsPromoters,
      passives: f.npsPassives,
      detractors: f.npsDetractors,
      csatAnswers: f.csatAnswers,
      csatSatisfied: f.csatSatisfied,
      gaps,
      trend: f.trend,
      totals,
    })
    .from(accounts)
    .leftJoin(f, eq(f.accountId, accounts.id))
    .leftJoin(people, eq(people.id, accounts.managerPersonId))
    .where(where)
    .orderBy(sql`${key} ${descending ? sql`desc` : sql`asc`} nulls last`, asc(accounts.id))
    .limit(query.pageSize)
    .offset(offsetOf(query.page, query.pageSize));
  // Only a page past the end, with no row to carry them, asks for the totals on their own.
  const t: Totals =
    rows[0]?.totals ??
    ((await db.select({ totals }).from(accounts).limit(1))[0]?.totals as Totals | undefined) ??
    emptyTotals;

  return {
    asOf: today,
    satisfiedAt: DEFAULT_SATISFIED_AT,
    touchDays: DEFAULT_TOUCH_DAYS,
    readingDays: DEFAULT_READING_DAYS,
    items: rows.map((r) => {
      const counts = {
        active: r.active ?? 0,
        withReading: r.withReading ?? 0,
        satisfied: r.satisfied ?? 0,
        weight: r.weight ?? 0,
        weightSatisfied: r.weightSatisfied ?? 0,
      };
      // Never mapped: no summary, no months to show.
      const trend: MonthPoint[] =
        r.asOf === null ? [] : trendOn({ asOf: r.asOf, counts, trend: r.trend ?? [] }, today);
      return {
        accountId: r.accountId,
        name: r.name,
        tier: r.tier,
        objective: r.objective,
        managerName: r.managerName,
        contacts: counts.active,
        cement: cementFromCounts(counts),
        nps: npsFromCounts({
          promoters: r.promoters ?? 0,
          passives: r.passives ?? 0,
          detractors: r.detractors ?? 0,
        }),
        csat: csatFromCounts({ answers: r.csatAnswers ?? 0, satisfied: r.csatSatisfied ?? 0 }),
        gaps: counts.active > 0 ? Number(r.gaps) : null,
        trend: trend.map((p) => ({ month: p.month, share: p.share, weightedShare: p.weightedShare })),
      };
    }),
    total: t.accounts,
    page: query.page,
    pageSize: query.pageSize,
    totals: {
      accounts: t.accounts,
      mapped: t.mapped,
      cement: cementFromCounts(t),
      nps: npsFromCounts(t),
      csat: csatFromCounts({ answers: t.csatAnswers, satisfied: t.csatSatisfied }),
      gaps: t.gaps,
    },
  };
}

const emptyTotals: Totals = {
  accounts: 0,
  mapped: 0,
  active: 0,
  withReading: 0,
  satisfied: 0,
  weight: 0,
  weightSatisfied: 0,
  promoters: 0,
  passives: 0,
  detractors: 0,
  csatAnswers: 0,
  csatSatisfied: 0,
  gaps: 0,
};

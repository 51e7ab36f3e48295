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
import { visibilityOf, visibleAs } from '../accounts/queries';

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

const p = sql.placeholder;

/**
 * The SQL twin of the domain's `gapCountOn`: the fixed gaps plus the deciders whose last touch (reading)
 * is more than N days before today. The dates are stored sorted, so `width_bucket` counts those on or
 * before the cut-off with a binary search instead of a subquery per account. The feature test of the
 * portfolio holds it to the account's own gap list, today and after the calendar has moved on.
 */
const gapsToday = sql<number>`(${f.gapsFixed} + width_bucket(${p('touchCut')}::date, ${f.deciderLastTouch})
    + width_bucket(${p('readingCut')}::date, ${f.deciderLastReading}))`;

const mapped = gt(sql`coalesce(${f.contacts}, 0)`, 0);

/** The WHERE with a placeholder for every value: one shape of query (whose, which filters), one statement. */
function conditionsOf(actor: Actor, query: Query): SQL | undefined {
  return and(
    visibleAs(visibilityOf(actor), p('personId'), p('today')),
    isNull(accounts.archivedAt),
    query.q ? ilike(accounts.name, p('pattern')) : undefined,
    query.tier ? eq(accounts.tier, p('tier')) : undefined,
    query.objective ? eq(accounts.objective, p('objective')) : undefined,
    query.mapped === 'mapped' ? mapped : undefined,
    query.mapped === 'unmapped' ? sql`not ${mapped}` : undefined,
  );
}

/** Totals of every matching account, as one uncorrelated subquery PostgreSQL runs once per request. */
function totalsOf(where: SQL | undefined): SQL<Totals> {
  const sum = (x: SQL | AnyPgColumn) => sql`coalesce(sum(${x}), 0)::int`;
  return sql<Totals>`(select json_build_object(
      'accounts', count(*)::int, 'mapped', (count(*) filter (where ${mapped}))::int,
      'active', ${sum(f.contacts)}, 'withReading', ${sum(f.withReading)}, 'satisfied', ${sum(f.satisfied)},
      'weight', ${sum(f.weight)}, 'weightSatisfied', ${sum(f.weightSatisfied)},
      'promoters', ${sum(f.npsPromoters)}, 'passives', ${sum(f.npsPassives)},
      'detractors', ${sum(f.npsDetractors)}, 'csatAnswers', ${sum(f.csatAnswers)},
      'csatSatisfied', ${sum(f.csatSatisfied)}, 'gaps', ${sum(gapsToday)})
    from ${accounts} left join ${f} on ${f.accountId} = ${accounts.id}
    where ${where ?? sql`true`})`;
}

const sortable: Record<string, SQL | AnyPgColumn> = {
  name: accounts.name,
  contacts: sql`coalesce(${f.contacts}, 0)`,
  cement: f.cement,
  weightedCement: f.weightedCement,
  nps: f.nps,
  csat: f.csat,
  // An account without active contacts has no gaps to count: it sorts after every mapped one.
  gaps: sql`case when ${mapped} then ${gapsToday} end`,
};

/** The page size is written into the statement (with `limit $n` PostgreSQL would plan every run again). */
function literal(n: number): number {
  if (!Number.isInteger(n)) throw new Error(`not an integer: ${n}`);
  return sql.raw(String(n)) as unknown as number;
}

/**
 * The page is cut first, over narrow rows (the account's id and its sort key), and only its rows are
 * then read whole — the manager's name looked up by key, the year of months read for them alone — and
 * sorted again by the same key (fifty rows). Carrying every figure of 5,000 accounts through the sort
 * cost a third more of the database's time.
 */
function pageQuery(db: Db, actor: Actor, query: Query) {
  const where = conditionsOf(actor, query);
  const descending = query.sort.startsWith('-');
  const key = sortable[descending ? query.sort.slice(1) : query.sort] ?? accounts.name;
  const order = [sql`${key} ${descending ? sql`desc` : sql`asc`} nulls last`, asc(accounts.id)];
  const page = db.$with('page').as(
    db
      .select({ pageId: sql<string>`${accounts.id}`.as('page_id') })
      .from(accounts)
      .leftJoin(f, eq(f.accountId, accounts.id))
      .where(where)
      .orderBy(...order)
      .limit(literal(query.pageSize))
      .offset(p('offset')),
  );
  return db
    .with(page)
    .select({
      accountId: accounts.id,
      name: accounts.name,
      tier: accounts.tier,
      objective: accounts.objective,
      managerName: sql<
        string | null
      >`(select ${people.name} from ${people} where ${people.id} = ${accounts.managerPersonId})`,
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
      gaps: gapsToday,
      trend: sql<MonthPoint[] | null>`${f.trend}`,
      totals: totalsOf(where),
    })
    .from(page)
    .innerJoin(accounts, eq(accounts.id, page.pageId))
    .leftJoin(f, eq(f.accountId, accounts.id))
    .orderBy(...order);
}

type PageStatement = { execute: ReturnType<typeof pageQuery>['execute'] };

/**
 * Named statements, one per shape of query: drizzle builds each once (building the totals and the gap
 * arithmetic took longer than PostgreSQL takes to run them) and PostgreSQL plans each once per
 * connection. Past MAX_SHAPES a shape runs unnamed, so trying every combination cannot fill memory.
 */
const MAX_SHAPES = 200;
const statements = new WeakMap<Db, Map<string, PageStatement>>();
let named = 0;

function statementFor(db: Db, actor: Actor, query: Query): PageStatement {
  let byShape = statements.get(db);
  if (!byShape) {
    byShape = new Map();
    statements.set(db, byShape);
  }
  const filters = (['q', 'tier', 'objective'] as const).filter((k) => query[k]);
  const shape = [visibilityOf(actor), query.mapped, query.sort, query.pageSize, ...filters].join(' ');
  const known = byShape.get(shape);
  if (known) return known;
  const built = pageQuery(db, actor, query);
  if (byShape.size >= MAX_SHAPES) return built;
  const statement = built.prepare(`stakeholder_portfolio_${++named}`);
  byShape.set(shape, statement);
  return statement;
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
  const values = {
    personId: actor.personId,
    today,
    touchCut: daysBefore(today, DEFAULT_TOUCH_DAYS + 1),
    readingCut: daysBefore(today, DEFAULT_READING_DAYS + 1),
    pattern: query.q ? containsPattern(query.q) : undefined,
    tier: query.tier,
    objective: query.objective,
    offset: offsetOf(query.page, query.pageSize),
  };
  const rows = await statementFor(db, actor, query).execute(values);
  // Only a page past the end, with no row to carry them, asks for the totals on their own (page 1).
  const t: Totals =
    rows[0]?.totals ??
    (query.page === 1
      ? emptyTotals
      : ((await statementFor(db, actor, { ...query, page: 1 }).execute({ ...values, offset: 0 }))[0]
          ?.totals ?? emptyTotals));

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

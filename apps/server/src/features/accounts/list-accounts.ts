import type { AccountListItem, ListAccountsQuery, Page } from '@vested/contracts';
import type { Actor, IsoDate } from '@vested/domain';
import { and, count, eq, ilike, isNotNull, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { accounts, people } from '../../db/schema';
import { containsPattern, offsetOf, orderBy } from '../../http/pagination';
import { type AccountRow, accountColumns, presentAccount, visibleTo } from './queries';

type Query = z.output<typeof ListAccountsQuery>;

const sortable = {
  name: accounts.name,
  industry: accounts.industry,
  country: accounts.country,
  startedOn: accounts.startedOn,
  status: accounts.status,
  objective: accounts.objective,
  tier: accounts.tier,
  updatedAt: accounts.updatedAt,
};

/** Search looks in the name, the industry and the tags. */
function matches(q: string): SQL | undefined {
  const pattern = containsPattern(q);
  return or(
    ilike(accounts.name, pattern),
    ilike(accounts.industry, pattern),
    sql`array_to_string(${accounts.tags}, ' ') ilike ${pattern}`,
  );
}

export async function listAccounts(
  db: Db,
  actor: Actor,
  query: Query,
  today: IsoDate,
): Promise<Page<AccountListItem>> {
  const conditions: (SQL | undefined)[] = [
    visibleTo(actor, today),
    query.archived === 'false' ? isNull(accounts.archivedAt) : undefined,
    query.archived === 'true' ? isNotNull(accounts.archivedAt) : undefined,
    query.objective ? eq(accounts.objective, query.objective) : undefined,
    query.tier ? eq(accounts.tier, query.tier) : undefined,
    query.phase ? eq(accounts.phase, query.phase) : undefined,
    query.status ? eq(accounts.status, query.status) : undefined,
    query.managerPersonId ? eq(accounts.managerPersonId, query.managerPersonId) : undefined,
    query.q ? matches(query.q) : undefined,
  ];
  const where = and(...conditions);
  const { businessNotes: _notes, ...listColumns } = accountColumns;

  // One round trip (each costs more than the SQL here): the total rides along as an uncorrelated
  // subquery, which PostgreSQL runs once, and the page stops after its rows (an index walk in sort
  // order). A window count(*) over() instead makes PostgreSQL build every matching row in full first.
  // Only a page past the end, which returns no row to carry the total, needs a second query.
  const countAll = sql<number>`(select count(*)::int from ${accounts} where ${where ?? sql`true`})`;
  const rows = await db
    .select({ ...listColumns, total: countAll })
    .from(accounts)
    .leftJoin(people, eq(people.id, accounts.managerPersonId))
    .where(where)
    .orderBy(...orderBy(query.sort, sortable, accounts.id))
    .limit(query.pageSize)
    .offset(offsetOf(query.page, query.pageSize));
  const total =
    rows[0]?.total ??
    (query.page === 1 ? 0 : ((await db.select({ n: count() }).from(accounts).where(where))[0]?.n ?? 0));
  return {
    items: rows.map(({ total: _t, ...row }) => {
      const { businessNotes: _b, ...item } = presentAccount({ ...(row as AccountRow), businessNotes: null });
      return item;
    }),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

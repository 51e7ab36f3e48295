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
    query.q
      ? or(ilike(accounts.name, containsPattern(query.q)), ilike(accounts.industry, containsPattern(query.q)))
      : undefined,
  ];
  const where = and(...conditions);
  const { businessNotes: _notes, ...listColumns } = accountColumns;

  // The total rides along with the page (a window count) so a page costs one round trip; only a page
  // past the end needs a separate count.
  const rows = await db
    .select({ ...listColumns, total: sql<number>`count(*) over()`.mapWith(Number) })
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
    items: rows.map(({ total: _t, ...r }) => {
      const { businessNotes: _b, ...item } = presentAccount({
        ...(r as Omit<AccountRow, 'businessNotes'>),
        businessNotes: null,
      });
      return item;
    }),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

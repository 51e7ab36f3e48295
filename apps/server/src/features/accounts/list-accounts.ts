import type { AccountPage, ListAccountsQuery } from '@vested/contracts';
import type { Actor, IsoDate } from '@vested/domain';
import { and, count, eq, getTableColumns, ilike, isNotNull, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { accounts } from '../../db/schema';
import type { JsonText } from '../../http/json-text';
import { containsPattern, offsetOf, orderBy } from '../../http/pagination';
import { accountListItemJson } from './account-json';
import { visibilityOf, visibleAs } from './queries';

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

const p = sql.placeholder;

/**
 * The optional filters, each as a condition on its placeholder (search looks in the name, the
 * industry and the tags). The WHERE and the statement's shape both come from this one list.
 */
const filters = {
  objective: () => eq(accounts.objective, p('objective')),
  tier: () => eq(accounts.tier, p('tier')),
  phase: () => eq(accounts.phase, p('phase')),
  status: () => eq(accounts.status, p('status')),
  managerPersonId: () => eq(accounts.managerPersonId, p('managerPersonId')),
  q: () =>
    or(
      ilike(accounts.name, p('pattern')),
      ilike(accounts.industry, p('pattern')),
      sql`array_to_string(${accounts.tags}, ' ') ilike ${p('pattern')}`,
    ),
};
const filterNames = Object.keys(filters) as (keyof typeof filters)[];

/**
 * Which conditions a list needs depends only on its shape — whose visibility, archived or not, which
 * filters — never on the values, which are placeholders: so one shape is one prepared statement.
 */
function shapeOf(actor: Actor, query: Query) {
  return {
    visibility: visibilityOf(actor),
    archived: query.archived,
    used: filterNames.filter((name) => query[name]),
  };
}

function conditionsOf({ visibility, archived, used }: ReturnType<typeof shapeOf>): SQL | undefined {
  return and(
    visibleAs(visibility, p('personId'), p('today')),
    archived === 'false' ? isNull(accounts.archivedAt) : undefined,
    archived === 'true' ? isNotNull(accounts.archivedAt) : undefined,
    ...used.map((name) => filters[name]()),
  );
}

/**
 * The page size is written into the statement rather than sent as a parameter: with `limit $n`
 * PostgreSQL guesses the page at a tenth of the rows, prices its reusable plan above a fresh one and
 * so plans every execution again (a third of the statement's time).
 */
function literal(n: number): number {
  if (!Number.isInteger(n)) throw new Error(`not an integer: ${n}`);
  return sql.raw(String(n)) as unknown as number;
}

function pageQuery(db: Db, where: SQL | undefined, query: Query) {
  // One round trip (each costs more than the SQL here): the total rides along as an uncorrelated
  // subquery, which PostgreSQL runs once, and the page stops after its rows (an index walk in sort
  // order). A window count(*) over() instead makes PostgreSQL build every matching row in full first.
  const countAll = sql<number>`(select count(*)::int from ${accounts} where ${where ?? sql`true`})`;
  // The page is cut first and keeps the table's name, so the JSON is built for its rows only (built
  // in the same query, PostgreSQL made it for every row it walked past on the way to the page).
  const order = orderBy(query.sort, sortable, accounts.id);
  const { businessNotes: _notes, ...listColumns } = getTableColumns(accounts);
  const page = db
    .select(listColumns)
    .from(accounts)
    .where(where)
    .orderBy(...order)
    .limit(literal(query.pageSize))
    .offset(p('offset'))
    .as('accounts');
  return db
    .select({ item: accountListItemJson, total: countAll })
    .from(page)
    .orderBy(...order);
}

type PageStatement = { execute: ReturnType<typeof pageQuery>['execute'] };

/**
 * Named statements, one per shape of list: drizzle builds each once (building took longer than
 * PostgreSQL takes to run it) and PostgreSQL parses each once per connection. Past MAX_SHAPES a shape
 * runs unnamed, so a client that tries every combination of filters cannot fill the server's memory.
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
  const shape = shapeOf(actor, query);
  const key = [shape.visibility, shape.archived, query.sort, query.pageSize, ...shape.used].join(' ');
  const known = byShape.get(key);
  if (known) return known;
  const built = pageQuery(db, conditionsOf(shape), query);
  if (byShape.size >= MAX_SHAPES) return built;
  const statement = built.prepare(`accounts_list_${++named}`);
  byShape.set(key, statement);
  return statement;
}

async function countOnly(
  db: Db,
  shape: ReturnType<typeof shapeOf>,
  values: Record<string, unknown>,
): Promise<number> {
  const [row] = await db.select({ n: count() }).from(accounts).where(conditionsOf(shape)).execute(values);
  return row?.n ?? 0;
}

export async function listAccounts(
  db: Db,
  actor: Actor,
  query: Query,
  today: IsoDate,
): Promise<JsonText<typeof AccountPage>> {
  const values = {
    personId: actor.personId,
    today,
    objective: query.objective,
    tier: query.tier,
    phase: query.phase,
    status: query.status,
    managerPersonId: query.managerPersonId,
    pattern: query.q ? containsPattern(query.q) : undefined,
    offset: offsetOf(query.page, query.pageSize),
  };
  const rows = await statementFor(db, actor, query).execute(values);
  // Only a page past the end, which returns no row to carry the total, needs a second query.
  const total = rows[0]?.total ?? (query.page === 1 ? 0 : await countOnly(db, shapeOf(actor, query), values));
  // Each item is JSON from PostgreSQL (see account-json.ts); the page around them is ours.
  const items = rows.map((r) => r.item).join(',');
  return `{"items":[${items}],"total":${total},"page":${query.page},"pageSize":${query.pageSize}}`;
}

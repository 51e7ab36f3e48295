import type { Contact, ListContactsQuery, Page } from '@vested/contracts';
import { and, count, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { contacts } from '../../db/schema';
import { containsPattern, offsetOf, orderBy } from '../../http/pagination';
import { type ContactRow, contactColumns, presentContact } from './queries';

type Query = z.output<typeof ListContactsQuery>;

const sortable = {
  name: contacts.name,
  title: contacts.title,
  businessUnit: contacts.businessUnit,
  level: contacts.level,
  influence: contacts.influence,
  interest: contacts.interest,
  updatedAt: contacts.updatedAt,
};

/** Search looks in the name, title, business unit, email and the contact's interests. */
function matches(q: string): SQL | undefined {
  const pattern = containsPattern(q);
  return or(
    ilike(contacts.name, pattern),
    ilike(contacts.title, pattern),
    ilike(contacts.businessUnit, pattern),
    ilike(contacts.email, pattern),
    sql`array_to_string(${contacts.interests}, ' ') ilike ${pattern}`,
  );
}

/** The contacts of one account (already authorized by the route), filtered, sorted and paged in SQL. */
export async function listContacts(db: Db, accountId: string, query: Query): Promise<Page<Contact>> {
  const where = and(
    eq(contacts.accountId, accountId),
    query.status === 'all' ? undefined : eq(contacts.status, query.status),
    query.decisionRole ? eq(contacts.decisionRole, query.decisionRole) : undefined,
    query.level ? eq(contacts.level, query.level) : undefined,
    query.q ? matches(query.q) : undefined,
  );
  const countAll = sql<number>`(select count(*)::int from ${contacts} where ${where})`;
  const rows = await db
    .select({ ...contactColumns, total: countAll })
    .from(contacts)
    .where(where)
    .orderBy(...orderBy(query.sort, sortable, contacts.id))
    .limit(query.pageSize)
    .offset(offsetOf(query.page, query.pageSize));
  const total =
    rows[0]?.total ??
    (query.page === 1 ? 0 : ((await db.select({ n: count() }).from(contacts).where(where))[0]?.n ?? 0));
  return {
    items: rows.map(({ total: _t, ...row }) => presentContact(row as ContactRow)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

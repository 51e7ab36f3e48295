import type { Investment, ListInvestmentsQuery, Page } from '@vested/contracts';
import { and, count, eq, gte, lte, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { investments, people } from '../../db/schema';
import { offsetOf, orderBy } from '../../http/pagination';
import { iso } from '../accounts/queries';

const columns = {
  id: investments.id,
  accountId: investments.accountId,
  kind: investments.kind,
  date: investments.date,
  amountMinor: investments.amountMinor,
  currency: investments.currency,
  personId: investments.personId,
  personName: people.name,
  role: investments.role,
  hours: investments.hours,
  note: investments.note,
  importId: investments.importId,
  version: investments.version,
  createdAt: investments.createdAt,
  updatedAt: investments.updatedAt,
};
type Row = Omit<Investment, 'amount' | 'personName'> & {
  amountMinor: number | null;
  currency: string | null;
  personName: string | null;
};

/** '7.500000' → '7.5': hours as a person reads them, still exact. */
const trimHours = (h: string | null) => (h === null ? null : h.includes('.') ? h.replace(/\.?0+$/, '') : h);

export function presentInvestment({ amountMinor, currency, ...r }: Row): Investment {
  return {
    ...r,
    amount: amountMinor === null || currency === null ? null : { amount: amountMinor, currency },
    hours: trimHours(r.hours),
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}

export async function loadInvestment(db: Db, id: string): Promise<Row | undefined> {
  const [row] = await db
    .select(columns)
    .from(investments)
    .leftJoin(people, eq(people.id, investments.personId))
    .where(eq(investments.id, id));
  return row;
}

export async function listInvestments(
  db: Db,
  accountId: string,
  query: z.output<typeof ListInvestmentsQuery>,
): Promise<Page<Investment>> {
  const where = and(
    ...([
      eq(investments.accountId, accountId),
      query.kind ? eq(investments.kind, query.kind) : undefined,
      query.personId ? eq(investments.personId, query.personId) : undefined,
      query.from ? gte(investments.date, query.from) : undefined,
      query.to ? lte(investments.date, query.to) : undefined,
    ] as (SQL | undefined)[]),
  );
  const sortable = { date: investments.date, kind: investments.kind, createdAt: investments.createdAt };
  const [rows, [total]] = await Promise.all([
    db
      .select(columns)
      .from(investments)
      .leftJoin(people, eq(people.id, investments.personId))
      .where(where)
      .orderBy(...orderBy(query.sort, sortable, investments.id))
      .limit(query.pageSize)
      .offset(offsetOf(query.page, query.pageSize)),
    db.select({ n: count() }).from(investments).where(where),
  ]);
  return {
    items: rows.map(presentInvestment),
    total: total?.n ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}

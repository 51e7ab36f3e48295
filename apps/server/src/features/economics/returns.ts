import type { ListReturnsQuery, Page, PutMonthlyReturnBody } from '@vested/contracts';
import type { IsoDate } from '@vested/domain';
import { and, count, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { monthlyReturns } from '../../db/schema';
import type { SignedIn } from '../../http/authenticate';
import { offsetOf, orderBy } from '../../http/pagination';
import { iso, loadAccountFor } from '../accounts/queries';
import { auditEconomics } from './audit';
import { applyReturn, RateBook } from './rollup';

type Row = typeof monthlyReturns.$inferSelect;
const present = (r: Row) => ({
  month: r.month,
  kind: r.kind,
  amount: { amount: r.amountMinor, currency: r.currency },
  updatedAt: iso(r.updatedAt),
});

export async function listReturns(
  db: Db,
  accountId: string,
  query: z.output<typeof ListReturnsQuery>,
): Promise<Page<ReturnType<typeof present>>> {
  const where = and(
    ...([
      eq(monthlyReturns.accountId, accountId),
      query.kind ? eq(monthlyReturns.kind, query.kind) : undefined,
      query.from ? gte(monthlyReturns.month, query.from) : undefined,
      query.to ? lte(monthlyReturns.month, query.to) : undefined,
    ] as (SQL | undefined)[]),
  );
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(monthlyReturns)
      .where(where)
      .orderBy(...orderBy(query.sort, { month: monthlyReturns.month }, monthlyReturns.id))
      .limit(query.pageSize)
      .offset(offsetOf(query.page, query.pageSize)),
    db.select({ n: count() }).from(monthlyReturns).where(where),
  ]);
  return { items: rows.map(present), total: total?.n ?? 0, page: query.page, pageSize: query.pageSize };
}

/**
 * Sets one return line (month × kind × currency) to an amount, or removes it (`amount: null`); the
 * rollup moves in the same transaction. Setting a line twice to the same amount changes nothing.
 */
export async function putReturn(
  db: Db,
  actor: SignedIn,
  accountId: string,
  body: z.output<typeof PutMonthlyReturnBody>,
  today: IsoDate,
): Promise<{ item: ReturnType<typeof present> | null }> {
  return db.transaction(async (tx) => {
    await loadAccountFor(tx, actor, accountId, 'recordReturns', today);
    const key = and(
      eq(monthlyReturns.accountId, accountId),
      eq(monthlyReturns.month, body.month),
      eq(monthlyReturns.kind, body.kind),
      eq(monthlyReturns.currency, body.currency),
    );
    const [before] = await tx.select().from(monthlyReturns).where(key).for('update');
    if ((before?.amountMinor ?? null) === body.amount) return { item: before ? present(before) : null };
    const book = new RateBook(tx);
    if (before) await applyReturn(tx, book, before, -1);
    let after: Row | undefined;
    if (body.amount === null) await tx.delete(monthlyReturns).where(key);
    else {
      [after] = await tx
        .insert(monthlyReturns)
        .values({
          accountId,
          month: body.month,
          kind: body.kind,
          currency: body.currency,
          amountMinor: body.amount,
        })
        .onConflictDoUpdate({
          target: [
            monthlyReturns.accountId,
            monthlyReturns.month,
            monthlyReturns.kind,
            monthlyReturns.currency,
          ],
          set: {
            amountMinor: body.amount,
            version: sql`${monthlyReturns.version} + 1`,
            updatedAt: new Date().toISOString(),
          },
        })
        .returning();
      await applyReturn(tx, book, after!, 1);
    }
    await auditEconomics(tx, {
      actorUserId: actor.userId,
      entityType: 'monthly_return',
      entityId: `${body.month} ${body.kind} ${body.currency}`,
      accountId,
      action: before ? (after ? 'updated' : 'deleted') : 'created',
      changes: { amountMinor: { before: before?.amountMinor ?? null, after: body.amount } },
    });
    return { item: after ? present(after) : null };
  });
}

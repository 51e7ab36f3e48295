import type { ListExchangeRatesQuery, Page, PutExchangeRateBody } from '@vested/contracts';
import { canOnWorkspace } from '@vested/domain';
import { and, count, eq, gte, lte, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { exchangeRates } from '../../db/schema';
import type { SignedIn } from '../../http/authenticate';
import { forbidden, notFound, ruleBroken } from '../../http/errors';
import { offsetOf, orderBy } from '../../http/pagination';
import { iso } from '../accounts/queries';
import { auditEconomics } from './audit';
import { reconvertMonth } from './rollup';
import { loadSettingsRow } from './settings';

type Rate = typeof exchangeRates.$inferSelect;
const present = (r: Rate) => ({ ...r, updatedAt: iso(r.updatedAt) });

function mayManage(actor: SignedIn): void {
  if (!canOnWorkspace(actor, 'manageEconomics')) throw forbidden('Only finance or a director enters rates');
}

export async function listExchangeRates(
  db: Db,
  query: z.output<typeof ListExchangeRatesQuery>,
): Promise<Page<ReturnType<typeof present>>> {
  const where = and(
    ...([
      query.currency ? eq(exchangeRates.currency, query.currency) : undefined,
      query.from ? gte(exchangeRates.month, query.from) : undefined,
      query.to ? lte(exchangeRates.month, query.to) : undefined,
    ] as (SQL | undefined)[]),
  );
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(exchangeRates)
      .where(where)
      .orderBy(
        ...orderBy(
          query.sort,
          { month: exchangeRates.month, currency: exchangeRates.currency },
          exchangeRates.currency,
        ),
      )
      .limit(query.pageSize)
      .offset(offsetOf(query.page, query.pageSize)),
    db.select({ n: count() }).from(exchangeRates).where(where),
  ]);
  return { items: rows.map(present), total: total?.n ?? 0, page: query.page, pageSize: query.pageSize };
}

/** Sets a month's rate (insert or replace) and re-converts that month's rollup rows in the same transaction. */
export async function putExchangeRate(
  db: Db,
  actor: SignedIn,
  body: z.output<typeof PutExchangeRateBody>,
): Promise<ReturnType<typeof present>> {
  mayManage(actor);
  return db.transaction(async (tx) => {
    const { baseCurrency } = await loadSettingsRow(tx);
    if (body.currency === baseCurrency) {
      const message = `${baseCurrency} is the base currency: its rate is always 1`;
      throw ruleBroken(message, { currency: message });
    }
    const [before] = await tx
      .select()
      .from(exchangeRates)
      .where(and(eq(exchangeRates.currency, body.currency), eq(exchangeRates.month, body.month)));
    const [saved] = await tx
      .insert(exchangeRates)
      .values({ ...body, updatedAt: new Date().toISOString() })
      .onConflictDoUpdate({
        target: [exchangeRates.currency, exchangeRates.month],
        set: { ratePerBase: body.ratePerBase, updatedAt: new Date().toISOString() },
      })
      .returning();
    if (before?.ratePerBase !== body.ratePerBase) {
      await reconvertMonth(tx, body.currency, body.month);
      await auditEconomics(tx, {
        actorUserId: actor.userId,
        entityType: 'exchange_rate',
        entityId: `${body.currency} ${body.month}`,
        action: before ? 'updated' : 'created',
        changes: { ratePerBase: { before: before?.ratePerBase ?? null, after: body.ratePerBase } },
      });
    }
    return present(saved!);
  });
}

export async function deleteExchangeRate(
  db: Db,
  actor: SignedIn,
  currency: string,
  month: string,
): Promise<void> {
  mayManage(actor);
  await db.transaction(async (tx) => {
    const [gone] = await tx
      .delete(exchangeRates)
      .where(and(eq(exchangeRates.currency, currency), eq(exchangeRates.month, month)))
      .returning();
    if (!gone) throw notFound('Exchange rate');
    await reconvertMonth(tx, currency, month);
    await auditEconomics(tx, {
      actorUserId: actor.userId,
      entityType: 'exchange_rate',
      entityId: `${currency} ${month}`,
      action: 'deleted',
      changes: { ratePerBase: { before: gone.ratePerBase, after: null } },
    });
  });
}

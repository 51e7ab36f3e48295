import type { CostRate, CreateCostRateBody, ListCostRatesQuery, Page } from '@vested/contracts';
import { canOnWorkspace } from '@vested/domain';
import { and, count, eq, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { costRates, people } from '../../db/schema';
import type { SignedIn } from '../../http/authenticate';
import { conflict, forbidden, notFound, ruleBroken } from '../../http/errors';
import { offsetOf, orderBy } from '../../http/pagination';
import { iso } from '../accounts/queries';
import { assertRoleKnown } from '../teams/queries';
import { auditEconomics } from './audit';
import { revalueLabor } from './rollup';

const columns = {
  id: costRates.id,
  level: costRates.level,
  personId: costRates.personId,
  personName: people.name,
  role: costRates.role,
  from: costRates.fromDate,
  hourlyMinor: costRates.hourlyMinor,
  currency: costRates.currency,
  createdAt: costRates.createdAt,
};
type Row = {
  id: string;
  level: 'person' | 'role' | 'workspace';
  personId: string | null;
  personName: string | null;
  role: string | null;
  from: string;
  hourlyMinor: number;
  currency: string;
  createdAt: string;
};

const present = ({ hourlyMinor, currency, ...r }: Row): CostRate => ({
  ...r,
  personName: r.personName ?? null,
  hourly: { amount: hourlyMinor, currency },
  createdAt: iso(r.createdAt),
});

/** Cost rates are close to salaries: only those who manage economics read them. */
function mayManage(actor: SignedIn): void {
  if (!canOnWorkspace(actor, 'manageEconomics'))
    throw forbidden('Only finance or a director sees cost rates');
}

export async function listCostRates(
  db: Db,
  actor: SignedIn,
  query: z.output<typeof ListCostRatesQuery>,
): Promise<Page<CostRate>> {
  mayManage(actor);
  const where = and(
    ...([
      query.level ? eq(costRates.level, query.level) : undefined,
      query.personId ? eq(costRates.personId, query.personId) : undefined,
      query.role ? eq(costRates.role, query.role) : undefined,
    ] as (SQL | undefined)[]),
  );
  const [rows, [total]] = await Promise.all([
    db
      .select(columns)
      .from(costRates)
      .leftJoin(people, eq(people.id, costRates.personId))
      .where(where)
      .orderBy(...orderBy(query.sort, { from: costRates.fromDate, level: costRates.level }, costRates.id))
      .limit(query.pageSize)
      .offset(offsetOf(query.page, query.pageSize)),
    db.select({ n: count() }).from(costRates).where(where),
  ]);
  return { items: rows.map(present), total: total?.n ?? 0, page: query.page, pageSize: query.pageSize };
}

/** Adds a rate and, in the same transaction, revalues the labor it applies to. */
export async function createCostRate(
  db: Db,
  actor: SignedIn,
  body: z.output<typeof CreateCostRateBody>,
): Promise<CostRate> {
  mayManage(actor);
  return db.transaction(async (tx) => {
    if (body.personId) {
      const [p] = await tx.select({ id: people.id }).from(people).where(eq(people.id, body.personId));
      if (!p) throw ruleBroken('No such person', { personId: 'No such person' });
    }
    if (body.role) await assertRoleKnown(tx, body.role);
    const [row] = await tx
      .insert(costRates)
      .values({
        level: body.level,
        personId: body.personId ?? null,
        role: body.role ?? null,
        fromDate: body.from,
        hourlyMinor: body.hourly.amount,
        currency: body.hourly.currency,
      })
      .onConflictDoNothing()
      .returning({ id: costRates.id });
    if (!row)
      throw conflict('A rate of this owner already starts on that day', {
        from: 'Already has a rate from this day',
      });
    await revalueLabor(tx, { personId: body.personId, role: body.role, from: body.from });
    await auditEconomics(tx, {
      actorUserId: actor.userId,
      entityType: 'cost_rate',
      entityId: row.id,
      action: 'created',
      changes: {
        level: { before: null, after: body.level },
        from: { before: null, after: body.from },
        hourly: { before: null, after: body.hourly },
      },
    });
    return present((await loadRate(tx, row.id))!);
  });
}

async function loadRate(db: Db, id: string): Promise<Row | undefined> {
  const [row] = await db
    .select(columns)
    .from(costRates)
    .leftJoin(people, eq(people.id, costRates.personId))
    .where(eq(costRates.id, id));
  return row;
}

export async function deleteCostRate(db: Db, actor: SignedIn, id: string): Promise<void> {
  mayManage(actor);
  await db.transaction(async (tx) => {
    const [gone] = await tx.delete(costRates).where(eq(costRates.id, id)).returning();
    if (!gone) throw notFound('Cost rate');
    await revalueLabor(tx, { personId: gone.personId, role: gone.role, from: gone.fromDate });
    await auditEconomics(tx, {
      actorUserId: actor.userId,
      entityType: 'cost_rate',
      entityId: id,
      action: 'deleted',
      changes: { hourly: { before: { amount: gone.hourlyMinor, currency: gone.currency }, after: null } },
    });
  });
}

import type {
  CreateValueEventBody,
  ListValueEventsQuery,
  Page,
  UpdateValueEventBody,
  ValueEvent,
} from '@vested/contracts';
import { canOnWorkspace, diffFields, type IsoDate } from '@vested/domain';
import { and, count, eq, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { valueEvents } from '../../db/schema';
import type { SignedIn } from '../../http/authenticate';
import { HttpError, notFound, staleVersion } from '../../http/errors';
import { offsetOf, orderBy } from '../../http/pagination';
import { iso, loadAccountFor } from '../accounts/queries';
import { auditEconomics, removed } from './audit';

type Row = typeof valueEvents.$inferSelect;
const present = ({ equivalentMinor, equivalentCurrency, ...r }: Row): ValueEvent => ({
  ...r,
  moneyEquivalent:
    equivalentMinor === null || equivalentCurrency === null
      ? null
      : { amount: equivalentMinor, currency: equivalentCurrency },
  createdAt: iso(r.createdAt),
  updatedAt: iso(r.updatedAt),
});

export async function listValueEvents(
  db: Db,
  accountId: string,
  query: z.output<typeof ListValueEventsQuery>,
): Promise<Page<ValueEvent>> {
  const where = and(
    ...([eq(valueEvents.accountId, accountId), query.kind ? eq(valueEvents.kind, query.kind) : undefined] as (
      | SQL
      | undefined
    )[]),
  );
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(valueEvents)
      .where(where)
      .orderBy(...orderBy(query.sort, { date: valueEvents.date, score: valueEvents.score }, valueEvents.id))
      .limit(query.pageSize)
      .offset(offsetOf(query.page, query.pageSize)),
    db.select({ n: count() }).from(valueEvents).where(where),
  ]);
  return { items: rows.map(present), total: total?.n ?? 0, page: query.page, pageSize: query.pageSize };
}

type Fields = Partial<z.output<typeof CreateValueEventBody>>;
const columnsOf = (b: Fields) => ({
  kind: b.kind,
  date: b.date,
  score: b.score,
  note: b.note,
  ...(b.moneyEquivalent !== undefined && {
    equivalentMinor: b.moneyEquivalent?.amount ?? null,
    equivalentCurrency: b.moneyEquivalent?.currency ?? null,
  }),
});

const equivalentIsTheDirectors = 'Only a director sets the money equivalent of a value event';

/** A value event's money equivalent is the director's judgement (see permissions.ts: valueInMoney). */
function mayValueInMoney(actor: SignedIn, wanted: boolean): void {
  if (wanted && !canOnWorkspace(actor, 'valueInMoney'))
    throw new HttpError(403, 'forbidden', equivalentIsTheDirectors, {
      moneyEquivalent: equivalentIsTheDirectors,
    });
}

export async function createValueEvent(
  db: Db,
  actor: SignedIn,
  accountId: string,
  body: z.output<typeof CreateValueEventBody>,
  today: IsoDate,
): Promise<ValueEvent> {
  return db.transaction(async (tx) => {
    await loadAccountFor(tx, actor, accountId, 'recordValueEvent', today);
    mayValueInMoney(actor, body.moneyEquivalent != null);
    const values = columnsOf(body);
    const [row] = await tx
      .insert(valueEvents)
      .values({ ...values, kind: body.kind, date: body.date, score: body.score, accountId })
      .returning();
    await auditEconomics(tx, {
      actorUserId: actor.userId,
      entityType: 'value_event',
      entityId: row!.id,
      accountId,
      action: 'created',
      changes: diffFields(null, values),
    });
    return present(row!);
  });
}

export async function updateValueEvent(
  db: Db,
  actor: SignedIn,
  accountId: string,
  id: string,
  body: z.output<typeof UpdateValueEventBody>,
  today: IsoDate,
): Promise<ValueEvent> {
  return db.transaction(async (tx) => {
    await loadAccountFor(tx, actor, accountId, 'recordValueEvent', today);
    const [before] = await tx.select().from(valueEvents).where(eq(valueEvents.id, id)).for('update');
    if (!before || before.accountId !== accountId) throw notFound('Value event');
    if (before.version !== body.version) throw staleVersion();
    const { version: _v, ...fields } = body;
    const next = columnsOf(fields);
    const changes = diffFields(before, next);
    mayValueInMoney(actor, 'equivalentMinor' in changes || 'equivalentCurrency' in changes);
    if (Object.keys(changes).length === 0) return present(before);
    const [after] = await tx
      .update(valueEvents)
      .set({ ...next, version: sql`${valueEvents.version} + 1`, updatedAt: new Date().toISOString() })
      .where(eq(valueEvents.id, id))
      .returning();
    await auditEconomics(tx, {
      actorUserId: actor.userId,
      entityType: 'value_event',
      entityId: id,
      accountId,
      action: 'updated',
      changes,
    });
    return present(after!);
  });
}

export async function deleteValueEvent(
  db: Db,
  actor: SignedIn,
  accountId: string,
  id: string,
  today: IsoDate,
): Promise<void> {
  await db.transaction(async (tx) => {
    await loadAccountFor(tx, actor, accountId, 'recordValueEvent', today);
    const [gone] = await tx.delete(valueEvents).where(eq(valueEvents.id, id)).returning();
    if (!gone || gone.accountId !== accountId) throw notFound('Value event');
    await auditEconomics(tx, {
      actorUserId: actor.userId,
      entityType: 'value_event',
      entityId: id,
      accountId,
      action: 'deleted',
      changes: removed({ kind: gone.kind, date: gone.date, score: gone.score }),
    });
  });
}

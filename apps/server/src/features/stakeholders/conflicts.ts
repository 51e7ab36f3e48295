import type { Conflict } from '@vested/contracts';
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { conflictsOfInterest } from '../../db/schema';
import { notFound } from '../../http/errors';
import { iso } from '../accounts/queries';
import { assertContactsOfAccount } from './queries';

type Row = typeof conflictsOfInterest.$inferSelect;

export function presentConflict(row: Row): Conflict {
  return { ...row, createdAt: iso(row.createdAt), updatedAt: iso(row.updatedAt) };
}

export async function listConflicts(db: Db, accountId: string): Promise<Conflict[]> {
  const rows = await db
    .select()
    .from(conflictsOfInterest)
    .where(eq(conflictsOfInterest.accountId, accountId))
    .orderBy(desc(conflictsOfInterest.createdAt), desc(conflictsOfInterest.id));
  return rows.map(presentConflict);
}

/** A conflict of this account (one of another account is not found here), optionally locked. */
export async function loadConflict(db: Db, accountId: string, id: string, lock = false): Promise<Row> {
  const query = db
    .select()
    .from(conflictsOfInterest)
    .where(and(eq(conflictsOfInterest.id, id), eq(conflictsOfInterest.accountId, accountId)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('Conflict');
  return row;
}

/** Every contact named on a side must be a contact of the account: 422 on `sides.i.contactIds.j`. */
export async function assertSides(
  db: Db,
  accountId: string,
  sides: readonly { contactIds: string[] }[],
): Promise<void> {
  const named = sides.flatMap((s, i) =>
    s.contactIds.map((id, j) => ({ id, field: `sides.${i}.contactIds.${j}` })),
  );
  await assertContactsOfAccount(
    db,
    accountId,
    named.map((n) => n.id),
    (k) => named[k]!.field,
  );
}

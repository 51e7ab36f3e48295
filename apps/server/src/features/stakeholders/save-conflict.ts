import type { Conflict, CreateConflictBody, UpdateConflictBody } from '@vested/contracts';
import { diffFields, type IsoDate } from '@vested/domain';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { conflictsOfInterest } from '../../db/schema';
import type { SignedIn } from '../../http/authenticate';
import { staleVersion } from '../../http/errors';
import { loadAccountFor } from '../accounts/queries';
import { auditStakeholders } from './audit';
import { assertSides, loadConflict, presentConflict } from './conflicts';

/** Record a conflict of interest between contacts (or groups of them) of the account. */
export async function createConflict(
  db: Db,
  actor: SignedIn,
  accountId: string,
  body: z.output<typeof CreateConflictBody>,
  now: Date,
  today: IsoDate,
): Promise<Conflict> {
  return db.transaction(async (tx) => {
    await loadAccountFor(tx, actor, accountId, 'update', today);
    await assertSides(tx, accountId, body.sides);
    const [row] = await tx
      .insert(conflictsOfInterest)
      .values({ ...body, accountId, createdAt: now.toISOString(), updatedAt: now.toISOString() })
      .returning();
    await auditStakeholders(tx, {
      actorUserId: actor.userId,
      entityType: 'conflict_of_interest',
      entityId: row!.id,
      accountId,
      action: 'created',
      changes: diffFields(null, body),
      contactIds: body.sides.flatMap((s) => s.contactIds),
    });
    return presentConflict(row!);
  });
}

/** Edit with the version read: how it was resolved, the outcome, the status. */
export async function updateConflict(
  db: Db,
  actor: SignedIn,
  accountId: string,
  conflictId: string,
  body: z.output<typeof UpdateConflictBody>,
  now: Date,
  today: IsoDate,
): Promise<Conflict> {
  return db.transaction(async (tx) => {
    await loadAccountFor(tx, actor, accountId, 'update', today);
    const current = await loadConflict(tx, accountId, conflictId, true);
    if (current.version !== body.version) throw staleVersion();
    const { version: _v, ...patch } = body;
    const changes = diffFields(current, patch);
    if (Object.keys(changes).length === 0) return presentConflict(current);
    if (patch.sides) await assertSides(tx, accountId, patch.sides);
    const [row] = await tx
      .update(conflictsOfInterest)
      .set({ ...patch, version: sql`${conflictsOfInterest.version} + 1`, updatedAt: now.toISOString() })
      .where(eq(conflictsOfInterest.id, conflictId))
      .returning();
    await auditStakeholders(tx, {
      actorUserId: actor.userId,
      entityType: 'conflict_of_interest',
      entityId: conflictId,
      accountId,
      action: 'updated',
      changes: { conflict: { before: current.title, after: row!.title }, ...changes },
      contactIds: [...current.sides, ...row!.sides].flatMap((s) => s.contactIds),
    });
    return presentConflict(row!);
  });
}

/** For a conflict entered by mistake; a real one is closed with a status instead. */
export async function removeConflict(
  db: Db,
  actor: SignedIn,
  accountId: string,
  conflictId: string,
  today: IsoDate,
): Promise<void> {
  await db.transaction(async (tx) => {
    await loadAccountFor(tx, actor, accountId, 'update', today);
    const current = await loadConflict(tx, accountId, conflictId, true);
    await tx.delete(conflictsOfInterest).where(eq(conflictsOfInterest.id, conflictId));
    await auditStakeholders(tx, {
      actorUserId: actor.userId,
      entityType: 'conflict_of_interest',
      entityId: conflictId,
      accountId,
      action: 'removed',
      changes: diffFields({ title: current.title, status: current.status }, { title: null, status: null }),
      contactIds: current.sides.flatMap((s) => s.contactIds),
    });
  });
}

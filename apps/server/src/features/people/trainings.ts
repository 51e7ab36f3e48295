import type { CreateTrainingBody, Training, UpdateTrainingBody } from '@vested/contracts';
import { canOnWorkspace, diffFields } from '@vested/domain';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { personTrainings } from '../../db/schema';
import type { SignedIn } from '../../http/authenticate';
import { forbidden, notFound, staleVersion } from '../../http/errors';
import { iso } from '../accounts/queries';
import { recordAudit } from '../audit/record-audit';
import { loadPerson } from './queries';

type Row = typeof personTrainings.$inferSelect;
const present = (r: Row): Training => ({
  id: r.id,
  personId: r.personId,
  title: r.title,
  date: r.date,
  provider: r.provider,
  notes: r.notes,
  version: r.version,
  createdAt: iso(r.createdAt),
});

function authorize(actor: SignedIn) {
  if (!canOnWorkspace(actor, 'managePeople'))
    throw forbidden('Only an admin or a director records trainings');
}

/** Trainings and workshops a person attended, newest first (readable like the rest of the directory). */
export async function listTrainings(db: Db, personId: string): Promise<Training[]> {
  await loadPerson(db, personId);
  const rows = await db
    .select()
    .from(personTrainings)
    .where(eq(personTrainings.personId, personId))
    .orderBy(desc(personTrainings.date), desc(personTrainings.createdAt));
  return rows.map(present);
}

export async function createTraining(
  db: Db,
  actor: SignedIn,
  personId: string,
  body: z.output<typeof CreateTrainingBody>,
): Promise<Training> {
  authorize(actor);
  return db.transaction(async (tx) => {
    await loadPerson(tx, personId);
    const [row] = await tx
      .insert(personTrainings)
      .values({ personId, ...body })
      .returning();
    await recordAudit(tx, {
      actorUserId: actor.userId,
      entityType: 'person_training',
      entityId: row!.id,
      action: 'created',
      changes: diffFields(null, body),
    });
    return present(row!);
  });
}

async function lockTraining(tx: Db, personId: string, id: string): Promise<Row> {
  const [row] = await tx
    .select()
    .from(personTrainings)
    .where(and(eq(personTrainings.id, id), eq(personTrainings.personId, personId)))
    .for('update');
  if (!row) throw notFound('Training');
  return row;
}

export async function updateTraining(
  db: Db,
  actor: SignedIn,
  personId: string,
  id: string,
  body: z.output<typeof UpdateTrainingBody>,
): Promise<Training> {
  authorize(actor);
  return db.transaction(async (tx) => {
    const current = await lockTraining(tx, personId, id);
    if (current.version !== body.version) throw staleVersion();
    const { version: _v, ...patch } = body;
    const changes = diffFields(current, patch);
    if (Object.keys(changes).length === 0) return present(current);
    const [row] = await tx
      .update(personTrainings)
      .set({ ...patch, version: sql`${personTrainings.version} + 1`, updatedAt: new Date().toISOString() })
      .where(eq(personTrainings.id, id))
      .returning();
    await recordAudit(tx, {
      actorUserId: actor.userId,
      entityType: 'person_training',
      entityId: id,
      action: 'updated',
      changes,
    });
    return present(row!);
  });
}

export async function deleteTraining(db: Db, actor: SignedIn, personId: string, id: string): Promise<void> {
  authorize(actor);
  await db.transaction(async (tx) => {
    const current = await lockTraining(tx, personId, id);
    await tx.delete(personTrainings).where(eq(personTrainings.id, id));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      entityType: 'person_training',
      entityId: id,
      action: 'deleted',
      changes: diffFields(
        { title: current.title, date: current.date, provider: current.provider },
        { title: null, date: null, provider: null },
      ),
    });
  });
}

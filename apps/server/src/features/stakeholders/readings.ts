import type { CreateReadingBody, SatisfactionReading } from '@vested/contracts';
import { diffFields, type IsoDate } from '@vested/domain';
import { desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { satisfactionReadings, users } from '../../db/schema';
import type { SignedIn } from '../../http/authenticate';
import { ruleBroken } from '../../http/errors';
import { iso } from '../accounts/queries';
import { refreshAccountSummary } from './account-summary';
import { auditStakeholders } from './audit';
import { loadContactFor } from './queries';

const readingColumns = {
  id: satisfactionReadings.id,
  contactId: satisfactionReadings.contactId,
  takenOn: satisfactionReadings.takenOn,
  score: satisfactionReadings.score,
  source: satisfactionReadings.source,
  comment: satisfactionReadings.comment,
  recordedByName: users.name,
  createdAt: satisfactionReadings.createdAt,
};

/** A contact's satisfaction history, newest first (kept after they leave). */
export async function listReadings(db: Db, contactId: string): Promise<SatisfactionReading[]> {
  const rows = await db
    .select(readingColumns)
    .from(satisfactionReadings)
    .leftJoin(users, eq(users.id, satisfactionReadings.recordedByUserId))
    .where(eq(satisfactionReadings.contactId, contactId))
    .orderBy(desc(satisfactionReadings.takenOn), desc(satisfactionReadings.createdAt));
  return rows.map((r) => ({ ...r, createdAt: iso(r.createdAt) }));
}

/** A reading from a meeting or the manager's estimate; pulse readings come only from the pulse form. */
export async function createReading(
  db: Db,
  actor: SignedIn,
  contactId: string,
  body: z.output<typeof CreateReadingBody>,
  now: Date,
  today: IsoDate,
): Promise<SatisfactionReading> {
  return db.transaction(async (tx) => {
    const contact = await loadContactFor(tx, actor, contactId, 'update', today);
    if (body.takenOn > today)
      throw ruleBroken('A reading cannot be in the future', { takenOn: 'Not after today' });
    const values = { ...body, comment: body.comment ?? null };
    const [row] = await tx
      .insert(satisfactionReadings)
      .values({ contactId, ...values, recordedByUserId: actor.userId, createdAt: now.toISOString() })
      .returning({ id: satisfactionReadings.id });
    await auditStakeholders(tx, {
      actorUserId: actor.userId,
      entityType: 'satisfaction_reading',
      entityId: row!.id,
      accountId: contact.accountId,
      action: 'recorded',
      changes: diffFields(null, { contact: contact.name, ...values }),
      contactIds: [contactId],
    });
    await refreshAccountSummary(tx, contact.accountId, now, today);
    const [created] = await tx
      .select(readingColumns)
      .from(satisfactionReadings)
      .leftJoin(users, eq(users.id, satisfactionReadings.recordedByUserId))
      .where(eq(satisfactionReadings.id, row!.id));
    return { ...created!, createdAt: iso(created!.createdAt) };
  });
}

import type { UpdateProfileBody } from '@vested/contracts';
import { diffFields } from '@vested/domain';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import type { SignedIn } from '../../http/authenticate';
import { forgetUserSessions } from '../../http/session-cache';
import { recordAudit } from '../audit/record-audit';

/**
 * A user changes their own name or language. Their own latest values win (no version to send), but the
 * version still moves on, so an admin editing the same user from an older read gets 409, not a silent overwrite.
 */
export async function updateProfile(
  db: Db,
  actor: SignedIn,
  body: z.output<typeof UpdateProfileBody>,
): Promise<SignedIn> {
  const updated = await db.transaction(async (tx) => {
    const [current] = await tx
      .select({ name: users.name, locale: users.locale })
      .from(users)
      .where(eq(users.id, actor.userId))
      .for('update');
    const changes = diffFields(current ?? null, body);
    if (Object.keys(changes).length === 0) return actor;
    const changed = Object.fromEntries(Object.keys(changes).map((k) => [k, body[k as keyof typeof body]]));
    await tx
      .update(users)
      .set({ ...changed, version: sql`${users.version} + 1`, updatedAt: new Date().toISOString() })
      .where(eq(users.id, actor.userId));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      entityType: 'user',
      entityId: actor.userId,
      action: 'updated',
      changes,
    });
    return { ...actor, ...changed };
  });
  // After the commit: a read in between would otherwise cache the old name and language again.
  forgetUserSessions(actor.userId);
  return updated;
}

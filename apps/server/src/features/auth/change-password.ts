import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { sessions, users } from '../../db/schema';
import { invalid } from '../../http/errors';
import { hashPassword, verifyPassword } from '../../http/secrets';
import { forgetUserSessions } from '../../http/session-cache';
import { recordAudit } from '../audit/record-audit';

/** A user changes their own password; their other sessions end, this one stays. */
export async function changePassword(
  db: Db,
  userId: string,
  keepSessionId: string | null,
  current: string,
  next: string,
): Promise<void> {
  const [user] = await db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId));
  if (!user || !(await verifyPassword(user.passwordHash, current))) {
    throw invalid('The current password is not right', {
      currentPassword: 'The current password is not right',
    });
  }
  const passwordHash = await hashPassword(next);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, updatedAt: new Date().toISOString() })
      .where(eq(users.id, userId));
    await tx
      .delete(sessions)
      .where(
        keepSessionId
          ? and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId))
          : eq(sessions.userId, userId),
      );
    await recordAudit(tx, {
      actorUserId: userId,
      entityType: 'user',
      entityId: userId,
      action: 'password_changed',
    });
  });
  // After the commit, so no read in between caches a session the change has ended.
  forgetUserSessions(userId);
}

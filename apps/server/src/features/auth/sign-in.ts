import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { sessions, users } from '../../db/schema';
import { newSecret, sha256, verifyPassword } from '../../http/secrets';
import { forgetSession } from '../../http/session-cache';

export const SESSION_DAYS = 14;

// Verifying against a real hash when the email is unknown keeps the response time the same,
// so sign-in does not reveal which emails have accounts.
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$iVtmbmG2rc2rNp02Pp4Oig$yb9sPQPeL/UgCOaZFHkYGyb4tpfGxMrqgithvoZToj0';

/** Returns the new session's cookie value, or null when the email and password do not match an active user. */
export async function signIn(db: Db, email: string, password: string, now: Date): Promise<string | null> {
  const [user] = await db
    .select({ id: users.id, passwordHash: users.passwordHash, active: users.active })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()))
    .limit(1);
  const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !ok || !user.active) return null;

  const cookie = newSecret();
  await db.transaction(async (tx) => {
    await tx.insert(sessions).values({
      id: sha256(cookie),
      userId: user.id,
      csrfToken: newSecret(24),
      expiresAt: new Date(now.getTime() + SESSION_DAYS * 86_400_000).toISOString(),
    });
    await tx.update(users).set({ lastSignInAt: now.toISOString() }).where(eq(users.id, user.id));
    // Housekeeping: drop this user's expired sessions while we are here.
    await tx
      .delete(sessions)
      .where(and(eq(sessions.userId, user.id), lt(sessions.expiresAt, now.toISOString())));
  });
  return cookie;
}

export async function signOut(db: Db, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
  // After the delete: a read in between would otherwise cache the session again.
  forgetSession(sessionId);
}

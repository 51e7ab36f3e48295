import type { CreateUserBody, ListUsersQuery, Page, UpdateUserBody, User } from '@vested/contracts';
import { diffFields } from '@vested/domain';
import { and, count, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { sessions, users } from '../../db/schema';
import type { SignedIn } from '../../http/authenticate';
import { conflict, notFound, ruleBroken, staleVersion } from '../../http/errors';
import { containsPattern, offsetOf, orderBy } from '../../http/pagination';
import { hashPassword } from '../../http/secrets';
import { forgetUserSessions } from '../../http/session-cache';
import { assertActivePerson, iso } from '../accounts/queries';
import { recordAudit } from '../audit/record-audit';

const userColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  locale: users.locale,
  active: users.active,
  personId: users.personId,
  lastSignInAt: users.lastSignInAt,
  version: users.version,
  createdAt: users.createdAt,
};
type UserRow = Omit<User, 'lastSignInAt'> & { lastSignInAt: string | null };
const present = (u: UserRow): User => ({
  ...u,
  createdAt: iso(u.createdAt),
  lastSignInAt: iso(u.lastSignInAt),
});

export async function listUsers(db: Db, query: z.output<typeof ListUsersQuery>): Promise<Page<User>> {
  const q = query.q ? containsPattern(query.q) : undefined;
  const where = and(
    ...([
      query.role ? eq(users.role, query.role) : undefined,
      q ? or(ilike(users.name, q), ilike(users.email, q)) : undefined,
    ] as (SQL | undefined)[]),
  );
  const sortable = { name: users.name, email: users.email, role: users.role, createdAt: users.createdAt };
  const [rows, [total]] = await Promise.all([
    db
      .select(userColumns)
      .from(users)
      .where(where)
      .orderBy(...orderBy(query.sort, sortable, users.id))
      .limit(query.pageSize)
      .offset(offsetOf(query.page, query.pageSize)),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { items: rows.map(present), total: total?.n ?? 0, page: query.page, pageSize: query.pageSize };
}

async function loadUser(db: Db, id: string): Promise<User> {
  const [row] = await db.select(userColumns).from(users).where(eq(users.id, id));
  if (!row) throw notFound('User');
  return present(row);
}

async function assertFree(
  tx: Db,
  email: string | undefined,
  personId: string | null | undefined,
  exceptId?: string,
) {
  if (email) {
    const [other] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(sql`lower(${users.email})`, email));
    if (other && other.id !== exceptId)
      throw conflict('A user with this email exists', { email: 'Already in use' });
  }
  if (personId) {
    await assertActivePerson(tx, personId, 'personId');
    const [other] = await tx.select({ id: users.id }).from(users).where(eq(users.personId, personId));
    if (other && other.id !== exceptId) {
      throw conflict('This person already has a user', { personId: 'Already linked to another user' });
    }
  }
}

export async function createUser(
  db: Db,
  actor: SignedIn,
  body: z.output<typeof CreateUserBody>,
): Promise<User> {
  const passwordHash = await hashPassword(body.password);
  return db.transaction(async (tx) => {
    await assertFree(tx, body.email, body.personId);
    const { password: _p, ...fields } = body;
    const [row] = await tx
      .insert(users)
      .values({ ...fields, passwordHash })
      .returning({ id: users.id });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      entityType: 'user',
      entityId: row!.id,
      action: 'created',
      changes: diffFields(null, fields),
    });
    return loadUser(tx, row!.id);
  });
}

export async function updateUser(
  db: Db,
  actor: SignedIn,
  id: string,
  body: z.output<typeof UpdateUserBody>,
): Promise<User> {
  const updated = await db.transaction(async (tx) => {
    const [current] = await tx.select(userColumns).from(users).where(eq(users.id, id)).for('update');
    if (!current) throw notFound('User');
    if (current.version !== body.version) throw staleVersion();
    const { version: _v, ...patch } = body;
    const changes = diffFields(current, patch);
    if (Object.keys(changes).length === 0) return present(current);
    // An admin cannot lock the workspace out by demoting or deactivating themselves.
    if (
      id === actor.userId &&
      (('role' in changes && patch.role !== 'admin') || ('active' in changes && !patch.active))
    ) {
      throw ruleBroken('You cannot remove your own admin access; ask another admin');
    }
    if ('personId' in changes) await assertFree(tx, undefined, patch.personId, id);
    const changed = Object.fromEntries(Object.keys(changes).map((k) => [k, patch[k as keyof typeof patch]]));
    await tx
      .update(users)
      .set({ ...changed, version: sql`${users.version} + 1`, updatedAt: new Date().toISOString() })
      .where(eq(users.id, id));
    // A deactivated user is signed out everywhere at once.
    if ('active' in changes && !patch.active) await tx.delete(sessions).where(eq(sessions.userId, id));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      entityType: 'user',
      entityId: id,
      action: 'updated',
      changes,
    });
    return loadUser(tx, id);
  });
  // After the commit: a read in between would otherwise cache the old role or active flag again.
  forgetUserSessions(id);
  return updated;
}

/** The admin sets a new password; every session of that user ends. */
export async function resetPassword(db: Db, actor: SignedIn, id: string, newPassword: string): Promise<void> {
  const passwordHash = await hashPassword(newPassword);
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(users)
      .set({ passwordHash, updatedAt: new Date().toISOString() })
      .where(eq(users.id, id))
      .returning({ id: users.id });
    if (updated.length === 0) throw notFound('User');
    await tx.delete(sessions).where(eq(sessions.userId, id));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      entityType: 'user',
      entityId: id,
      action: 'password_reset',
    });
  });
  forgetUserSessions(id);
}

import { count } from 'drizzle-orm';
import type { Db } from './db/client';
import { accounts, users } from './db/schema';
import { hashPassword } from './http/secrets';

/** On an empty database, create the admin named by VESTED_ADMIN_EMAIL / VESTED_ADMIN_PASSWORD. */
export async function bootstrapAdmin(db: Db, admin: { email: string; password: string }): Promise<boolean> {
  const [existing] = await db.select({ n: count() }).from(users);
  if ((existing?.n ?? 0) > 0) return false;
  await db.insert(users).values({
    email: admin.email.toLowerCase(),
    name: 'Administrator',
    role: 'admin',
    passwordHash: await hashPassword(admin.password),
  });
  return true;
}

/** The demo goes only into a workspace that has no accounts yet. */
export async function hasNoAccounts(db: Db): Promise<boolean> {
  const [a] = await db.select({ n: count() }).from(accounts);
  return (a?.n ?? 0) === 0;
}

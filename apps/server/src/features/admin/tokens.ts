import type { ApiToken } from '@vested/contracts';
import { and, desc, eq, isNull } from 'drizzle-orm';

import type { Db } from '../../db/client';
import { apiTokens, users } from '../../db/schema';
import type { SignedIn } from '../../http/authenticate';
import { notFound, ruleBroken } from '../../http/errors';
import { newSecret, sha256 } from '../../http/secrets';
import { iso } from '../accounts/queries';
import { recordAudit } from '../audit/record-audit';

const tokenColumns = {
  id: apiTokens.id,
  name: apiTokens.name,
  prefix: apiTokens.prefix,
  userId: apiTokens.userId,
  userName: users.name,
  createdAt: apiTokens.createdAt,
  lastUsedAt: apiTokens.lastUsedAt,
  revokedAt: apiTokens.revokedAt,
};
type TokenRow = Omit<ApiToken, 'lastUsedAt' | 'revokedAt'> & {
  lastUsedAt: string | null;
  revokedAt: string | null;
};
const present = (t: TokenRow): ApiToken => ({
  ...t,
  createdAt: iso(t.createdAt),
  lastUsedAt: iso(t.lastUsedAt),
  revokedAt: iso(t.revokedAt),
});

export async function listTokens(db: Db): Promise<ApiToken[]> {
  const rows = await db
    .select(tokenColumns)
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .orderBy(desc(apiTokens.createdAt));
  return rows.map(present);
}

/** The secret is returned once; only its hash and a short prefix (to recognise it in lists) are kept. */
export async function createToken(
  db: Db,
  actor: SignedIn,
  name: string,
  userId: string | undefined,
): Promise<ApiToken & { secret: string }> {
  const owner = userId ?? actor.userId;
  const prefix = newSecret(6).slice(0, 8);
  const secret = `vst_${prefix}_${newSecret(32)}`;
  return db.transaction(async (tx) => {
    const [u] = await tx.select({ active: users.active }).from(users).where(eq(users.id, owner));
    if (!u) throw ruleBroken('No such user', { userId: 'No such user' });
    if (!u.active) throw ruleBroken('This user is not active', { userId: 'This user is not active' });
    const [row] = await tx
      .insert(apiTokens)
      .values({ name, prefix, tokenHash: sha256(secret), userId: owner, createdByUserId: actor.userId })
      .returning({ id: apiTokens.id });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      entityType: 'api_token',
      entityId: row!.id,
      action: 'created',
      changes: { name: { before: null, after: name }, userId: { before: null, after: owner } },
    });
    const [created] = await tx
      .select(tokenColumns)
      .from(apiTokens)
      .innerJoin(users, eq(users.id, apiTokens.userId))
      .where(eq(apiTokens.id, row!.id));
    return { ...present(created!), secret };
  });
}

export async function revokeToken(db: Db, actor: SignedIn, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const revoked = await tx
      .update(apiTokens)
      .set({ revokedAt: new Date().toISOString() })
      .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id });
    if (revoked.length === 0) {
      const [exists] = await tx.select({ id: apiTokens.id }).from(apiTokens).where(eq(apiTokens.id, id));
      if (!exists) throw notFound('API token');
      throw ruleBroken('This token is already revoked');
    }
    await recordAudit(tx, {
      actorUserId: actor.userId,
      entityType: 'api_token',
      entityId: id,
      action: 'revoked',
    });
  });
}

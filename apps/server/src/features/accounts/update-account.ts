import type { Account, UpdateAccountBody } from '@vested/contracts';
import { canOnAccount, diffFields, type IsoDate } from '@vested/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { accounts, accountTeamMembers } from '../../db/schema';
import type { SignedIn } from '../../http/authenticate';
import { forbidden, staleVersion } from '../../http/errors';
import { recordAudit } from '../audit/record-audit';
import { recordDirectAssignment } from '../teams/manager-requests';
import { assertActivePerson, currentMembership, loadAccountFor, reloadAccount } from './queries';

type Body = z.output<typeof UpdateAccountBody>;

export async function updateAccount(
  db: Db,
  actor: SignedIn,
  id: string,
  body: Body,
  today: IsoDate,
): Promise<Account> {
  return db.transaction(async (tx) => {
    const { account, facts } = await loadAccountFor(tx, actor, id, 'update', today, true);
    if (account.version !== body.version) throw staleVersion();

    const { version: _v, ...patch } = body;
    const changes = diffFields(account, patch);
    if (Object.keys(changes).length === 0) return reloadAccount(tx, id);

    if ('managerPersonId' in changes) {
      if (!canOnAccount(actor, 'assignManager', facts, today)) {
        throw forbidden('Only a director assigns the account manager');
      }
      if (patch.managerPersonId) await assertActivePerson(tx, patch.managerPersonId, 'managerPersonId');
      await handOverManagement(tx, id, patch.managerPersonId ?? null, today);
      await recordDirectAssignment(tx, actor.userId, id, {
        previousPersonId: account.managerPersonId,
        personId: patch.managerPersonId ?? null,
      });
    }

    const changed = Object.fromEntries(Object.keys(changes).map((k) => [k, patch[k as keyof typeof patch]]));
    await tx
      .update(accounts)
      .set({ ...changed, version: sql`${accounts.version} + 1`, updatedAt: new Date().toISOString() })
      .where(eq(accounts.id, id));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      entityType: 'account',
      entityId: id,
      accountId: id,
      action: 'updated',
      changes,
    });
    return reloadAccount(tx, id);
  });
}

/**
 * The account-manager role passes from one person to the next: the outgoing membership ends yesterday
 * (or disappears if it began today), the incoming one starts today. The team table keeps the history.
 */
async function handOverManagement(
  tx: Db,
  accountId: string,
  next: string | null,
  today: IsoDate,
): Promise<void> {
  const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const outgoing = and(
    eq(accountTeamMembers.accountId, accountId),
    eq(accountTeamMembers.role, 'account_manager'),
    currentMembership(today),
  );
  await tx.delete(accountTeamMembers).where(and(outgoing, eq(accountTeamMembers.fromDate, today)));
  await tx
    .update(accountTeamMembers)
    .set({
      toDate: yesterday,
      version: sql`${accountTeamMembers.version} + 1`,
      updatedAt: new Date().toISOString(),
    })
    .where(outgoing);
  if (next) {
    await tx
      .insert(accountTeamMembers)
      .values({ accountId, personId: next, role: 'account_manager', fromDate: today });
  }
}

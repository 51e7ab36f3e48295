import type { Account } from '@vested/contracts';
import type { IsoDate } from '@vested/domain';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { accounts } from '../../db/schema';
import type { SignedIn } from '../../http/authenticate';
import { ruleBroken, staleVersion } from '../../http/errors';
import { recordAudit } from '../audit/record-audit';
import { loadAccountFor, reloadAccount } from './queries';

/** Accounts are archived, never deleted: their economics and history stay, and restore brings them back. */
export async function setArchived(
  db: Db,
  actor: SignedIn,
  id: string,
  archive: boolean,
  version: number,
  today: IsoDate,
): Promise<Account> {
  return db.transaction(async (tx) => {
    const { account } = await loadAccountFor(tx, actor, id, 'archive', today, true);
    if (account.version !== version) throw staleVersion();
    if ((account.archivedAt !== null) === archive) {
      throw ruleBroken(archive ? 'The account is already archived' : 'The account is not archived');
    }
    const archivedAt = archive ? new Date().toISOString() : null;
    await tx
      .update(accounts)
      .set({ archivedAt, version: sql`${accounts.version} + 1`, updatedAt: new Date().toISOString() })
      .where(eq(accounts.id, id));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      entityType: 'account',
      entityId: id,
      accountId: id,
      action: archive ? 'archived' : 'restored',
      changes: { archivedAt: { before: account.archivedAt, after: archivedAt } },
    });
    return reloadAccount(tx, id);
  });
}

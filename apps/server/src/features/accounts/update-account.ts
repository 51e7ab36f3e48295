import type { Account, UpdateAccountBody } from '@vested/contracts';
import { canOnAccount, diffFields, type IsoDate } from '@vested/domain';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { accounts } from '../../db/schema';
import type { SignedIn } from '../../http/authenticate';
import { forbidden, staleVersion } from '../../http/errors';
import { recordAudit } from '../audit/record-audit';
import { recordDirectAssignment } from '../teams/manager-requests';
import { handOverStints } from '../teams/manager-stints';
import { assertActivePerson, loadAccountFor, reloadAccount } from './queries';

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
      // The same hand-over as an approved request, with its check: never two account managers at once
      // (a hand-over already planned for a later day keeps this one from overlapping it).
      await handOverStints(tx, id, patch.managerPersonId ?? null, today);
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

import type { Account } from '@vested/contracts';
import type { AccountPhase, AccountTier, IsoDate } from '@vested/domain';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { accountDecisions, accounts } from '../../db/schema';
import type { SignedIn } from '../../http/authenticate';
import { ruleBroken, staleVersion } from '../../http/errors';
import { recordAudit } from '../audit/record-audit';
import { loadAccountFor, reloadAccount } from './queries';

export type Decision =
  | { kind: 'tier'; to: AccountTier; reason: string; version: number }
  | { kind: 'phase'; to: AccountPhase; reason: string; version: number };

/**
 * Key-account status (PRODUCT.md idea 3) and the move between phases (idea 4) are decisions: each keeps
 * who decided, when, from what to what, and why, in the account's history.
 */
export async function recordDecision(
  db: Db,
  actor: SignedIn,
  id: string,
  decision: Decision,
  today: IsoDate,
): Promise<Account> {
  return db.transaction(async (tx) => {
    const action = decision.kind === 'tier' ? 'decideTier' : 'changePhase';
    const { account } = await loadAccountFor(tx, actor, id, action, today, true);
    if (account.version !== decision.version) throw staleVersion();
    const from = decision.kind === 'tier' ? account.tier : account.phase;
    if (from === decision.to) {
      throw ruleBroken(`The account is already ${decision.to.replaceAll('_', ' ')}`, {
        [decision.kind]: 'Choose a different value',
      });
    }
    await tx
      .update(accounts)
      .set({
        [decision.kind]: decision.to,
        version: sql`${accounts.version} + 1`,
        updatedAt: new Date().toISOString(),
      })
      .where(eq(accounts.id, id));
    await tx.insert(accountDecisions).values({
      accountId: id,
      kind: decision.kind,
      fromValue: from,
      toValue: decision.to,
      reason: decision.reason,
      decidedByUserId: actor.userId,
    });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      entityType: 'account',
      entityId: id,
      accountId: id,
      action: decision.kind === 'tier' ? 'tier_decided' : 'phase_changed',
      changes: {
        [decision.kind]: { before: from, after: decision.to },
        reason: { before: null, after: decision.reason },
      },
    });
    return reloadAccount(tx, id);
  });
}

import type { Account, CreateAccountBody } from '@vested/contracts';
import { canOnWorkspace, diffFields, type IsoDate } from '@vested/domain';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { accounts, accountTeamMembers } from '../../db/schema';
import type { SignedIn } from '../../http/authenticate';
import { forbidden, ruleBroken } from '../../http/errors';
import { recordAudit } from '../audit/record-audit';
import { assertActivePerson, reloadAccount } from './queries';

type Body = z.output<typeof CreateAccountBody>;

/**
 * A new account starts regular and in phase 1 (meeting expectations). Only a director names another
 * manager; an account manager who creates an account becomes its manager.
 */
export async function createAccount(db: Db, actor: SignedIn, body: Body, today: IsoDate): Promise<Account> {
  if (!canOnWorkspace(actor, 'createAccount')) throw forbidden('Your role does not allow creating accounts');
  if (actor.role === 'account_manager' && !actor.personId) {
    throw ruleBroken('Your user is not linked to a person, so you cannot manage an account; ask an admin');
  }
  const managerPersonId = actor.role === 'account_manager' ? actor.personId : (body.managerPersonId ?? null);

  return db.transaction(async (tx) => {
    if (managerPersonId) await assertActivePerson(tx, managerPersonId, 'managerPersonId');
    const values = { ...body, managerPersonId };
    const [created] = await tx.insert(accounts).values(values).returning({ id: accounts.id });
    const id = created!.id;
    if (managerPersonId) {
      await tx.insert(accountTeamMembers).values({
        accountId: id,
        personId: managerPersonId,
        role: 'account_manager',
        fromDate: body.startedOn && body.startedOn < today ? body.startedOn : today,
      });
    }
    await recordAudit(tx, {
      actorUserId: actor.userId,
      entityType: 'account',
      entityId: id,
      accountId: id,
      action: 'created',
      changes: diffFields(null, values),
    });
    return reloadAccount(tx, id);
  });
}

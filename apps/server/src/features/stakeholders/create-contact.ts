import type { Contact, CreateContactBody } from '@vested/contracts';
import { diffFields, type IsoDate } from '@vested/domain';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { contacts } from '../../db/schema';
import type { SignedIn } from '../../http/authenticate';
import { loadAccountFor } from '../accounts/queries';
import { refreshAccountSummary } from './account-summary';
import { auditStakeholders } from './audit';
import { presentContact, selectContact } from './queries';
import { assertReportsTo } from './reports-to';

type Body = z.output<typeof CreateContactBody>;

/** A new contact on the account's map; its timestamps come from the app clock (figures count from then). */
export async function createContact(
  db: Db,
  actor: SignedIn,
  accountId: string,
  body: Body,
  now: Date,
  today: IsoDate,
): Promise<Contact> {
  return db.transaction(async (tx) => {
    await loadAccountFor(tx, actor, accountId, 'update', today, true);
    await assertReportsTo(tx, accountId, null, body.reportsToId);
    const { reportsToId, ...fields } = body;
    const [row] = await tx
      .insert(contacts)
      .values({
        ...fields,
        accountId,
        reportsToContactId: reportsToId ?? null,
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      })
      .returning({ id: contacts.id });
    const id = row!.id;
    await auditStakeholders(tx, {
      actorUserId: actor.userId,
      entityType: 'contact',
      entityId: id,
      accountId,
      action: 'created',
      changes: diffFields(null, body),
      contactIds: [id],
    });
    await refreshAccountSummary(tx, accountId, now, today);
    return presentContact((await selectContact(tx, id))!);
  });
}

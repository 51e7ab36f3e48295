import type { Contact } from '@vested/contracts';
import { diffFields, type IsoDate } from '@vested/domain';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { contacts } from '../../db/schema';
import type { SignedIn } from '../../http/authenticate';
import { ruleBroken, staleVersion } from '../../http/errors';
import { refreshAccountSummary } from './account-summary';
import { auditStakeholders } from './audit';
import { loadContactFor, presentContact, selectContact } from './queries';

/**
 * The contact left the company: they drop out of current figures from `leftOn` and stay on the map (greyed)
 * with their readings, owners and history. Their reports keep pointing at them until someone re-parents them.
 */
export async function markContactLeft(
  db: Db,
  actor: SignedIn,
  contactId: string,
  body: { version: number; leftOn: IsoDate },
  now: Date,
  today: IsoDate,
): Promise<Contact> {
  return db.transaction(async (tx) => {
    const contact = await loadContactFor(tx, actor, contactId, 'update', today, { lock: true });
    if (contact.version !== body.version) throw staleVersion();
    if (contact.status === 'left')
      throw ruleBroken('This contact has already left', { leftOn: 'Already left' });
    if (body.leftOn > today) {
      throw ruleBroken('The leaving day cannot be in the future', { leftOn: 'Not after today' });
    }
    await tx
      .update(contacts)
      .set({
        status: 'left',
        leftOn: body.leftOn,
        version: sql`${contacts.version} + 1`,
        updatedAt: now.toISOString(),
      })
      .where(eq(contacts.id, contactId));
    await auditStakeholders(tx, {
      actorUserId: actor.userId,
      entityType: 'contact',
      entityId: contactId,
      accountId: contact.accountId,
      action: 'left',
      changes: {
        contact: { before: contact.name, after: contact.name },
        ...diffFields(contact, { status: 'left', leftOn: body.leftOn }),
      },
      contactIds: [contactId],
    });
    await refreshAccountSummary(tx, contact.accountId, now, today);
    return presentContact((await selectContact(tx, contactId))!);
  });
}

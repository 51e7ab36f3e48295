import type { Contact, UpdateContactBody } from '@vested/contracts';
import { diffFields, type IsoDate } from '@vested/domain';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { contacts } from '../../db/schema';
import type { SignedIn } from '../../http/authenticate';
import { staleVersion } from '../../http/errors';
import { refreshAccountSummary } from './account-summary';
import { auditStakeholders } from './audit';
import { loadContactFor, presentContact, selectContact } from './queries';
import { assertReportsTo } from './reports-to';

type Body = z.output<typeof UpdateContactBody>;

/** Edit a contact with the version read; a re-parenting locks the account so two cannot close a loop. */
export async function updateContact(
  db: Db,
  actor: SignedIn,
  contactId: string,
  body: Body,
  now: Date,
  today: IsoDate,
): Promise<Contact> {
  return db.transaction(async (tx) => {
    const contact = await loadContactFor(tx, actor, contactId, 'update', today, {
      lock: true,
      lockAccount: body.reportsToId !== undefined,
    });
    if (contact.version !== body.version) throw staleVersion();
    const { version: _v, ...patch } = body;
    const changes = diffFields(contact, patch);
    if (Object.keys(changes).length === 0) return presentContact(contact);
    if ('reportsToId' in changes) await assertReportsTo(tx, contact.accountId, contactId, patch.reportsToId);

    const { reportsToId, ...rest } = Object.fromEntries(
      Object.keys(changes).map((k) => [k, patch[k as keyof typeof patch]]),
    ) as Partial<typeof patch>;
    await tx
      .update(contacts)
      .set({
        ...rest,
        ...(reportsToId !== undefined && { reportsToContactId: reportsToId }),
        version: sql`${contacts.version} + 1`,
        updatedAt: now.toISOString(),
      })
      .where(eq(contacts.id, contactId));
    await auditStakeholders(tx, {
      actorUserId: actor.userId,
      entityType: 'contact',
      entityId: contactId,
      accountId: contact.accountId,
      action: 'updated',
      changes: { contact: { before: contact.name, after: patch.name ?? contact.name }, ...changes },
      contactIds: [contactId],
    });
    await refreshAccountSummary(tx, contact.accountId, now, today);
    return presentContact((await selectContact(tx, contactId))!);
  });
}

import type { AddOwnerBody, ContactOwner, UpdateOwnerBody } from '@vested/contracts';
import { diffFields, type IsoDate } from '@vested/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { contactOwners, people } from '../../db/schema';
import type { SignedIn } from '../../http/authenticate';
import { conflict, notFound, staleVersion } from '../../http/errors';
import { assertActivePerson } from '../accounts/queries';
import { refreshAccountSummary } from './account-summary';
import { auditStakeholders } from './audit';
import { ownerColumns } from './contact-detail';
import { loadContactFor } from './queries';

async function loadOwner(db: Db, contactId: string, ownerId: string): Promise<ContactOwner> {
  const [row] = await db
    .select(ownerColumns)
    .from(contactOwners)
    .innerJoin(people, eq(people.id, contactOwners.personId))
    .where(and(eq(contactOwners.id, ownerId), eq(contactOwners.contactId, contactId)));
  // An owner of another contact (of this or another account) is not found here.
  if (!row) throw notFound('Relationship owner');
  return row;
}

/** One of our people takes (part of) the relationship with a contact. */
export async function addOwner(
  db: Db,
  actor: SignedIn,
  contactId: string,
  body: z.output<typeof AddOwnerBody>,
  now: Date,
  today: IsoDate,
): Promise<ContactOwner> {
  return db.transaction(async (tx) => {
    const contact = await loadContactFor(tx, actor, contactId, 'update', today, { lock: true });
    await assertActivePerson(tx, body.personId, 'personId');
    const [taken] = await tx
      .select({ id: contactOwners.id })
      .from(contactOwners)
      .where(and(eq(contactOwners.contactId, contactId), eq(contactOwners.personId, body.personId)));
    if (taken)
      throw conflict('This person already holds this relationship', { personId: 'Already an owner' });
    const values = { ...body, depthTarget: body.depthTarget ?? null, lastTouchOn: body.lastTouchOn ?? null };
    const [row] = await tx
      .insert(contactOwners)
      .values({ contactId, ...values })
      .returning({ id: contactOwners.id });
    const owner = await loadOwner(tx, contactId, row!.id);
    await auditStakeholders(tx, {
      actorUserId: actor.userId,
      entityType: 'contact_owner',
      entityId: owner.id,
      accountId: contact.accountId,
      action: 'added',
      changes: diffFields(null, { contact: contact.name, person: owner.personName, ...values }),
      contactIds: [contactId],
    });
    await refreshAccountSummary(tx, contact.accountId, now, today);
    return owner;
  });
}

export async function updateOwner(
  db: Db,
  actor: SignedIn,
  contactId: string,
  ownerId: string,
  body: z.output<typeof UpdateOwnerBody>,
  now: Date,
  today: IsoDate,
): Promise<ContactOwner> {
  return db.transaction(async (tx) => {
    const contact = await loadContactFor(tx, actor, contactId, 'update', today, { lock: true });
    const owner = await loadOwner(tx, contactId, ownerId);
    if (owner.version !== body.version) throw staleVersion();
    const { version: _v, ...patch } = body;
    const changes = diffFields(owner, patch);
    if (Object.keys(changes).length === 0) return owner;
    await tx
      .update(contactOwners)
      .set({ ...patch, version: sql`${contactOwners.version} + 1`, updatedAt: now.toISOString() })
      .where(eq(contactOwners.id, ownerId));
    await auditStakeholders(tx, {
      actorUserId: actor.userId,
      entityType: 'contact_owner',
      entityId: ownerId,
      accountId: contact.accountId,
      action: 'updated',
      changes: { person: { before: owner.personName, after: owner.personName }, ...changes },
      contactIds: [contactId],
    });
    await refreshAccountSummary(tx, contact.accountId, now, today);
    return loadOwner(tx, contactId, ownerId);
  });
}

export async function removeOwner(
  db: Db,
  actor: SignedIn,
  contactId: string,
  ownerId: string,
  now: Date,
  today: IsoDate,
): Promise<void> {
  await db.transaction(async (tx) => {
    const contact = await loadContactFor(tx, actor, contactId, 'update', today, { lock: true });
    const owner = await loadOwner(tx, contactId, ownerId);
    await tx.delete(contactOwners).where(eq(contactOwners.id, ownerId));
    await auditStakeholders(tx, {
      actorUserId: actor.userId,
      entityType: 'contact_owner',
      entityId: ownerId,
      accountId: contact.accountId,
      action: 'removed',
      changes: diffFields(
        { contact: contact.name, person: owner.personName, depthNow: owner.depthNow },
        { contact: null, person: null, depthNow: null },
      ),
      contactIds: [contactId],
    });
    await refreshAccountSummary(tx, contact.accountId, now, today);
  });
}

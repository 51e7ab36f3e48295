import type { ContactDetail, ContactOwner } from '@vested/contracts';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { contactOwners, contacts, people } from '../../db/schema';
import { type ContactRow, presentContact } from './queries';

export const ownerColumns = {
  id: contactOwners.id,
  contactId: contactOwners.contactId,
  personId: contactOwners.personId,
  personName: people.name,
  depthNow: contactOwners.depthNow,
  depthTarget: contactOwners.depthTarget,
  lastTouchOn: contactOwners.lastTouchOn,
  version: contactOwners.version,
};

export async function ownersOf(db: Db, contactId: string): Promise<ContactOwner[]> {
  return db
    .select(ownerColumns)
    .from(contactOwners)
    .innerJoin(people, eq(people.id, contactOwners.personId))
    .where(eq(contactOwners.contactId, contactId))
    .orderBy(asc(people.name));
}

/** One contact with the name of whom they report to and the people on our side who hold the relationship. */
export async function contactDetail(db: Db, contact: ContactRow): Promise<ContactDetail> {
  const [owners, [boss]] = await Promise.all([
    ownersOf(db, contact.id),
    contact.reportsToId
      ? db.select({ name: contacts.name }).from(contacts).where(eq(contacts.id, contact.reportsToId))
      : Promise.resolve([]),
  ]);
  return { ...presentContact(contact), reportsToName: boss?.name ?? null, owners };
}

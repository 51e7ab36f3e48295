import type { OrgChart } from '@vested/contracts';
import { quadrantOf } from '@vested/domain';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { contactOwners, contacts, people } from '../../db/schema';
import { type ContactRow, contactColumns } from './queries';

type Owner = OrgChart['nodes'][number]['owners'][number];

/**
 * Everything the org chart draws, for an account already authorized: every contact (left ones too, to
 * grey out) with its parent, latest reading, role, influence, attitude and owners, plus our people who
 * own them. Two queries side by side; the tree is assembled here, not by the browser asking per node.
 */
export async function orgChart(db: Db, accountId: string): Promise<OrgChart> {
  const { notes: _n, createdAt: _c, updatedAt: _u, ...nodeColumns } = contactColumns;
  const [rows, owners] = await Promise.all([
    db
      .select(nodeColumns)
      .from(contacts)
      .where(eq(contacts.accountId, accountId))
      .orderBy(asc(contacts.name)),
    db
      .select({
        id: contactOwners.id,
        contactId: contactOwners.contactId,
        personId: contactOwners.personId,
        personName: people.name,
        depthNow: contactOwners.depthNow,
        depthTarget: contactOwners.depthTarget,
        lastTouchOn: contactOwners.lastTouchOn,
      })
      .from(contactOwners)
      .innerJoin(contacts, eq(contacts.id, contactOwners.contactId))
      .innerJoin(people, eq(people.id, contactOwners.personId))
      .where(eq(contacts.accountId, accountId))
      .orderBy(asc(people.name)),
  ]);
  const byContact = new Map<string, Owner[]>();
  const ourPeople = new Map<string, string>();
  for (const { contactId, ...owner } of owners) {
    byContact.set(contactId, [...(byContact.get(contactId) ?? []), owner]);
    ourPeople.set(owner.personId, owner.personName);
  }
  return {
    nodes: (rows as Omit<ContactRow, 'notes' | 'createdAt' | 'updatedAt'>[]).map((c) => ({
      ...c,
      quadrant: quadrantOf(c.influence, c.interest),
      owners: byContact.get(c.id) ?? [],
    })),
    ourPeople: [...ourPeople].map(([personId, name]) => ({ personId, name })),
  };
}

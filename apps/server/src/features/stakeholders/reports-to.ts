import { wouldCreateCycle } from '@vested/domain';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { contacts } from '../../db/schema';
import { ruleBroken } from '../../http/errors';

const field = 'reportsToId';

/**
 * A contact reports to another contact of the same account, and the org chart stays a tree: pointing
 * a contact at one of the people below them (or at themselves) is refused with 422 on `reportsToId`.
 */
export async function assertReportsTo(
  db: Db,
  accountId: string,
  contactId: string | null,
  reportsToId: string | null | undefined,
): Promise<void> {
  if (!reportsToId) return;
  const tree = await db
    .select({ id: contacts.id, parent: contacts.reportsToContactId })
    .from(contacts)
    .where(eq(contacts.accountId, accountId));
  const parents = new Map(tree.map((c) => [c.id, c.parent]));
  if (!parents.has(reportsToId)) {
    throw ruleBroken('A contact reports to a contact of the same account', {
      [field]: 'Choose a contact of this account',
    });
  }
  if (contactId && wouldCreateCycle(contactId, reportsToId, (n) => parents.get(n))) {
    throw ruleBroken('This would make a loop in the org chart', {
      [field]: 'This person reports (directly or not) to the contact being edited',
    });
  }
}

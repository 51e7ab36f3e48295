import type { PersonDetail } from '@vested/contracts';
import type { IsoDate } from '@vested/domain';
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { accounts, accountTeamMembers, people } from '../../db/schema';
import type { SignedIn } from '../../http/authenticate';
import { visibleTo } from '../accounts/queries';
import { loadPerson } from './queries';

/** A person, their direct reports, and their places on the account teams the viewer may see. */
export async function personDetail(
  db: Db,
  actor: SignedIn,
  id: string,
  today: IsoDate,
): Promise<PersonDetail> {
  const person = await loadPerson(db, id);
  const [accountRows, reports] = await Promise.all([
    db
      .select({
        accountId: accounts.id,
        accountName: accounts.name,
        role: accountTeamMembers.role,
        from: accountTeamMembers.fromDate,
        to: accountTeamMembers.toDate,
      })
      .from(accountTeamMembers)
      .innerJoin(accounts, eq(accounts.id, accountTeamMembers.accountId))
      .where(and(eq(accountTeamMembers.personId, id), visibleTo(actor, today)))
      .orderBy(desc(accountTeamMembers.fromDate)),
    db
      .select({ id: people.id, name: people.name })
      .from(people)
      .where(eq(people.lineManagerPersonId, id))
      .orderBy(asc(people.name)),
  ]);
  return { ...person, accounts: accountRows, reports };
}

import { count, inArray, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client';
import {
  accountDecisions,
  accounts,
  accountTeamMembers,
  conflictsOfInterest,
  contactOwners,
  contacts,
  people,
  pulses,
  satisfactionReadings,
  users,
} from '../db/schema';
import { hashPassword } from '../http/secrets';
import { buildDemo } from './demo-build';
import { buildDemoEconomics, loadDemoEconomics } from './demo-economics';
import { loadDemoTeams } from './demo-teams';
import { demoPassword, demoUsers } from './demo-users';

export { type DemoSignIn, demoPassword, demoSignIns } from './demo-users';

export type DemoSummary = {
  people: number;
  users: number;
  accounts: number;
  memberships: number;
  decisions: number;
  contacts: number;
  /** Investments (hours, trips…) and monthly return lines of the accounts' economics. */
  investments: number;
  returnLines: number;
};

export class DemoNotEmptyError extends Error {
  constructor(what: string) {
    super(
      `The demo workspace loads only into an empty database: ${what}. Use a fresh database for the demo.`,
    );
    this.name = 'DemoNotEmptyError';
  }
}

/** Postgres allows 65,535 bind parameters per statement; 500 rows of our widest table stay far below. */
const CHUNK = 500;

/**
 * Fills an empty database with the demo workspace of Northwind Software, a software-outsourcing company
 * running its Account Management Program in Vested: ~60 people, 10 account managers, 40 accounts, their
 * teams and the director's tier and phase decisions. All in one transaction: it loads whole or not at all.
 * Dates are computed from `today` (YYYY-MM-DD) so that the story stays current.
 */
export async function loadDemo(db: Db, today: string): Promise<DemoSummary> {
  const rows = buildDemo(today);
  const economics = buildDemoEconomics(today, rows);
  // Hashed once, outside the transaction: argon2 is deliberately slow.
  const passwordHash = await hashPassword(demoPassword);

  return db.transaction(async (tx) => {
    // Serialise concurrent loaders, then refuse a database that already holds a workspace.
    await tx.execute(sql`lock table ${accounts}, ${people} in exclusive mode`);
    const [accountCount] = await tx.select({ n: count() }).from(accounts);
    if ((accountCount?.n ?? 0) > 0) throw new DemoNotEmptyError(`it already has ${accountCount?.n} accounts`);
    const [peopleCount] = await tx.select({ n: count() }).from(people);
    if ((peopleCount?.n ?? 0) > 0) throw new DemoNotEmptyError(`it already has ${peopleCount?.n} people`);
    const emails = demoUsers.map((u) => u.email.toLowerCase());
    const clash = await tx
      .select({ email: users.email })
      .from(users)
      .where(inArray(sql`lower(${users.email})`, emails));
    if (clash.length > 0) throw new DemoNotEmptyError(`user ${clash[0]?.email} already exists`);

    const insert = async (table: PgTable, values: Record<string, unknown>[]) => {
      for (let i = 0; i < values.length; i += CHUNK)
        await tx.insert(table).values(values.slice(i, i + CHUNK));
    };
    await insert(people, rows.people);
    await insert(
      users,
      rows.users.map((u) => ({ ...u, passwordHash })),
    );
    await insert(accounts, rows.accounts);
    await insert(accountTeamMembers, rows.memberships);
    await insert(accountDecisions, rows.decisions);
    const s = rows.stakeholders;
    await insert(contacts, s.contacts);
    await insert(contactOwners, s.owners);
    await insert(pulses, s.pulses);
    await insert(satisfactionReadings, s.readings);
    await insert(conflictsOfInterest, s.conflicts);
    const money = await loadDemoEconomics(tx, economics);
    await loadDemoTeams(tx, rows, today);

    return {
      people: rows.people.length,
      users: rows.users.length,
      accounts: rows.accounts.length,
      memberships: rows.memberships.length,
      decisions: rows.decisions.length,
      contacts: s.contacts.length,
      investments: money.entries,
      returnLines: money.returns,
    };
  });
}

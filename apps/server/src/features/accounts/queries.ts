import type { Account } from '@vested/contracts';
import type { AccountAccessFacts, AccountAction, Actor, IsoDate } from '@vested/domain';
import { canOnAccount, canOnWorkspace } from '@vested/domain';
import { and, eq, gte, isNull, lte, or, type Placeholder, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { accounts, accountTeamMembers, people } from '../../db/schema';
import { forbidden, notFound, ruleBroken } from '../../http/errors';
import { renderedOnce } from './account-json';

export const accountColumns = {
  id: accounts.id,
  name: accounts.name,
  industry: accounts.industry,
  country: accounts.country,
  website: accounts.website,
  sizeBand: accounts.sizeBand,
  startedOn: accounts.startedOn,
  status: accounts.status,
  objective: accounts.objective,
  tier: accounts.tier,
  phase: accounts.phase,
  managerPersonId: accounts.managerPersonId,
  managerName: people.name,
  businessNotes: accounts.businessNotes,
  tags: accounts.tags,
  archivedAt: accounts.archivedAt,
  version: accounts.version,
  createdAt: accounts.createdAt,
  updatedAt: accounts.updatedAt,
};
export type AccountRow = Omit<Account, 'createdAt' | 'updatedAt' | 'archivedAt'> & {
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
};

/** Timestamps leave the API as ISO 8601 whatever text the driver produced. */
export function iso(ts: string): string;
export function iso(ts: string | null): string | null;
export function iso(ts: string | null): string | null {
  return ts === null ? null : new Date(ts).toISOString();
}

export function presentAccount(row: AccountRow): Account {
  return {
    ...row,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    archivedAt: iso(row.archivedAt),
  };
}

/** A membership that is valid on `today` (the SQL twin of `withinPeriod` in the domain). */
export function currentMembership(today: IsoDate | Placeholder): SQL {
  return and(
    lte(accountTeamMembers.fromDate, today),
    or(isNull(accountTeamMembers.toDate), gte(accountTeamMembers.toDate, today)),
  )!;
}

/** Which accounts an actor may see: all of them, none, or those they manage or are on the team of. */
export type Visibility = 'all' | 'none' | 'own';

export function visibilityOf(actor: Actor): Visibility {
  if (canOnWorkspace(actor, 'readAllAccounts')) return 'all';
  return actor.personId === null ? 'none' : 'own';
}

/**
 * The accounts an actor may see, as a WHERE condition — the list-sized form of `canOnAccount(…, 'read')`:
 * everyone who reads all accounts sees all; others see accounts they manage or are on the team of today.
 */
export function visibleTo(actor: Actor, today: IsoDate): SQL | undefined {
  return visibleAs(visibilityOf(actor), actor.personId, today);
}

/**
 * `visibleTo` for a visibility worked out beforehand, where the person and the day may also be the
 * placeholders of a prepared statement.
 *
 * Written as "the id is among these few ids" so PostgreSQL gathers the ids once and fetches just those
 * accounts by key; `manager = me or exists (team …)` could only be tested row by row, and a list for an
 * account manager walked every account in the workspace to find their fifty (3× the database time).
 */
export function visibleAs(
  visibility: Visibility,
  personId: string | null | Placeholder,
  today: IsoDate | Placeholder,
): SQL | undefined {
  if (visibility === 'all') return undefined;
  if (visibility === 'none') return sql`false`;
  const managed = alias(accounts, 'managed');
  return sql`${accounts.id} = any(array(
    select ${accountTeamMembers.accountId} from ${accountTeamMembers}
      where ${accountTeamMembers.personId} = ${personId} and ${currentMembership(today)}
    union all
    select ${managed.id} from ${accounts} ${managed} where ${managed.managerPersonId} = ${personId}))`;
}

/** The account's team as facts for the policy, fetched with the account itself (one round trip). */
export const teamFacts = renderedOnce<AccountAccessFacts['team']>(sql`(
  select coalesce(json_agg(json_build_object(
    'personId', m.person_id, 'role', m.role, 'from', m.from_date, 'to', m.to_date)), '[]'::json)
  from ${accountTeamMembers} m where m.account_id = ${accounts.id})`);

/**
 * Load an account for `action` by `actor`: 404 when they may not see it (its existence does not leak),
 * 403 when they see it but may not do this. `lock` takes a row lock for the rest of the transaction.
 */
export async function loadAccountFor(
  db: Db,
  actor: Actor,
  id: string,
  action: AccountAction,
  today: IsoDate,
  lock = false,
): Promise<{ account: AccountRow; facts: AccountAccessFacts }> {
  const query = db
    .select({ ...accountColumns, team: teamFacts })
    .from(accounts)
    .leftJoin(people, eq(people.id, accounts.managerPersonId))
    .where(eq(accounts.id, id));
  const [row] = lock ? await query.for('update', { of: accounts }) : await query;
  if (!row) throw notFound('Account');
  const { team, ...account } = row;
  const facts: AccountAccessFacts = { managerPersonId: account.managerPersonId, team };
  authorize(actor, action, facts, today);
  return { account: account as AccountRow, facts };
}

/** 404 when the actor may not see the account (its existence does not leak), 403 when they may not do this. */
export function authorize(
  actor: Actor,
  action: AccountAction,
  facts: AccountAccessFacts,
  today: IsoDate,
): void {
  if (!canOnAccount(actor, 'read', facts, today)) throw notFound('Account');
  if (!canOnAccount(actor, action, facts, today))
    throw forbidden(`Your role on this account does not allow this`);
}

export async function reloadAccount(db: Db, id: string): Promise<Account> {
  const [row] = await db
    .select(accountColumns)
    .from(accounts)
    .leftJoin(people, eq(people.id, accounts.managerPersonId))
    .where(eq(accounts.id, id));
  if (!row) throw notFound('Account');
  return presentAccount(row as AccountRow);
}

/** The person chosen as account manager must exist and be active. */
export async function assertActivePerson(db: Db, personId: string, field: string): Promise<void> {
  const [p] = await db.select({ active: people.active }).from(people).where(eq(people.id, personId));
  if (!p) throw ruleBroken('No such person', { [field]: 'No such person' });
  if (!p.active)
    throw ruleBroken('This person is no longer active', { [field]: 'This person is no longer active' });
}

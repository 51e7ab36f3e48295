import {
  ACCOUNT_MANAGER_ROLE,
  applyHandOver,
  type IsoDate,
  type ManagerStint,
  managerOverlap,
  managerOverlapMessage,
  planHandOver,
} from '@vested/domain';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { accounts, accountTeamMembers, people } from '../../db/schema';
import { conflict } from '../../http/errors';

export type NamedStint = ManagerStint & { id: string; name: string; hoursPerMonth: number };

/** Who held the account-manager role of an account, and when, oldest first. */
export async function managerStints(db: Db, accountId: string): Promise<NamedStint[]> {
  return db
    .select({
      id: accountTeamMembers.id,
      personId: accountTeamMembers.personId,
      name: people.name,
      from: accountTeamMembers.fromDate,
      to: accountTeamMembers.toDate,
      hoursPerMonth: accountTeamMembers.hoursPerMonth,
    })
    .from(accountTeamMembers)
    .innerJoin(people, eq(people.id, accountTeamMembers.personId))
    .where(
      and(eq(accountTeamMembers.accountId, accountId), eq(accountTeamMembers.role, ACCOUNT_MANAGER_ROLE)),
    )
    .orderBy(asc(accountTeamMembers.fromDate));
}

/** 409 with who holds the role when `candidate` would make two account managers at once. */
export function assertSingleManager(
  history: readonly ManagerStint[],
  candidate: ManagerStint,
  names: ReadonlyMap<string, string>,
): void {
  const clash = managerOverlap(history, candidate);
  if (!clash) return;
  const message = managerOverlapMessage({
    name: names.get(clash.personId) ?? 'Another person',
    from: clash.from,
    to: clash.to,
  });
  throw conflict(message, { from: message });
}

export const namesOf = (stints: readonly NamedStint[]) => new Map(stints.map((s) => [s.personId, s.name]));

/**
 * Hand the role over on `today` (the caller holds the account's row lock): the holder ends yesterday —
 * or disappears if they began today — and `next` starts today with the outgoing holder's hours. The
 * memberships only; the caller keeps `accounts.manager_person_id` in step. Returns who held it before.
 */
export async function handOverStints(
  tx: Db,
  accountId: string,
  next: string | null,
  today: IsoDate,
): Promise<{ previousPersonId: string | null }> {
  const history = await managerStints(tx, accountId);
  const plan = planHandOver(history, next, today);
  const outgoing = history.find((s) => s.from <= today && (s.to === null || s.to >= today));
  if (plan.start)
    assertSingleManager(applyHandOver(history, plan).slice(0, -1), plan.start, namesOf(history));
  if (plan.remove.length > 0)
    await tx.delete(accountTeamMembers).where(inArray(accountTeamMembers.id, plan.remove));
  for (const end of plan.end) {
    await tx
      .update(accountTeamMembers)
      .set({
        toDate: end.to,
        version: sql`${accountTeamMembers.version} + 1`,
        updatedAt: new Date().toISOString(),
      })
      .where(eq(accountTeamMembers.id, end.id));
  }
  if (plan.start) {
    await tx.insert(accountTeamMembers).values({
      accountId,
      personId: plan.start.personId,
      role: ACCOUNT_MANAGER_ROLE,
      fromDate: today,
      hoursPerMonth: outgoing?.hoursPerMonth ?? 0,
    });
  }
  return { previousPersonId: outgoing?.personId ?? null };
}

/** The hand-over and the account's own manager field, together (the approval of a request). */
export async function handOverManager(
  tx: Db,
  accountId: string,
  next: string | null,
  today: IsoDate,
): Promise<{ previousPersonId: string | null }> {
  const result = await handOverStints(tx, accountId, next, today);
  await tx
    .update(accounts)
    .set({
      managerPersonId: next,
      version: sql`${accounts.version} + 1`,
      updatedAt: new Date().toISOString(),
    })
    .where(eq(accounts.id, accountId));
  return result;
}

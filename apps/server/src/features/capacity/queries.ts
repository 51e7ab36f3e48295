import {
  type Actor,
  canOnWorkspace,
  firstDayOf,
  type IsoDate,
  type IsoMonth,
  lastDayOf,
} from '@vested/domain';
import { and, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { accounts, accountTeamMembers, personSkills, workspaceRoles } from '../../db/schema';
import { visibleTo } from '../accounts/queries';

export type AllocationRow = {
  personId: string;
  accountId: string;
  accountName: string;
  role: string;
  roleName: string;
  hoursPerMonth: number;
  from: IsoDate;
  to: IsoDate | null;
  /** Whether the viewer may open the account. */
  visible: boolean;
};

/**
 * Every allocation of these people that touches [first month, last month], with whether `viewer` may
 * read its account (the same rule as the account list). Archived accounts still count: the hours were
 * given.
 */
export async function allocationsOf(
  db: Db,
  personIds: readonly string[],
  /** Null for every allocation ever. */
  months: { from: IsoMonth; to: IsoMonth } | null,
  viewer: Actor,
  today: IsoDate,
): Promise<AllocationRow[]> {
  if (personIds.length === 0) return [];
  const visible = visibleTo(viewer, today) ?? sql`true`;
  return db
    .select({
      personId: accountTeamMembers.personId,
      accountId: accountTeamMembers.accountId,
      accountName: accounts.name,
      role: accountTeamMembers.role,
      roleName: workspaceRoles.name,
      hoursPerMonth: accountTeamMembers.hoursPerMonth,
      from: accountTeamMembers.fromDate,
      to: accountTeamMembers.toDate,
      visible: sql<boolean>`(${visible})`,
    })
    .from(accountTeamMembers)
    .innerJoin(accounts, eq(accounts.id, accountTeamMembers.accountId))
    .innerJoin(workspaceRoles, eq(workspaceRoles.key, accountTeamMembers.role))
    .where(
      and(
        inArray(accountTeamMembers.personId, [...personIds]),
        months ? lte(accountTeamMembers.fromDate, lastDayOf(months.to)) : undefined,
        months
          ? or(isNull(accountTeamMembers.toDate), gte(accountTeamMembers.toDate, firstDayOf(months.from)))
          : undefined,
      ),
    )
    .orderBy(accounts.name, accountTeamMembers.fromDate);
}

/** Skill levels of these people, by person and skill id. */
export async function skillLevelsOf(
  db: Db,
  personIds: readonly string[],
): Promise<Map<string, Record<string, number>>> {
  const levels = new Map<string, Record<string, number>>();
  if (personIds.length === 0) return levels;
  const rows = await db
    .select({ personId: personSkills.personId, skillId: personSkills.skillId, level: personSkills.level })
    .from(personSkills)
    .where(inArray(personSkills.personId, [...personIds]));
  for (const r of rows) levels.set(r.personId, { ...levels.get(r.personId), [r.skillId]: r.level });
  return levels;
}

/** The viewer's line: the people who report to them, directly or through others. */
export function lineOfSql(personId: string) {
  return sql`(with recursive line(id) as (
      select id from people where line_manager_person_id = ${personId}
      union
      select p.id from people p join line on p.line_manager_person_id = line.id
    ) select id from line)`;
}

export async function lineOf(db: Db, personId: string | null): Promise<Set<string>> {
  if (!personId) return new Set();
  const result = await db.execute(sql`select id from ${lineOfSql(personId)} as l(id)`);
  return new Set((result as unknown as { rows: { id: string }[] }).rows.map((r) => r.id));
}

/** True when the viewer sees everyone's allocations in full. */
export const seesAllCapacity = (viewer: Actor) => canOnWorkspace(viewer, 'readAllCapacity');

import type { MatrixCell } from '@vested/contracts';
import {
  type Actor,
  canOnWorkspace,
  daysInMonth,
  firstDayOf,
  type IsoDate,
  type IsoMonth,
  lastDayOf,
  roundHours,
} from '@vested/domain';
import { and, eq, gte, inArray, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
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
    .orderBy(
      accounts.name,
      accountTeamMembers.fromDate,
      accountTeamMembers.accountId,
      accountTeamMembers.role,
    );
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

/**
 * The people over their capacity in `month`, as a subquery of ids: one pass over the month's
 * allocations grouped by person, with the domain's proration rule in exact integers (Σ hours × days
 * covered > capacity × days in the month; see `monthLoad`). The matrix and the people list filter with
 * it before paging; a correlated sum per person would cost an index lookup for every person.
 */
export function overCapacitySql(month: IsoMonth): SQL {
  const start = firstDayOf(month);
  const end = lastDayOf(month);
  return sql`(select m.person_id from account_team_members m join people c on c.id = m.person_id
    where m.from_date <= ${end}::date and (m.to_date is null or m.to_date >= ${start}::date)
      and c.monthly_capacity_hours is not null
    group by m.person_id, c.monthly_capacity_hours
    having sum(m.hours_per_month * (least(coalesce(m.to_date, ${end}::date), ${end}::date)
      - greatest(m.from_date, ${start}::date) + 1)) > c.monthly_capacity_hours * ${daysInMonth(month)})`;
}

/** True when the viewer sees everyone's allocations in full. */
export const seesAllCapacity = (viewer: Actor) => canOnWorkspace(viewer, 'readAllCapacity');

/**
 * An allocation as a matrix cell of `month` (`days` long): its hours are its monthly hours times the
 * share of the month it covers (`covered` days), as the person's page and the matrix both show it.
 */
export function cellOf(
  a: AllocationRow,
  covered: number,
  days: number,
  view: MatrixCell['view'],
): MatrixCell {
  return {
    accountId: a.accountId,
    accountName: a.accountName,
    role: a.role,
    roleName: a.roleName,
    hoursPerMonth: a.hoursPerMonth,
    hours: roundHours((a.hoursPerMonth * covered) / days),
    from: a.from,
    to: a.to,
    view,
  };
}

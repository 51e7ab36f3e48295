import type { MatrixQuery } from '@vested/contracts';
import { type Actor, firstDayOf, type IsoDate, type IsoMonth, lastDayOf, monthOf } from '@vested/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { containsPattern } from '../../http/pagination';
import { currentMembership, visibleTo } from '../accounts/queries';
import { lineOfSql, overCapacitySql, seesAllCapacity } from './queries';

type Query = z.output<typeof MatrixQuery>;

/**
 * Which people the viewer may see in the matrix: everyone for those who read every account; otherwise
 * themselves, their line (reports at any depth) and the people on today's teams of the accounts they may
 * read. Written as "the id is among these ids", gathered once: as `or exists (…)` per person the
 * planner estimated the recursive line at tens of thousands of rows, the statement's cost passed a
 * million, and PostgreSQL compiled it with JIT on every request — 1.5 s for a line manager's page.
 */
function peopleVisibleTo(viewer: Actor, today: IsoDate): SQL {
  if (seesAllCapacity(viewer)) return sql`true`;
  if (!viewer.personId) return sql`false`;
  const accountsSeen = visibleTo(viewer, today) ?? sql`true`;
  return sql`p.id = any(array(
    select ${viewer.personId}::uuid
    union all select id from line
    union all select account_team_members.person_id from account_team_members
      join accounts on accounts.id = account_team_members.account_id
      where ${currentMembership(today)} and ${accountsSeen}))`;
}

/**
 * The people of the matrix as two common table expressions, shared by the JSON the route sends and the
 * typed path the tests hold it to: `line` (the viewer's reports at any depth) and `base` (the people the
 * filters keep, with their line manager, whether they are in the viewer's line, and `sees`: whether the
 * viewer may see where they work on accounts the viewer cannot open). `order` sorts `base` by group.
 */
export function matrixPeople(
  viewer: Actor,
  query: Query,
  today: IsoDate,
): { month: IsoMonth; ctes: SQL; order: SQL } {
  const month = query.month ?? monthOf(today);
  const filters: SQL[] = [sql`p.active`, peopleVisibleTo(viewer, today)];
  if (query.department) filters.push(sql`p.department = ${query.department}`);
  if (query.lineManagerPersonId) filters.push(sql`p.line_manager_person_id = ${query.lineManagerPersonId}`);
  if (query.q) filters.push(sql`p.name ilike ${containsPattern(query.q)}`);
  if (query.skillId)
    filters.push(sql`exists (select 1 from person_skills s where s.person_id = p.id
      and s.skill_id = ${query.skillId} and s.level >= ${query.minLevel})`);
  if (query.accountId)
    filters.push(sql`p.id in (select m.person_id from account_team_members m
      where m.account_id = ${query.accountId} and m.from_date <= ${lastDayOf(month)}::date
      and (m.to_date is null or m.to_date >= ${firstDayOf(month)}::date))`);
  if (query.overAllocated === 'true') filters.push(sql`p.id in ${overCapacitySql(month)}`);
  if (query.overAllocated === 'false') filters.push(sql`p.id not in ${overCapacitySql(month)}`);
  const line = viewer.personId
    ? sql`select id from ${lineOfSql(viewer.personId)} as l(id)`
    : sql`select null::uuid as id where false`;
  const sees = seesAllCapacity(viewer)
    ? sql`true`
    : sql`(p.id = ${viewer.personId}::uuid or p.id in (select id from line))`;
  const ctes = sql`line as materialized (${line}),
    base as (select p.id, p.name, p.title, p.department, p.monthly_capacity_hours as capacity,
        lm.id as lm_id, lm.name as lm_name, p.id in (select id from line) as in_line, ${sees} as sees
      from people p left join people lm on lm.id = p.line_manager_person_id
      where ${sql.join(filters, sql` and `)})`;
  const order =
    query.groupBy === 'lineManager'
      ? sql`lm_name nulls last, lm_id nulls last, name, id`
      : sql`department nulls last, name, id`;
  return { month, ctes, order };
}

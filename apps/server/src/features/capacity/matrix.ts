import type { MatrixCell, MatrixPage, MatrixQuery, MatrixRow } from '@vested/contracts';
import {
  type Actor,
  allocationView,
  daysCovered,
  daysInMonth,
  firstDayOf,
  type IsoDate,
  lastDayOf,
  monthLoad,
  monthOf,
  roundHours,
} from '@vested/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { containsPattern, offsetOf } from '../../http/pagination';
import { currentMembership, visibleTo } from '../accounts/queries';
import { allocationsOf, lineOfSql, seesAllCapacity } from './queries';

type Query = z.output<typeof MatrixQuery>;
type Row = {
  id: string;
  name: string;
  title: string | null;
  department: string | null;
  capacity: number | null;
  lm_id: string | null;
  lm_name: string | null;
  in_line: boolean;
  total: number;
};

/**
 * Which people the viewer may see in the matrix: everyone for those who read every account; otherwise
 * themselves, their line (reports at any depth) and the people on the teams of the accounts they may
 * read today.
 */
function peopleVisibleTo(viewer: Actor, today: IsoDate): SQL {
  if (seesAllCapacity(viewer)) return sql`true`;
  if (!viewer.personId) return sql`false`;
  const accountsSeen = visibleTo(viewer, today) ?? sql`true`;
  return sql`(p.id = ${viewer.personId} or p.id in ${lineOfSql(viewer.personId)} or exists (
    select 1 from account_team_members account_team_members join accounts on accounts.id = account_team_members.account_id
    where account_team_members.person_id = p.id and ${currentMembership(today)} and ${accountsSeen}))`;
}

/**
 * People × accounts for a month, one page of people at a time. The page query filters, groups, sorts,
 * counts and computes each person's load in SQL — allocated hour-days with the domain's proration rule
 * (Σ hours × days covered; over capacity when above capacity × days in the month) — so "over-allocated
 * only" filters before paging. The page's allocations then come in one more query and the domain turns
 * them into cells and totals.
 */
export async function capacityMatrix(
  db: Db,
  viewer: Actor,
  query: Query,
  today: IsoDate,
): Promise<MatrixPage> {
  const month = query.month ?? monthOf(today);
  const start = firstDayOf(month);
  const end = lastDayOf(month);
  const days = daysInMonth(month);
  const filters: SQL[] = [sql`p.active`, peopleVisibleTo(viewer, today)];
  if (query.department) filters.push(sql`p.department = ${query.department}`);
  if (query.lineManagerPersonId) filters.push(sql`p.line_manager_person_id = ${query.lineManagerPersonId}`);
  if (query.q) filters.push(sql`p.name ilike ${containsPattern(query.q)}`);
  if (query.skillId)
    filters.push(sql`exists (select 1 from person_skills s where s.person_id = p.id
      and s.skill_id = ${query.skillId} and s.level >= ${query.minLevel})`);
  if (query.accountId)
    filters.push(sql`exists (select 1 from account_team_members m where m.person_id = p.id
      and m.account_id = ${query.accountId} and m.from_date <= ${end}::date
      and (m.to_date is null or m.to_date >= ${start}::date))`);
  const order =
    query.groupBy === 'lineManager'
      ? sql`lm_name nulls last, lm_id nulls last, name, id`
      : sql`department nulls last, name, id`;
  const inLine = viewer.personId ? sql`p.id in ${lineOfSql(viewer.personId)}` : sql`false`;
  const page = sql`order by ${order} limit ${query.pageSize} offset ${offsetOf(query.page, query.pageSize)}`;
  const columns = sql`p.id, p.name, p.title, p.department, p.monthly_capacity_hours as capacity,
    lm.id as lm_id, lm.name as lm_name, ${inLine} as in_line`;
  const people = sql`people p left join people lm on lm.id = p.line_manager_person_id`;
  const where = sql.join(filters, sql` and `);
  // Over or under capacity needs everyone's month before paging: one pass over the month's allocations,
  // grouped by person (a correlated sum per person costs a lookup each). Otherwise the month's load is
  // the domain's, from the page's allocations alone.
  const result =
    query.overAllocated === undefined
      ? await db.execute(sql`with base as (select ${columns} from ${people} where ${where})
          select *, (select count(*)::int from base) as total from base ${page}`)
      : await db.execute(sql`with loads as (
            select m.person_id, sum(m.hours_per_month * (least(coalesce(m.to_date, ${end}::date), ${end}::date)
              - greatest(m.from_date, ${start}::date) + 1)) as hour_days
            from account_team_members m
            where m.from_date <= ${end}::date and (m.to_date is null or m.to_date >= ${start}::date)
            group by m.person_id),
          base as (select ${columns} from ${people} left join loads l on l.person_id = p.id
            where ${where} and ${
              query.overAllocated === 'true'
                ? sql`p.monthly_capacity_hours is not null
                  and coalesce(l.hour_days, 0) > p.monthly_capacity_hours * ${days}`
                : sql`(p.monthly_capacity_hours is null
                  or coalesce(l.hour_days, 0) <= p.monthly_capacity_hours * ${days})`
            })
          select *, (select count(*)::int from base) as total from base ${page}`);
  const rows = (result as unknown as { rows: Row[] }).rows;
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && query.page > 1) {
    const again = await capacityMatrix(db, viewer, { ...query, page: 1, pageSize: 1 }, today);
    total = again.total;
  }

  const allocations = await allocationsOf(
    db,
    rows.map((r) => r.id),
    { from: month, to: month },
    viewer,
    today,
  );
  const byPerson = new Map<string, typeof allocations>();
  for (const a of allocations) byPerson.set(a.personId, [...(byPerson.get(a.personId) ?? []), a]);
  const seesAll = seesAllCapacity(viewer);
  const accountColumns = new Map<string, { accountId: string; name: string; view: MatrixCell['view'] }>();
  const roles: Record<string, string> = {};

  const items: MatrixRow[] = rows.map((r) => {
    const mine = byPerson.get(r.id) ?? [];
    const capacity = r.capacity === null ? null : Number(r.capacity);
    const load = monthLoad(capacity, mine, month);
    const selfOrInLine = seesAll || r.id === viewer.personId || r.in_line;
    const cells: MatrixCell[] = [];
    let hiddenHourDays = 0;
    for (const a of mine) {
      const view = allocationView({ mayReadAccount: a.visible, selfOrInLine });
      const covered = daysCovered(a.from, a.to, month);
      if (view === 'hidden') {
        hiddenHourDays += a.hoursPerMonth * covered;
        continue;
      }
      roles[a.role] = a.roleName;
      cells.push({
        accountId: a.accountId,
        accountName: a.accountName,
        role: a.role,
        roleName: a.roleName,
        hoursPerMonth: a.hoursPerMonth,
        hours: roundHours((a.hoursPerMonth * covered) / days),
        from: a.from,
        to: a.to,
        view,
      });
      const seen = accountColumns.get(a.accountId);
      if (!seen || (seen.view !== 'full' && view === 'full'))
        accountColumns.set(a.accountId, { accountId: a.accountId, name: a.accountName, view });
    }
    const group =
      query.groupBy === 'lineManager'
        ? { key: r.lm_id, name: r.lm_name }
        : { key: r.department, name: r.department };
    return {
      personId: r.id,
      name: r.name,
      title: r.title,
      department: r.department,
      lineManager: r.lm_id ? { personId: r.lm_id, name: r.lm_name! } : null,
      group,
      capacityHours: capacity,
      allocatedHours: load.allocatedHours,
      freeHours: load.freeHours,
      overAllocated: load.overAllocated,
      overByHours: load.overByHours,
      cells,
      otherAccountsHours: roundHours(hiddenHourDays / days),
    };
  });

  return {
    items,
    total,
    page: query.page,
    pageSize: query.pageSize,
    month,
    groupBy: query.groupBy,
    accounts: [...accountColumns.values()].sort((a, b) => a.name.localeCompare(b.name)),
    roles,
    totals: {
      capacityHours: items.reduce((s, i) => s + (i.capacityHours ?? 0), 0),
      allocatedHours: roundHours(items.reduce((s, i) => s + i.allocatedHours, 0)),
    },
  };
}

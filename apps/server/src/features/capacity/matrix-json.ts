import type { MatrixPage, MatrixQuery } from '@vested/contracts';
import { type Actor, daysInMonth, firstDayOf, type IsoDate, lastDayOf } from '@vested/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import type { JsonText } from '../../http/json-text';
import { offsetOf } from '../../http/pagination';
import { visibleTo } from '../accounts/queries';
import { matrixPeople } from './matrix-people';

type Query = z.output<typeof MatrixQuery>;

/**
 * The domain's `roundHours(hourDays / days)` in SQL: tenths rounded half up on the magnitude, in exact
 * numeric, then divided by 10 as a float8 — the same double JavaScript's `k / 10` gives, printed by
 * PostgreSQL in its shortest form as `JSON.stringify` prints it.
 */
const tenthsOf = (hourDays: SQL, days: number) =>
  sql`(sign((${hourDays})::numeric) * round(abs((${hourDays})::numeric) * 10 / ${sql.raw(String(days))}))`;
const hoursOf = (hourDays: SQL, days: number) => sql`(${tenthsOf(hourDays, days)}::float8 / 10)`;

/**
 * The matrix page as JSON written by PostgreSQL in one statement: the same people as the typed path
 * (`capacityMatrix`, from `matrixPeople`), the page cut first, then only the page's allocations of the
 * month with the domain's rules — proration by calendar days (Σ hours × days covered), a cell's view
 * (`full` when the viewer may open the account, `name_and_hours` when the person is the viewer or in
 * their line, else hidden and counted as other accounts' hours), loads against capacity in exact integer
 * hour-days. A page holds up to a thousand cells; parsing them in Node and encoding them again cost
 * more than twice the database's time. `matrix-json.test.ts` compares this with the typed path.
 */
export async function capacityMatrixJson(
  db: Db,
  viewer: Actor,
  query: Query,
  today: IsoDate,
): Promise<JsonText<typeof MatrixPage>> {
  const { month, ctes, order } = matrixPeople(viewer, query, today);
  const days = daysInMonth(month);
  const start = sql`${firstDayOf(month)}::date`;
  const end = sql`${lastDayOf(month)}::date`;
  const visible = visibleTo(viewer, today) ?? sql`true`;
  const capacityHourDays = sql`(r.capacity * ${sql.raw(String(days))})`;
  const group =
    query.groupBy === 'lineManager'
      ? sql`json_build_object('key', r.lm_id, 'name', r.lm_name)`
      : sql`json_build_object('key', r.department, 'name', r.department)`;
  const result = await db.execute(sql`with ${ctes},
    page as (select * from base order by ${order}
      limit ${query.pageSize} offset ${offsetOf(query.page, query.pageSize)}),
    alloc as (
      select m.person_id, m.account_id, accounts.name as account_name, m.role, team_roles.name as role_name,
        m.hours_per_month, m.from_date, m.to_date,
        m.hours_per_month * (least(coalesce(m.to_date, ${end}), ${end}) - greatest(m.from_date, ${start}) + 1)
          as hour_days,
        case when ${visible} then 'full' when page.sees then 'name_and_hours' end as view
      from page join account_team_members m on m.person_id = page.id
        join accounts on accounts.id = m.account_id
        join team_roles on team_roles.key = m.role
      where m.from_date <= ${end} and (m.to_date is null or m.to_date >= ${start})),
    loads as (
      select person_id, sum(hour_days) as hour_days,
        coalesce(sum(hour_days) filter (where view is null), 0) as hidden_hour_days,
        json_agg(json_build_object('accountId', account_id, 'accountName', account_name, 'role', role,
            'roleName', role_name, 'hoursPerMonth', hours_per_month, 'hours', ${hoursOf(sql`hour_days`, days)},
            'from', from_date, 'to', to_date, 'view', view)
          order by account_name, from_date, account_id, role) filter (where view is not null) as cells
      from alloc group by person_id),
    rows as (
      select page.*, coalesce(l.hour_days, 0) as hour_days, coalesce(l.hidden_hour_days, 0) as hidden_hour_days,
        coalesce(l.cells, '[]'::json) as cells
      from page left join loads l on l.person_id = page.id),
    items as (
      select r.*, ${tenthsOf(sql`r.hour_days`, days)} as allocated_tenths,
        r.capacity is not null and r.hour_days > ${capacityHourDays} as over
      from rows r)
    select json_build_object(
      'items', coalesce((select json_agg(json_build_object(
          'personId', r.id, 'name', r.name, 'title', r.title, 'department', r.department,
          'lineManager', case when r.lm_id is null then null
            else json_build_object('personId', r.lm_id, 'name', r.lm_name) end,
          'group', ${group},
          'capacityHours', r.capacity,
          'allocatedHours', r.allocated_tenths::float8 / 10,
          'freeHours', case when r.capacity is null then null
            else ${hoursOf(sql`(${capacityHourDays} - r.hour_days)`, days)} end,
          'overAllocated', r.over,
          'overByHours', case when r.over then ${hoursOf(sql`(r.hour_days - ${capacityHourDays})`, days)} else 0 end,
          'cells', r.cells,
          'otherAccountsHours', ${hoursOf(sql`r.hidden_hour_days`, days)})
        order by ${order}) from items r), '[]'::json),
      'total', (select count(*) from base),
      'page', ${query.page}::int,
      'pageSize', ${query.pageSize}::int,
      'month', ${month}::text,
      'groupBy', ${query.groupBy}::text,
      'accounts', coalesce((select json_agg(json_build_object('accountId', account_id, 'name', name, 'view', view)
          order by name, account_id)
        from (select account_id, min(account_name) as name, min(view) as view
          from alloc where view is not null group by account_id) columns), '[]'::json),
      'roles', coalesce((select json_object_agg(role, role_name)
        from (select distinct role, role_name from alloc where view is not null) roles), '{}'::json),
      'totals', json_build_object(
        'capacityHours', (select coalesce(sum(capacity), 0) from page),
        'allocatedHours', coalesce((select sum(allocated_tenths)::float8 / 10 from items), 0))
    )::text as body`);
  return (result as unknown as { rows: { body: string }[] }).rows[0]!.body as JsonText<typeof MatrixPage>;
}

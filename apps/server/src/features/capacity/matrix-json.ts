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
 * The domain's `roundHours(hourDays / days)` in SQL: tenths rounded half up on the magnitude, in integers
 * (⌊(20·|h| + d) / 2d⌋ is |h|·10/d rounded half up), then divided by 10 as a float8 — the same double
 * JavaScript's `k / 10` gives, printed by PostgreSQL in its shortest form as `JSON.stringify` prints it.
 */
const tenthsOf = (hourDays: SQL, days: number) =>
  sql`(sign(${hourDays})::int8 * ((20 * abs((${hourDays})::int8) + ${sql.raw(String(days))}) / ${sql.raw(String(2 * days))}))`;
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
      ? sql`(select row_to_json(g) from (select r.lm_id as key, r.lm_name as name) g)`
      : sql`(select row_to_json(g) from (select r.department as key, r.department as name) g)`;
  // Objects are `row_to_json` of a row of named fields (compact, unlike `json_build_object`), arrays
  // are `string_agg` of their elements' text: nothing is parsed again on its way to the answer.
  const result = await db.execute(sql`with ${ctes},
    page as (select * from base order by ${order}
      limit ${query.pageSize} offset ${offsetOf(query.page, query.pageSize)}),
    alloc as (
      select page.id as person_id, m.account_id, accounts.name as account_name, m.role,
        team_roles.name as role_name, m.hours_per_month, m.from_date, m.to_date, m.hour_days,
        case when ${visible} then 'full' when page.sees then 'name_and_hours' end as view
      from page cross join lateral (
          select m.account_id, m.role, m.hours_per_month, m.from_date, m.to_date,
            m.hours_per_month * (least(coalesce(m.to_date, ${end}), ${end}) - greatest(m.from_date, ${start}) + 1)
              as hour_days
          from account_team_members m
          where m.person_id = page.id and m.from_date <= ${end} and (m.to_date is null or m.to_date >= ${start})
          -- Kept apart (offset 0), so PostgreSQL looks up each person's rows by key instead of hashing them all.
          offset 0
        ) m
        join accounts on accounts.id = m.account_id
        join team_roles on team_roles.key = m.role),
    loads as (
      select person_id, sum(hour_days) as hour_days,
        coalesce(sum(hour_days) filter (where view is null), 0) as hidden_hour_days,
        string_agg((select row_to_json(c)::text from (select account_id as "accountId",
            account_name as "accountName", role, role_name as "roleName", hours_per_month as "hoursPerMonth",
            ${hoursOf(sql`hour_days`, days)} as hours, from_date as from, to_date as to, view) c), ','
          order by account_name, from_date, account_id, role) filter (where view is not null) as cells
      from alloc group by person_id),
    items as (
      select page.*, coalesce(l.hour_days, 0) as hour_days, coalesce(l.hidden_hour_days, 0) as hidden_hour_days,
        coalesce(l.cells, '') as cells, ${tenthsOf(sql`coalesce(l.hour_days, 0)`, days)} as allocated_tenths
      from page left join loads l on l.person_id = page.id),
    item_json as (
      select r.*, left((select row_to_json(f)::text from (select r.id as "personId", r.name, r.title,
            r.department,
            case when r.lm_id is null then null
              else (select row_to_json(m) from (select r.lm_id as "personId", r.lm_name as name) m) end
              as "lineManager",
            ${group} as group,
            r.capacity as "capacityHours",
            r.allocated_tenths::float8 / 10 as "allocatedHours",
            case when r.capacity is null then null
              else ${hoursOf(sql`(${capacityHourDays} - r.hour_days)`, days)} end as "freeHours",
            r.capacity is not null and r.hour_days > ${capacityHourDays} as "overAllocated",
            case when r.capacity is not null and r.hour_days > ${capacityHourDays}
              then ${hoursOf(sql`(r.hour_days - ${capacityHourDays})`, days)} else 0 end as "overByHours",
            ${hoursOf(sql`r.hidden_hour_days`, days)} as "otherAccountsHours") f), -1)
          || ',"cells":[' || r.cells || ']}' as json
      from items r),
    head as (
      select (select count(*) from base) as total, ${query.page}::int as page, ${query.pageSize}::int as "pageSize",
        ${month}::text as month, ${query.groupBy}::text as "groupBy",
        coalesce((select json_object_agg(role, role_name)
          from (select distinct role, role_name from alloc where view is not null) roles), '{}'::json) as roles,
        (select row_to_json(t) from (select coalesce(sum(capacity), 0) as "capacityHours",
          coalesce(sum(allocated_tenths)::float8 / 10, 0) as "allocatedHours" from items) t) as totals)
    select left((select row_to_json(head)::text), -1)
      || ',"items":[' || coalesce((select string_agg(json, ',' order by ${order}) from item_json), '')
      || '],"accounts":[' || coalesce((select string_agg(row_to_json(c)::text, ',' order by c.name, c."accountId")
          -- An account's cells share one view (whether the viewer may open it), so grouping by all three
          -- gives one column per account, by hash, without comparing names.
          from (select account_id as "accountId", account_name as name, view
            from alloc where view is not null group by account_id, account_name, view) c), '')
      || ']}' as body
    from head`);
  return (result as unknown as { rows: { body: string }[] }).rows[0]!.body as JsonText<typeof MatrixPage>;
}

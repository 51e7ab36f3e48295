import type { OrgChart } from '@vested/contracts';
import { HIGH_FROM } from '@vested/domain';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { JsonText } from '../../http/json-text';

/** `quadrantOf` of the domain, as SQL (the map test holds the two together on every combination). */
const quadrant = sql.raw(`case when c.influence >= ${HIGH_FROM}
    then case when c.interest >= ${HIGH_FROM} then 'manage_closely' else 'keep_satisfied' end
    else case when c.interest >= ${HIGH_FROM} then 'keep_informed' else 'monitor' end end`);

/**
 * Everything the org chart draws, for an account already authorized, as JSON PostgreSQL writes in one
 * query: every contact (left ones too, to grey out) with parent, latest reading (ties on a day: the one
 * recorded last) and owners, plus our people who own them. An account of 2,000 contacts is a megabyte of
 * JSON; parsing its rows in Node and encoding them again cost most of the request, so Node only passes it on.
 */
export async function orgChart(db: Db, accountId: string): Promise<JsonText<typeof OrgChart>> {
  // Set-based on purpose: the latest readings and the owners of the account are each gathered in one pass
  // and joined to the contacts, rather than looked up contact by contact (2,000 subqueries).
  const result = await db.execute(sql`
    with latest as (
      select distinct on (r.contact_id) r.contact_id,
        json_build_object('takenOn', r.taken_on, 'score', r.score, 'source', r.source) as reading
      from satisfaction_readings r join contacts rc on rc.id = r.contact_id
      where rc.account_id = ${accountId}
      order by r.contact_id, r.taken_on desc, r.created_at desc
    ), owners as (
      select o.contact_id, o.id, o.person_id, p.name as person_name, o.depth_now, o.depth_target, o.last_touch_on
      from contact_owners o
        join contacts oc on oc.id = o.contact_id
        join people p on p.id = o.person_id
      where oc.account_id = ${accountId}
    ), owned as (
      select w.contact_id, json_agg(json_build_object('id', w.id, 'personId', w.person_id,
          'personName', w.person_name, 'depthNow', w.depth_now, 'depthTarget', w.depth_target,
          'lastTouchOn', w.last_touch_on) order by w.person_name, w.id) as list
      from owners w group by w.contact_id
    ), nodes as (
      select c.id, c.name, c.title, c.business_unit as "businessUnit", c.email,
        c.reports_to_contact_id as "reportsToId", c.level, c.decision_role as "decisionRole", c.influence,
        c.interest, c.attitude, c.status, c.left_on as "leftOn", ${quadrant} as quadrant,
        l.reading as "latestReading", c.version, coalesce(w.list, '[]') as owners
      from contacts c
        left join latest l on l.contact_id = c.id
        left join owned w on w.contact_id = c.id
      where c.account_id = ${accountId}
    )
    select json_build_object(
      'nodes', coalesce((select json_agg(n order by n.name, n.id) from nodes n), '[]'),
      'ourPeople', coalesce((select json_agg(json_build_object('personId', u.person_id, 'name', u.person_name)
          order by u.person_name, u.person_id)
        from (select distinct person_id, person_name from owners) u), '[]')
    )::text as chart`);
  return (result as unknown as { rows: { chart: string }[] }).rows[0]!.chart;
}

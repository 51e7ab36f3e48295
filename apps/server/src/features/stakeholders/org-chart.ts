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
  // Each card's latest reading and owners are looked up by key (indexes on contact_id): for a 2,000-card
  // chart that measured a third of the time of gathering them for the account first and joining (which
  // read every reading of the workspace), and a CTE of owners used per card made it quadratic.
  const result = await db.execute(sql`
    with nodes as (
      select c.id, c.name, c.title, c.business_unit as "businessUnit", c.email,
        c.reports_to_contact_id as "reportsToId", c.level, c.decision_role as "decisionRole", c.influence,
        c.interest, c.attitude, c.status, c.left_on as "leftOn", ${quadrant} as quadrant,
        (select json_build_object('takenOn', r.taken_on, 'score', r.score, 'source', r.source)
          from satisfaction_readings r where r.contact_id = c.id
          order by r.taken_on desc, r.created_at desc limit 1) as "latestReading",
        c.version,
        coalesce((select json_agg(json_build_object('id', o.id, 'personId', o.person_id, 'personName', p.name,
            'depthNow', o.depth_now, 'depthTarget', o.depth_target, 'lastTouchOn', o.last_touch_on)
            order by p.name, o.id)
          from contact_owners o join people p on p.id = o.person_id where o.contact_id = c.id), '[]') as owners
      from contacts c
      where c.account_id = ${accountId}
    )
    select json_build_object(
      'nodes', coalesce((select json_agg(n order by n.name, n.id) from nodes n), '[]'),
      'ourPeople', coalesce((select json_agg(json_build_object('personId', u.person_id, 'name', u.name)
          order by u.name, u.person_id)
        from (select distinct o.person_id, p.name from contact_owners o
          join contacts oc on oc.id = o.contact_id join people p on p.id = o.person_id
          where oc.account_id = ${accountId}) u), '[]')
    )::text as chart`);
  return (result as unknown as { rows: { chart: string }[] }).rows[0]!.chart;
}

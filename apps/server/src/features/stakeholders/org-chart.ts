import type { OrgChart } from '@vested/contracts';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { JsonText } from '../../http/json-text';

/**
 * Everything the org chart draws, for an account already authorized, as JSON PostgreSQL writes in one
 * query: every contact (left ones too, to grey out) with parent, latest score (ties on a day: the one
 * recorded last) and owners, plus our people who own them. Node only passes the text on.
 *
 * The chart of 2,000 contacts is the heavy case. Measured there (CPU of the database per request): the
 * whole contact with a reading object and owners with names per card cost 55 ms and 1.3 MB; the card's
 * own fields, the score alone and owners as who and how deep cost 27 ms and 0.85 MB — about 12 for the
 * cards and their scores, 8 for the owners, 5 for our people. Gathering the account's owners first and
 * joining measured the same, an index ordered by (day, recorded) for the latest score nothing; an
 * `array(…)` per card is a little cheaper than an aggregate. Each card's score and owners are looked up
 * by key (indexes on contact_id): joining the account's readings instead read every reading of the
 * workspace.
 */
export async function orgChart(db: Db, accountId: string): Promise<JsonText<typeof OrgChart>> {
  const result = await db.execute(sql`
    select json_build_object(
      'nodes', coalesce((select json_agg(n order by n.name, n.id) from (
        select c.id, c.name, c.title, c.business_unit as "businessUnit", c.email,
          c.reports_to_contact_id as "reportsToId", c.decision_role as "decisionRole", c.influence, c.status,
          c.version,
          (select r.score from satisfaction_readings r where r.contact_id = c.id
            order by r.taken_on desc, r.created_at desc limit 1) as "latestScore",
          to_json(array(select json_build_object('personId', o.person_id, 'depthNow', o.depth_now)
            from contact_owners o where o.contact_id = c.id order by o.person_id)) as owners
        from contacts c
        where c.account_id = ${accountId}) n), '[]'),
      'ourPeople', coalesce((select json_agg(json_build_object('personId', p.id, 'name', p.name)
          order by p.name, p.id)
        from people p where p.id in (select o.person_id from contact_owners o
          join contacts oc on oc.id = o.contact_id where oc.account_id = ${accountId})), '[]')
    )::text as chart`);
  return (result as unknown as { rows: { chart: string }[] }).rows[0]!.chart;
}

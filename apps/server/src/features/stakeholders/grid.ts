import type { StakeholderGrid } from '@vested/contracts';
import { HIGH_FROM, quadrants } from '@vested/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { JsonText } from '../../http/json-text';

/** `quadrantOf` of the domain, as SQL (the map test holds the two together on every combination). */
const quadrant = sql.raw(`case when c.influence >= ${HIGH_FROM}
    then case when c.interest >= ${HIGH_FROM} then 'manage_closely' else 'keep_satisfied' end
    else case when c.interest >= ${HIGH_FROM} then 'keep_informed' else 'monitor' end end`);

/** One quadrant's cards, the most influential first: `row_to_json` of named fields, as the contract has them. */
function cardsOf(q: string): SQL {
  return sql`coalesce(json_agg((select row_to_json(x) from (select g.id, g.name, g.title,
      g.decision_role as "decisionRole", g.influence, g.interest, g.attitude,
      g.latest as "latestReading") x)
    order by g.influence desc, g.interest desc, g.name, g.id) filter (where g.quadrant = ${q}), '[]')`;
}

/**
 * The active contacts of an account on the power/interest grid, the most influential first, as JSON
 * PostgreSQL writes (map.test.ts holds it to the contract key for key). For 2,000 contacts, reading the
 * rows into Node and encoding them through zod cost as much again as the query.
 */
export async function stakeholderGrid(db: Db, accountId: string): Promise<JsonText<typeof StakeholderGrid>> {
  const byQuadrant = sql.join(
    quadrants.map((q) => sql`${q}::text, ${cardsOf(q)}`),
    sql`, `,
  );
  const result = await db.execute(sql`
    select json_build_object('highFrom', ${sql.raw(String(HIGH_FROM))}, 'quadrants',
      json_build_object(${byQuadrant}))::text as grid
    from (
      select c.id, c.name, c.title, c.decision_role, c.influence, c.interest, c.attitude, ${quadrant} as quadrant,
        -- The latest reading (ties on a day: the one recorded last), looked up by key per card.
        (select row_to_json(r) from (select r.taken_on as "takenOn", r.score, r.source
          from satisfaction_readings r where r.contact_id = c.id
          order by r.taken_on desc, r.created_at desc limit 1) r) as latest
      from contacts c
      where c.account_id = ${accountId} and c.status = 'active'
    ) g`);
  return (result as unknown as { rows: { grid: string }[] }).rows[0]!.grid;
}

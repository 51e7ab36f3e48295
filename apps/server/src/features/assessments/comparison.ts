import type { AssessmentScores, ComparisonPage, ComparisonQuery } from '@vested/contracts';
import { ACCOUNT_MANAGER_ROLE, averageLevel, canOnWorkspace, type IsoDate } from '@vested/domain';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import type { SignedIn } from '../../http/authenticate';
import { forbidden } from '../../http/errors';
import { offsetOf } from '../../http/pagination';
import { managedAccounts, resultsOf } from './results';

type Row = {
  id: string;
  name: string;
  assessment_id: string | null;
  period_from: string | null;
  period_to: string | null;
  scores: AssessmentScores | null;
  total: number;
};

/**
 * The director's comparison: everyone who managed an account during the period (a page of them, by
 * name), their latest assessment (of any period) and the results measured over the period.
 */
export async function compareManagers(
  db: Db,
  actor: SignedIn,
  query: z.output<typeof ComparisonQuery>,
  today: IsoDate,
): Promise<z.infer<typeof ComparisonPage>> {
  if (!canOnWorkspace(actor, 'assessManager')) throw forbidden('Only a director compares account managers');
  const period = { from: query.from, to: query.to };
  const result = await db.execute(sql`
    with managers as (
      select distinct p.id, p.name from people p join account_team_members m on m.person_id = p.id
      where m.role = ${ACCOUNT_MANAGER_ROLE} and m.from_date <= ${period.to}::date
        and (m.to_date is null or m.to_date >= ${period.from}::date)
    )
    select mg.id, mg.name, la.id as assessment_id, la.period_from::text, la.period_to::text, la.scores,
      (select count(*)::int from managers) as total
    from managers mg
    left join lateral (select a.id, a.period_from, a.period_to, a.scores from manager_assessments a
      where a.person_id = mg.id order by a.period_to desc, a.created_at desc limit 1) la on true
    order by mg.name, mg.id limit ${query.pageSize} offset ${offsetOf(query.page, query.pageSize)}`);
  const rows = (result as unknown as { rows: Row[] }).rows;
  const held = await managedAccounts(
    db,
    rows.map((r) => r.id),
    period,
  );
  const items = [];
  for (const r of rows) {
    const { byAccount: _b, ...results } = await resultsOf(
      db,
      actor,
      r.id,
      period,
      today,
      held.filter((h) => h.personId === r.id),
    );
    items.push({
      personId: r.id,
      name: r.name,
      latestAssessment:
        r.assessment_id && r.scores
          ? {
              id: r.assessment_id,
              periodFrom: r.period_from!,
              periodTo: r.period_to!,
              average: averageLevel(r.scores),
              levels: Object.fromEntries(Object.entries(r.scores).map(([k, v]) => [k, v.level])),
            }
          : null,
      results,
    });
  }
  return { items, total: rows[0]?.total ?? 0, page: query.page, pageSize: query.pageSize, period };
}

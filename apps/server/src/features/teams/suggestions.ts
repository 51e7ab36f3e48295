import type { SuggestionList, SuggestionsQuery } from '@vested/contracts';
import {
  type Candidate,
  daysInMonth,
  firstDayOf,
  type IsoDate,
  lastDayOf,
  monthOf,
  roleCoverage,
  type SkillNeed,
  skillCoverage,
  suggestPeople,
} from '@vested/domain';
import { inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { skills as skillsTable } from '../../db/schema';
import type { SignedIn } from '../../http/authenticate';
import { ruleBroken } from '../../http/errors';
import { loadAccountFor } from '../accounts/queries';
import { allocationsOf, skillLevelsOf } from '../capacity/queries';
import { listTeam } from './queries';
import { loadTeamPlan } from './team-plan';

const ranking =
  'Those whose free hours cover the hours asked first; then more of the asked skills at their level; then higher levels in them; then more free hours; then by name';

type Row = {
  id: string;
  name: string;
  department: string | null;
  title: string | null;
  capacity: number;
  manager_id: string | null;
  manager_name: string | null;
};

/**
 * People who could fill an empty role or bring a missing skill: active, not on the team today, with
 * capacity left this month (computed in SQL with the domain's proration rule, so only they are loaded),
 * ranked by the domain's `suggestPeople`.
 */
export async function suggestions(
  db: Db,
  actor: SignedIn,
  accountId: string,
  query: z.output<typeof SuggestionsQuery>,
  today: IsoDate,
): Promise<z.infer<typeof SuggestionList>> {
  await loadAccountFor(db, actor, accountId, 'manageTeam', today);
  const month = monthOf(today);
  const [plan, team] = await Promise.all([loadTeamPlan(db, accountId), listTeam(db, accountId, today)]);
  const onTeam = new Set(team.filter((m) => m.current).map((m) => m.personId));
  const teamLevels = await skillLevelsOf(db, [...onTeam]);

  let asked: SkillNeed[];
  let hours: number;
  if (query.skillId) {
    const planned = plan.skills.find((s) => s.skillId === query.skillId);
    asked = [{ skillId: query.skillId, minLevel: query.minLevel ?? planned?.minLevel ?? 1 }];
    hours = 0;
  } else {
    const need = plan.roles.find((r) => r.role === query.role);
    if (!need) throw ruleBroken('The account’s plan does not need this role', { role: 'Not in the plan' });
    const [coverage] = roleCoverage([need], team, today);
    hours = Math.max(need.hoursPerMonth - coverage!.filledHours, 0);
    // The skills the team lacks rank the people who could fill the role.
    asked = skillCoverage(plan.skills, team, (p) => teamLevels.get(p) ?? {}, today).filter((s) => !s.met);
  }

  const start = firstDayOf(month);
  const end = lastDayOf(month);
  const days = daysInMonth(month);
  const skillFilter = query.skillId
    ? sql`and exists (select 1 from person_skills s where s.person_id = p.id
        and s.skill_id = ${asked[0]!.skillId} and s.level >= ${asked[0]!.minLevel})`
    : sql``;
  // Free capacity in hour-days: capacity × days − Σ hours × days covered (the domain's proration).
  const result = await db.execute(sql`
    select p.id, p.name, p.department, p.title, p.monthly_capacity_hours as capacity,
      lm.id as manager_id, lm.name as manager_name
    from people p
    left join people lm on lm.id = p.line_manager_person_id
    where p.active and p.monthly_capacity_hours > 0 ${skillFilter}
      and p.monthly_capacity_hours * ${days} > coalesce((
        select sum(m.hours_per_month * (least(coalesce(m.to_date, ${end}::date), ${end}::date)
          - greatest(m.from_date, ${start}::date) + 1))
        from account_team_members m
        where m.person_id = p.id and m.from_date <= ${end}::date
          and (m.to_date is null or m.to_date >= ${start}::date)), 0)`);
  const rows = (result as unknown as { rows: Row[] }).rows.filter((r) => !onTeam.has(r.id));
  const ids = rows.map((r) => r.id);
  const [levels, allocations] = await Promise.all([
    skillLevelsOf(db, ids),
    allocationsOf(db, ids, { from: month, to: month }, actor, today),
  ]);
  const byPerson = new Map<string, typeof allocations>();
  for (const a of allocations) byPerson.set(a.personId, [...(byPerson.get(a.personId) ?? []), a]);
  const candidates: Candidate[] = rows.map((r) => ({
    personId: r.id,
    name: r.name,
    lineManager: r.manager_id ? { personId: r.manager_id, name: r.manager_name! } : null,
    capacityHours: Number(r.capacity),
    skills: levels.get(r.id) ?? {},
    allocations: byPerson.get(r.id) ?? [],
  }));
  const about = new Map(rows.map((r) => [r.id, r]));
  const ranked = suggestPeople(
    { month, skills: asked, requireSkills: Boolean(query.skillId), hours, exclude: onTeam },
    candidates,
    query.limit,
  );
  const names = await skillNames(
    db,
    asked.map((s) => s.skillId),
  );
  return {
    month,
    hours,
    skills: asked.map((s) => ({ ...s, name: names.get(s.skillId) ?? '' })),
    requireSkills: Boolean(query.skillId),
    ranking,
    items: ranked.map((s) => ({
      ...s,
      department: about.get(s.personId)?.department ?? null,
      title: about.get(s.personId)?.title ?? null,
    })),
  };
}

async function skillNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: skillsTable.id, name: skillsTable.name })
    .from(skillsTable)
    .where(inArray(skillsTable.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

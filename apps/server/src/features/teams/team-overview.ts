import type { TeamOverview, TeamWarning } from '@vested/contracts';
import {
  ACCOUNT_MANAGER_ROLE,
  type Actor,
  type IsoDate,
  monthLoad,
  monthOf,
  roleCoverage,
  skillCoverage,
  teamWarnings,
  withinPeriod,
} from '@vested/domain';
import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { people } from '../../db/schema';
import { loadAccountFor } from '../accounts/queries';
import { allocationsOf, skillLevelsOf } from '../capacity/queries';
import { listTeam } from './queries';
import { loadTeamPlan } from './team-plan';

/**
 * The Team tab's picture of today: needed roles against who fills them, needed skills against who has
 * them, each current member's month across all their accounts (totals only), the warnings that follow,
 * and who managed the account when.
 */
export async function teamOverview(
  db: Db,
  actor: Actor,
  accountId: string,
  today: IsoDate,
): Promise<TeamOverview> {
  await loadAccountFor(db, actor, accountId, 'read', today);
  const month = monthOf(today);
  const [plan, team] = await Promise.all([loadTeamPlan(db, accountId), listTeam(db, accountId, today)]);
  const currentIds = [...new Set(team.filter((m) => m.current).map((m) => m.personId))];
  const [levels, allocations, capacities] = await Promise.all([
    skillLevelsOf(db, currentIds),
    allocationsOf(db, currentIds, { from: month, to: month }, actor, today),
    currentIds.length
      ? db
          .select({ id: people.id, capacity: people.monthlyCapacityHours })
          .from(people)
          .where(inArray(people.id, currentIds))
      : [],
  ]);
  const capacityOf = new Map(capacities.map((c) => [c.id, c.capacity]));
  const names = new Map(team.map((m) => [m.personId, m.personName]));
  const ref = (personId: string) => ({ personId, name: names.get(personId) ?? '' });

  const roles = roleCoverage(plan.roles, team, today);
  const skills = skillCoverage(plan.skills, team, (p) => levels.get(p) ?? {}, today);
  const loads = currentIds.map((personId) => ({
    personId,
    load: monthLoad(
      capacityOf.get(personId) ?? null,
      allocations.filter((a) => a.personId === personId),
      month,
    ),
  }));
  const roleName = new Map(plan.roles.map((r) => [r.role, r.roleName]));
  const skillName = new Map(plan.skills.map((s) => [s.skillId, s.name]));
  const warnings: TeamWarning[] = teamWarnings(roles, skills, loads).map((w) => {
    if (w.kind === 'over_allocated') return { ...w, personName: names.get(w.personId) ?? '' };
    if (w.kind === 'skill_missing') return { ...w, skillName: skillName.get(w.skillId) ?? '' };
    return { ...w, roleName: roleName.get(w.role) ?? w.role };
  });

  return {
    accountId,
    asOf: today,
    month,
    roles: roles.map((r) => ({
      role: r.role,
      roleName: roleName.get(r.role) ?? r.role,
      neededHours: r.neededHours,
      filledHours: r.filledHours,
      status: r.status,
      people: r.personIds.map(ref),
    })),
    skills: skills.map((s) => ({
      skillId: s.skillId,
      name: skillName.get(s.skillId) ?? '',
      minLevel: s.minLevel,
      bestLevel: s.bestLevel,
      met: s.met,
      people: s.personIds.map(ref),
    })),
    members: loads
      .map(({ personId, load }) => ({
        ...ref(personId),
        capacityHours: load.capacityHours,
        allocatedHours: load.allocatedHours,
        freeHours: load.freeHours,
        overAllocated: load.overAllocated,
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    warnings,
    managerHistory: team
      .filter((m) => m.role === ACCOUNT_MANAGER_ROLE)
      .sort((a, b) => (a.from < b.from ? 1 : -1))
      .map((m) => ({
        memberId: m.id,
        personId: m.personId,
        name: m.personName,
        from: m.from,
        to: m.to,
        current: withinPeriod(today, m.from, m.to),
      })),
  };
}

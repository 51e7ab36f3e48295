import { type IsoDate, withinPeriod } from '../dates';
import type { Allocation } from './load';

/** How many hours a month the account needs of a role. */
export type RoleNeed = { role: string; hoursPerMonth: number };
/** A skill the account's team must have, at least at `minLevel` (1–5). */
export type SkillNeed = { skillId: string; minLevel: number };
/** A person's skill levels by skill id. */
export type SkillLevels = Readonly<Record<string, number>>;

export type TeamAllocation = Allocation & { personId: string };

export type RoleCoverageStatus = 'unfilled' | 'short' | 'filled';
export type RoleCoverage = {
  role: string;
  neededHours: number;
  /** Σ hours a month of the allocations in this role that run on the day. */
  filledHours: number;
  personIds: string[];
  status: RoleCoverageStatus;
};

/**
 * Needed roles against the team as it stands on `day` (the Team tab's "now"): a role is `unfilled` when
 * nobody holds it that day, `short` when its holders' hours a month add up to less than needed, `filled`
 * otherwise. Nominal hours, not prorated: someone who joins mid-month fills the role from that day on.
 */
export function roleCoverage(
  needs: readonly RoleNeed[],
  team: readonly TeamAllocation[],
  day: IsoDate,
): RoleCoverage[] {
  return needs.map((need) => {
    const holders = team.filter((a) => a.role === need.role && withinPeriod(day, a.from, a.to));
    const filledHours = holders.reduce((sum, a) => sum + a.hoursPerMonth, 0);
    const status: RoleCoverageStatus =
      holders.length === 0 ? 'unfilled' : filledHours < need.hoursPerMonth ? 'short' : 'filled';
    return {
      role: need.role,
      neededHours: need.hoursPerMonth,
      filledHours,
      personIds: [...new Set(holders.map((a) => a.personId))],
      status,
    };
  });
}

export type SkillCoverage = SkillNeed & {
  /** The best level among the people on the team that day; null when nobody has the skill at all. */
  bestLevel: number | null;
  /** Who has it at the minimum level or above. */
  personIds: string[];
  met: boolean;
};

/**
 * The account's skill needs against the people on its team on `day`: a need is met when at least one of
 * them has the skill at the minimum level; otherwise the team lacks it (a warning, and a reason to ask
 * for a suggestion).
 */
export function skillCoverage(
  needs: readonly SkillNeed[],
  team: readonly TeamAllocation[],
  skillsOf: (personId: string) => SkillLevels,
  day: IsoDate,
): SkillCoverage[] {
  const members = [...new Set(team.filter((a) => withinPeriod(day, a.from, a.to)).map((a) => a.personId))];
  return needs.map((need) => {
    const levels = members.map((p) => [p, skillsOf(p)[need.skillId] ?? 0] as const);
    const best = Math.max(0, ...levels.map(([, l]) => l));
    const personIds = levels.filter(([, l]) => l >= need.minLevel).map(([p]) => p);
    return { ...need, bestLevel: best === 0 ? null : best, personIds, met: personIds.length > 0 };
  });
}

import type { IsoMonth } from '../economics/calendar';
import type { RoleCoverage, SkillCoverage } from './coverage';
import type { MonthLoad } from './load';

export type TeamWarning =
  | {
      kind: 'over_allocated';
      personId: string;
      month: IsoMonth;
      allocatedHours: number;
      capacityHours: number;
      overByHours: number;
    }
  | { kind: 'role_unfilled'; role: string; neededHours: number }
  | { kind: 'role_short'; role: string; neededHours: number; filledHours: number }
  | { kind: 'skill_missing'; skillId: string; minLevel: number; bestLevel: number | null };

/**
 * The warnings of an account team, in the order people act on them: an empty role first (the account
 * goes without), then a role short of hours, a skill nobody on the team has at the level named, and
 * members over their capacity this month.
 */
export function teamWarnings(
  roles: readonly RoleCoverage[],
  skills: readonly SkillCoverage[],
  loads: readonly { personId: string; load: MonthLoad }[],
): TeamWarning[] {
  return [
    ...roles
      .filter((r) => r.status === 'unfilled')
      .map((r) => ({ kind: 'role_unfilled' as const, role: r.role, neededHours: r.neededHours })),
    ...roles
      .filter((r) => r.status === 'short')
      .map((r) => ({
        kind: 'role_short' as const,
        role: r.role,
        neededHours: r.neededHours,
        filledHours: r.filledHours,
      })),
    ...skills
      .filter((s) => !s.met)
      .map((s) => ({
        kind: 'skill_missing' as const,
        skillId: s.skillId,
        minLevel: s.minLevel,
        bestLevel: s.bestLevel,
      })),
    ...loads
      .filter((l) => l.load.overAllocated)
      .map(({ personId, load }) => ({
        kind: 'over_allocated' as const,
        personId,
        month: load.month,
        allocatedHours: load.allocatedHours,
        capacityHours: load.capacityHours!,
        overByHours: load.overByHours,
      })),
  ];
}

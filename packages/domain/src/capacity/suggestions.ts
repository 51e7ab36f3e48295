import type { IsoMonth } from '../economics/calendar';
import type { SkillLevels, SkillNeed } from './coverage';
import { type Allocation, daysInMonth, monthLoad, roundHours } from './load';

export type Candidate = {
  personId: string;
  name: string;
  lineManager: { personId: string; name: string } | null;
  capacityHours: number | null;
  skills: SkillLevels;
  /** Every allocation of the person, on any account. */
  allocations: readonly Allocation[];
};

/**
 * What the account asks for: the skills (each at a minimum level) and the hours a month. With
 * `requireSkills`, only people who have every skill asked at its level are suggested (filling a skill
 * gap); without it the skills only rank (filling an empty role).
 */
export type SuggestionAsk = {
  month: IsoMonth;
  skills: readonly SkillNeed[];
  requireSkills: boolean;
  hours: number;
  /** People already on the team, never suggested again. */
  exclude: ReadonlySet<string>;
};

export type Suggestion = {
  personId: string;
  name: string;
  lineManager: { personId: string; name: string } | null;
  freeHours: number;
  coversHours: boolean;
  skillsMet: number;
  /** The person's levels in the skills asked (0 where they have none). */
  levels: Record<string, number>;
};

/**
 * People with free capacity who could join, best first. Eligible: not on the team, capacity set and
 * some of it free in the month (the proration rule of `monthLoad`), and — when skills are required —
 * every skill asked at its minimum level. The ranking rule, each step breaking the previous one's ties:
 *   1. free hours that cover the hours asked come before free hours that cover only part;
 *   2. more of the asked skills met at their minimum level;
 *   3. a higher sum of levels in the asked skills;
 *   4. more free hours;
 *   5. name, A to Z (a stable order people can check).
 * The line manager comes with each, since in a matrix the next step is asking them.
 */
export function suggestPeople(
  ask: SuggestionAsk,
  candidates: readonly Candidate[],
  limit = 10,
): Suggestion[] {
  const days = daysInMonth(ask.month);
  const ranked = candidates.flatMap((c) => {
    if (ask.exclude.has(c.personId) || c.capacityHours === null) return [];
    const load = monthLoad(c.capacityHours, c.allocations, ask.month);
    const freeHourDays = load.capacityHourDays! - load.allocatedHourDays;
    if (freeHourDays <= 0) return [];
    const levels = Object.fromEntries(ask.skills.map((s) => [s.skillId, c.skills[s.skillId] ?? 0]));
    const skillsMet = ask.skills.filter((s) => (c.skills[s.skillId] ?? 0) >= s.minLevel).length;
    if (ask.requireSkills && skillsMet < ask.skills.length) return [];
    const levelSum = Object.values(levels).reduce((a, b) => a + b, 0);
    // Compared in hour-days (integers) so that equal free time is equal, not nearly equal.
    const coversHours = freeHourDays >= ask.hours * days;
    return [{ c, freeHourDays, coversHours, skillsMet, levelSum, levels }];
  });
  ranked.sort(
    (a, b) =>
      Number(b.coversHours) - Number(a.coversHours) ||
      b.skillsMet - a.skillsMet ||
      b.levelSum - a.levelSum ||
      b.freeHourDays - a.freeHourDays ||
      (a.c.name < b.c.name ? -1 : a.c.name > b.c.name ? 1 : 0),
  );
  return ranked.slice(0, limit).map((r) => ({
    personId: r.c.personId,
    name: r.c.name,
    lineManager: r.c.lineManager,
    freeHours: roundHours(r.freeHourDays / days),
    coversHours: r.coversHours,
    skillsMet: r.skillsMet,
    levels: r.levels,
  }));
}

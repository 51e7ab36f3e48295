import { describe, expect, it } from 'vitest';
import { roleCoverage, skillCoverage, type TeamAllocation } from './coverage';
import { monthLoad } from './load';
import { teamWarnings } from './warnings';

const today = '2026-06-15';
const seat = (
  personId: string,
  role: string,
  hoursPerMonth: number,
  from: string,
  to: string | null = null,
) => ({ accountId: 'acc', personId, role, hoursPerMonth, from, to }) satisfies TeamAllocation;

const team = [
  seat('p-am', 'account_manager', 10, '2025-01-01'),
  seat('p-tl1', 'technical_lead', 24, '2026-01-01'),
  seat('p-tl2', 'technical_lead', 16, '2026-06-15'), // starts today: counts today
  seat('p-dm', 'delivery_manager', 20, '2025-01-01', '2026-06-14'), // left yesterday
  seat('p-mk', 'marketing', 4, '2026-02-01'),
  seat('p-sales', 'sales', 10, '2026-07-01'), // starts next month
];

describe('roles needed against the team of the day', () => {
  it('finds empty roles, roles short of hours and filled ones', () => {
    const needs = [
      { role: 'account_manager', hoursPerMonth: 10 },
      { role: 'technical_lead', hoursPerMonth: 40 }, // 24 + 16 = 40: filled
      { role: 'delivery_manager', hoursPerMonth: 20 }, // nobody today: unfilled
      { role: 'marketing', hoursPerMonth: 8 }, // 4 of 8: short
      { role: 'sales', hoursPerMonth: 10 }, // only from next month: unfilled today
    ];
    expect(roleCoverage(needs, team, today).map((r) => [r.role, r.filledHours, r.status])).toEqual([
      ['account_manager', 10, 'filled'],
      ['technical_lead', 40, 'filled'],
      ['delivery_manager', 0, 'unfilled'],
      ['marketing', 4, 'short'],
      ['sales', 0, 'unfilled'],
    ]);
    expect(roleCoverage(needs, team, '2026-07-01').find((r) => r.role === 'sales')?.status).toBe('filled');
  });
});

describe('skills the account needs against the people on its team', () => {
  const levels: Record<string, Record<string, number>> = {
    'p-tl1': { react: 3 },
    'p-tl2': { react: 4 },
    'p-am': { fintech: 2 },
    'p-dm': { fintech: 5 }, // left: does not count
  };
  const skillsOf = (p: string) => levels[p] ?? {};

  it('is met when one current member has the level, and names the best level when not', () => {
    const covered = skillCoverage(
      [
        { skillId: 'react', minLevel: 4 },
        { skillId: 'fintech', minLevel: 3 },
        { skillId: 'sap', minLevel: 1 },
      ],
      team,
      skillsOf,
      today,
    );
    expect(covered.map((s) => [s.skillId, s.met, s.bestLevel, s.personIds])).toEqual([
      ['react', true, 4, ['p-tl2']],
      ['fintech', false, 2, []],
      ['sap', false, null, []],
    ]);
  });

  it('turns gaps and loads into warnings, empty roles first', () => {
    const roles = roleCoverage(
      [
        { role: 'marketing', hoursPerMonth: 8 },
        { role: 'delivery_manager', hoursPerMonth: 20 },
      ],
      team,
      today,
    );
    const skills = skillCoverage([{ skillId: 'fintech', minLevel: 3 }], team, skillsOf, today);
    // p-tl1: capacity 20, 24 h here all June → over by 4 h.
    const loads = [
      { personId: 'p-tl1', load: monthLoad(20, [team[1]!], '2026-06') },
      { personId: 'p-am', load: monthLoad(40, [team[0]!], '2026-06') },
    ];
    expect(teamWarnings(roles, skills, loads)).toEqual([
      { kind: 'role_unfilled', role: 'delivery_manager', neededHours: 20 },
      { kind: 'role_short', role: 'marketing', neededHours: 8, filledHours: 4 },
      { kind: 'skill_missing', skillId: 'fintech', minLevel: 3, bestLevel: 2 },
      {
        kind: 'over_allocated',
        personId: 'p-tl1',
        month: '2026-06',
        allocatedHours: 24,
        capacityHours: 20,
        overByHours: 4,
      },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Allocation } from './load';
import { type Candidate, suggestPeople } from './suggestions';

const month = '2026-06'; // 30 days
const busy = (hoursPerMonth: number, from = '2026-01-01'): Allocation => ({
  accountId: 'elsewhere',
  role: 'engineer',
  hoursPerMonth,
  from,
  to: null,
});
const person = (
  name: string,
  capacityHours: number | null,
  skills: Record<string, number>,
  allocations: Allocation[] = [],
): Candidate => ({
  personId: `p-${name}`,
  name,
  lineManager: { personId: 'p-boss', name: 'Boss' },
  capacityHours,
  skills,
  allocations,
});

// Free hours in June: Ana 100 − 90 = 10; Ben 80; Cai 60 − 40 = 20; Dia 100; Gus 80; Fay 40 − 40 = 0;
// Eve has no capacity set; Tom is already on the team.
const candidates = [
  person('Gus', 80, { react: 3 }),
  person('Ana', 100, { react: 5 }, [busy(90)]),
  person('Ben', 80, { react: 3 }),
  person('Cai', 60, { react: 4, fintech: 3 }, [busy(40)]),
  person('Dia', 100, { react: 2, fintech: 4 }),
  person('Eve', null, { react: 5 }),
  person('Fay', 40, { react: 5 }, [busy(40)]),
  person('Tom', 100, { react: 5 }),
];
const names = (s: { name: string }[]) => s.map((x) => x.name);

describe('suggesting people with the skill and free capacity', () => {
  it('for a missing skill: only people with it at the level, those who cover the hours first', () => {
    const ask = {
      month,
      skills: [{ skillId: 'react', minLevel: 3 }],
      requireSkills: true,
      hours: 20,
      exclude: new Set(['p-Tom']),
    };
    // Eligible: Ana (free 10, level 5), Ben (80, 3), Cai (20, 4), Gus (80, 3). Dia's level 2 is too low,
    // Eve has no capacity, Fay none free, Tom is on the team.
    // 1. covering 20 h: Cai (exactly 20), Ben, Gus — then Ana (10 h only);
    // 2. all meet the one skill; 3. level: Cai 4 before Ben 3 and Gus 3;
    // 4. Ben and Gus both have 80 h free; 5. by name: Ben, Gus.
    const s = suggestPeople(ask, candidates);
    expect(names(s)).toEqual(['Cai', 'Ben', 'Gus', 'Ana']);
    expect(s[0]).toEqual({
      personId: 'p-Cai',
      name: 'Cai',
      lineManager: { personId: 'p-boss', name: 'Boss' },
      freeHours: 20,
      coversHours: true,
      skillsMet: 1,
      levels: { react: 4 },
    });
    expect(s[3]).toMatchObject({ name: 'Ana', freeHours: 10, coversHours: false });
  });

  it('for an empty role: everyone with free time, ranked by hours covered, then the skills the team lacks', () => {
    const ask = {
      month,
      skills: [
        { skillId: 'react', minLevel: 3 },
        { skillId: 'fintech', minLevel: 3 },
      ],
      requireSkills: false,
      hours: 30,
      exclude: new Set(['p-Tom']),
    };
    // Covering 30 h: Ben (met 1, levels 3+0), Dia (met 1 — fintech 4; react 2 is below 3 — levels 6),
    // Gus (met 1, 3). Not covering: Cai (free 20; met 2), Ana (free 10; met 1, level 5).
    // Dia before Ben and Gus on the level sum; Ben and Gus tie on free hours, then by name.
    expect(names(suggestPeople(ask, candidates))).toEqual(['Dia', 'Ben', 'Gus', 'Cai', 'Ana']);
    expect(names(suggestPeople(ask, candidates, 2))).toEqual(['Dia', 'Ben']);
  });

  it('counts a partial month: 40 h from 16 June takes 20 of a 40 h capacity', () => {
    const hal = person('Hal', 40, { react: 3 }, [busy(40, '2026-06-16')]);
    const ask = { month, skills: [], requireSkills: false, hours: 20, exclude: new Set<string>() };
    expect(suggestPeople(ask, [hal])).toMatchObject([{ name: 'Hal', freeHours: 20, coversHours: true }]);
    expect(suggestPeople({ ...ask, month: '2026-07' }, [hal])).toEqual([]);
  });
});

import { randomUUID } from 'node:crypto';
import { managerCriteria, monthLoad } from '@vested/domain';
import { isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import {
  accountRoleNeeds,
  accountSkillNeeds,
  accountTeamPlans,
  managerAssessments,
  managerRequests,
  personSkills,
  personTrainings,
  skills,
} from '../db/schema';
import { addDays, addMonths } from './dates';
import { demoAccounts } from './demo-accounts';
import type { DemoRows } from './demo-build';
import { demoPeople } from './demo-people';

/**
 * The matrix side of the demo (PRODUCT.md ideas 9 and 10): hours on every allocation, each person's
 * capacity, skills, languages and location, what the active accounts need (with an empty role and a
 * missing skill where the story wants a warning), one account-manager request waiting for the director,
 * two assessments and a few trainings. Added after the rows of demo-build, in the same transaction.
 */

/** Typical hours a month of account work (not billable delivery) of each role on one account. */
const hoursOfRole: Record<string, number> = {
  account_manager: 16,
  executive_sponsor: 4,
  sales: 8,
  delivery_manager: 12,
  project_manager: 12,
  solution_architect: 8,
  technical_lead: 12,
  marketing: 6,
  engineer: 10,
};
/** Capacity for account work of someone on no team yet, by department. */
const capacityOf: Record<string, number> = {
  Management: 16,
  Sales: 40,
  Delivery: 40,
  Engineering: 40,
  Marketing: 24,
  Finance: 0,
  HR: 0,
};
/** Stretched thin on purpose: the matrix and two Team tabs show them over capacity. */
const overstretched = new Set(['rahul', 'lucas']);
const placeOf: Record<string, [location: string, languages: string[]]> = {
  Management: ['London', ['English', 'German']],
  Sales: ['London', ['English', 'Spanish']],
  Delivery: ['Warsaw', ['English', 'Polish', 'German']],
  Engineering: ['Lisbon', ['English', 'Portuguese']],
  Marketing: ['London', ['English', 'French']],
  Finance: ['Berlin', ['English', 'German']],
  HR: ['Berlin', ['English', 'Swedish']],
};
const technology = [
  'SharePoint',
  'React',
  'Java',
  '.NET',
  'Python',
  'Data engineering',
  'Test automation',
  'Mobile',
  'AWS',
];
/** What each engineering title brings, [skill, level]. */
const skillsOfTitle: [RegExp, [string, number][]][] = [
  [
    /SharePoint/,
    [
      ['SharePoint', 5],
      ['.NET', 3],
    ],
  ],
  [
    /Data Engineer/,
    [
      ['Data engineering', 5],
      ['Python', 4],
      ['AWS', 3],
    ],
  ],
  [
    /DevOps/,
    [
      ['AWS', 5],
      ['Python', 3],
    ],
  ],
  [/Frontend|UX/, [['React', 4]]],
  [
    /Mobile/,
    [
      ['Mobile', 5],
      ['React', 3],
    ],
  ],
  [/QA/, [['Test automation', 4]]],
  [
    /Solution Architect|Technical Lead|Chief Technology/,
    [
      ['Java', 4],
      ['AWS', 4],
      ['.NET', 3],
    ],
  ],
  [
    /Software Engineer/,
    [
      ['Java', 3],
      ['React', 3],
    ],
  ],
];

/** A fixed spread of levels so every AM looks different but the demo is the same every time. */
function levelFor(index: number, criterion: number): number {
  return [3, 4, 5, 4, 3, 2, 4, 5, 3, 4][(index * 3 + criterion) % 10]!;
}

export async function loadDemoTeams(
  tx: Db,
  rows: DemoRows,
  today: string,
  newId: () => string = randomUUID,
): Promise<{ needs: number; requests: number; assessments: number }> {
  const personByName = new Map(rows.people.map((p) => [p.name, p]));
  const pid = (key: string) => personByName.get(demoPeople.find((p) => p.key === key)!.name)!.id;
  const accountByName = new Map(rows.accounts.map((a) => [a.name, a]));
  const directorUserId = rows.users.find((u) => u.role === 'director')!.id;
  const userOfPerson = new Map(rows.users.filter((u) => u.personId).map((u) => [u.personId!, u.id]));

  // Hours on every allocation: the role's typical hours, a little more on key accounts.
  const keyAccounts = new Set(rows.accounts.filter((a) => a.tier === 'key').map((a) => a.id));
  const hours = rows.memberships.map((m) => {
    const base = hoursOfRole[m.role] ?? 8;
    return [m.id, keyAccounts.has(m.accountId) && m.role !== 'executive_sponsor' ? base + 4 : base] as const;
  });
  // Capacity: a fifth above this month's load, in tens — except the overstretched, a fifth below it.
  const month = today.slice(0, 7);
  const hoursOf = new Map(hours);
  const loadOf = new Map<string, number>();
  for (const m of rows.memberships) {
    const load = monthLoad(
      0,
      [{ ...m, from: m.fromDate, to: m.toDate ?? null, hoursPerMonth: hoursOf.get(m.id)! }],
      month,
    );
    loadOf.set(m.personId, (loadOf.get(m.personId) ?? 0) + load.allocatedHours);
  }
  const keyOf = new Map(demoPeople.map((p) => [pid(p.key), p.key]));
  const capacity = (p: { id: string; department?: string | null }) => {
    const load = loadOf.get(p.id) ?? 0;
    if (load === 0) return capacityOf[p.department!] ?? 0;
    if (overstretched.has(keyOf.get(p.id)!)) return Math.floor((load * 0.8) / 10) * 10;
    return Math.max(20, Math.ceil((load * 1.2) / 10) * 10);
  };
  await tx.execute(sql`update account_team_members m set hours_per_month = v.h
    from (values ${sql.join(
      hours.map(([id, h]) => sql`(${id}::uuid, ${h}::int)`),
      sql`, `,
    )}) as v(id, h) where m.id = v.id`);
  await tx.execute(sql`update people p set monthly_capacity_hours = v.capacity, location = v.location,
      languages = string_to_array(v.languages, ',')
    from (values ${sql.join(
      rows.people.map((p) => {
        const [location, languages] = placeOf[p.department!] ?? ['London', ['English']];
        return sql`(${p.id}::uuid, ${capacity(p)}::int, ${location}, ${languages.join(',')})`;
      }),
      sql`, `,
    )}) as v(id, capacity, location, languages) where p.id = v.id`);

  // The catalogue: technologies and the industries of the portfolio; the AM skills came with the schema.
  const industries = [...new Set(demoAccounts.map((a) => a.industry))];
  const skillRows = [
    ...technology.map((name) => ({ id: newId(), name, category: 'technology' as const })),
    ...industries.map((name) => ({ id: newId(), name, category: 'industry' as const })),
  ];
  await tx.insert(skills).values(skillRows);
  const skillId = new Map(skillRows.map((s) => [s.name, s.id]));
  const amSkills = await tx
    .select({ id: skills.id, key: skills.key })
    .from(skills)
    .where(isNotNull(skills.key));
  const amSkillId = new Map(amSkills.map((s) => [s.key!, s.id]));

  const levels = new Map<string, number>(); // `${personId}:${skillId}` → level
  const give = (personId: string, skill: string | undefined, level: number) => {
    if (!skill) return;
    const key = `${personId}:${skill}`;
    levels.set(key, Math.max(levels.get(key) ?? 0, level));
  };
  for (const p of demoPeople) {
    for (const [pattern, gives] of skillsOfTitle)
      if (pattern.test(p.title))
        for (const [name, level] of gives) give(pid(p.key), skillId.get(name), level);
  }
  const ams = [...new Set(demoAccounts.map((a) => a.am))];
  ams.forEach((am, i) => {
    managerCriteria.forEach((c, j) => {
      give(pid(am), amSkillId.get(c), levelFor(i, j));
    });
    for (const a of demoAccounts.filter((x) => x.am === am))
      give(pid(am), skillId.get(a.industry), 3 + (i % 3));
  });
  await tx.insert(personSkills).values(
    [...levels].map(([key, level]) => {
      const [personId, id] = key.split(':') as [string, string];
      return { personId, skillId: id, level };
    }),
  );

  // What the active accounts need: the roles their teams hold today, at the hours they give, and their
  // industry at level 3. Albion also needs SharePoint at level 5 (Arjun has it) and data engineering at
  // 4 (nobody on the team has), and Albion and Meridian a role nobody holds yet — the Team tab's warnings.
  const roleNeeds: (typeof accountRoleNeeds.$inferInsert)[] = [];
  const skillNeeds: (typeof accountSkillNeeds.$inferInsert)[] = [];
  const planned: string[] = [];
  for (const a of demoAccounts.filter((x) => x.status === 'active')) {
    const account = accountByName.get(a.name)!;
    const current = rows.memberships.filter(
      (m) => m.accountId === account.id && m.fromDate <= today && (m.toDate === null || m.toDate! >= today),
    );
    const need = new Map<string, number>();
    for (const m of current) {
      if (m.role === 'executive_sponsor') continue;
      need.set(m.role, (need.get(m.role) ?? 0) + hours.find(([id]) => id === m.id)![1]);
    }
    if (a.key === 'albion' || a.key === 'meridian') {
      const empty = ['solution_architect', 'delivery_manager', 'marketing'].find((r) => !need.has(r));
      if (empty) need.set(empty, hoursOfRole[empty]!);
    }
    for (const [role, h] of need) roleNeeds.push({ accountId: account.id, role, hoursPerMonth: h });
    const industry = skillId.get(a.industry);
    if (industry) skillNeeds.push({ accountId: account.id, skillId: industry, minLevel: 3 });
    if (a.key === 'albion') {
      skillNeeds.push({ accountId: account.id, skillId: skillId.get('SharePoint')!, minLevel: 5 });
      skillNeeds.push({ accountId: account.id, skillId: skillId.get('Data engineering')!, minLevel: 4 });
    }
    planned.push(account.id);
  }
  await tx.insert(accountTeamPlans).values(planned.map((accountId) => ({ accountId })));
  await tx.insert(accountRoleNeeds).values(roleNeeds);
  await tx.insert(accountSkillNeeds).values(skillNeeds);

  // Nordlicht is to pass from Marcus to Priya; the request waits for the director's decision.
  const nordlicht = accountByName.get('Nordlicht Logistik')!;
  await tx.insert(managerRequests).values({
    id: newId(),
    accountId: nordlicht.id,
    personId: pid('priya'),
    previousPersonId: nordlicht.managerPersonId ?? null,
    note: 'Priya leads the new fleet-telemetry conversation with their COO; Marcus stays on as sales support.',
    requestedByUserId: userOfPerson.get(pid('marcus')) ?? directorUserId,
    requestedAt: `${addDays(today, -2)}T09:30:00Z`,
  });

  // The director's last two half-yearly assessments of Claire (Albion) and Olga.
  const periodTo = addDays(`${today.slice(0, 7)}-01`, -1);
  const periodFrom = addMonths(`${today.slice(0, 7)}-01`, -6);
  const evidence: Record<string, string> = {
    listening: 'Client interviews at Albion reflected back in the account plan within a week.',
    asking_questions: 'Asked the business side what “quick” meant before proposing the four-month project.',
    foreseeing_problems: 'Raised the licence renewal risk two months ahead.',
    managing_expectations: 'Reset the IT programme’s scope openly in the quarterly review.',
    leading_team: 'Team members from three departments know their part; one hand-over was rough.',
    presenting_services: 'Presented the data-platform case study to the COO.',
    services_knowledge: 'Knows delivery and SharePoint well; less of data engineering.',
    experience: 'Four years leading enterprise accounts.',
  };
  const assessments = [
    { person: 'claire', levels: [5, 4, 4, 5, 3, 4, 4, 4] },
    { person: 'olga', levels: [4, 3, 3, 4, 4, 3, 5, 4] },
  ];
  await tx.insert(managerAssessments).values(
    assessments.map((a) => ({
      id: newId(),
      personId: pid(a.person),
      periodFrom,
      periodTo,
      scores: Object.fromEntries(
        managerCriteria.map((c, i) => [c, { level: a.levels[i]!, evidence: evidence[c]! }]),
      ),
      summary: a.person === 'claire' ? 'Albion is the program’s model account.' : null,
      assessedByUserId: directorUserId,
    })),
  );
  await tx.insert(personTrainings).values([
    {
      id: newId(),
      personId: pid('claire'),
      title: 'Key Account Management workshop',
      date: addMonths(today, -5),
      provider: 'Northwind Academy',
    },
    {
      id: newId(),
      personId: pid('olga'),
      title: 'Key Account Management workshop',
      date: addMonths(today, -5),
      provider: 'Northwind Academy',
    },
    {
      id: newId(),
      personId: pid('marcus'),
      title: 'Consultative selling',
      date: addMonths(today, -9),
      provider: 'External',
      notes: 'Two-day course',
    },
  ]);
  return { needs: roleNeeds.length + skillNeeds.length, requests: 1, assessments: assessments.length };
}

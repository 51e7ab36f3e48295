import { MatrixPage, MatrixQuery } from '@vested/contracts';
import type { Actor, UserRole } from '@vested/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, accountTeamMembers, people } from '../../db/schema';
import { type TestWorld, testWorld } from '../../test/harness';
import { capacityMatrix } from './matrix';
import { capacityMatrixJson } from './matrix-json';

/**
 * The matrix route sends JSON that PostgreSQL wrote (matrix-json.ts), which no zod serializer checks on
 * the way out. Here it must satisfy the contract and equal, field for field and number for number, what
 * the typed path (`capacityMatrix`: drizzle rows through the domain's `monthLoad` and `allocationView`)
 * gives — for every kind of viewer, filter, grouping, month and page, on a workspace drawn at random
 * from a fixed seed: partial months, hidden accounts, a line three deep, capacities unset and zero.
 */
const today = '2026-06-15';
let w: TestWorld;
const viewers: Record<string, Actor> = {};

/** A small deterministic generator (mulberry32), so a failure names the same data every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

beforeAll(async () => {
  w = await testWorld({ clock: () => new Date(`${today}T10:00:00Z`) });
  const rnd = random(20260615);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rnd() * items.length)]!;
  const actor = async (role: UserRole, name: string): Promise<Actor> => {
    const u = await w.user(role, { name });
    return { userId: u.userId, role, personId: u.personId };
  };
  viewers.director = await actor('director', 'Dora Director');
  viewers.am = await actor('account_manager', 'Adam Am');
  viewers.lead = await actor('member', 'Lena Lead');
  viewers.member = await actor('member', 'Mia Member');
  const noPerson = await w.user('member', { withPerson: false });
  viewers.noPerson = { userId: noPerson.userId, role: 'member', personId: null };

  const db = w.database.db;
  // 40 people: the first three report to Lena, the next nine to those three, and so on.
  const departments = ['Alpha', 'Beta', 'Gamma', null];
  const ids: string[] = [];
  for (let i = 0; i < 40; i++) {
    const manager =
      i < 3 ? viewers.lead!.personId : i < 12 ? ids[Math.floor((i - 3) / 3)] : pick([...ids, null]);
    const [p] = await db
      .insert(people)
      .values({
        name: `Person ${String(i).padStart(2, '0')}`,
        department: pick(departments),
        title: pick(['Engineer', null]),
        lineManagerPersonId: manager ?? null,
        monthlyCapacityHours: pick([null, 0, 20, 40, 80, 120, 160]),
        active: i !== 39,
      })
      .returning({ id: people.id });
    ids.push(p!.id);
  }
  const accountIds: string[] = [];
  for (let i = 0; i < 12; i++) {
    const [a] = await db
      .insert(accounts)
      .values({
        name: `Account ${String.fromCharCode(65 + i)}`,
        objective: 'growth',
        managerPersonId: i < 4 ? viewers.am!.personId : null,
      })
      .returning({ id: accounts.id });
    accountIds.push(a!.id);
  }
  const everyone = [...ids, viewers.am!.personId!, viewers.lead!.personId!, viewers.member!.personId!];
  const dates = [
    '2025-01-01',
    '2026-05-20',
    '2026-06-01',
    '2026-06-10',
    '2026-06-16',
    '2026-06-30',
    '2026-07-03',
  ];
  const rows = [];
  for (let i = 0; i < 120; i++) {
    const from = pick(dates);
    const to = pick([null, null, ...dates.filter((d) => d >= from)]);
    rows.push({
      accountId: pick(accountIds),
      personId: pick(everyone),
      role: pick(['engineer', 'sales', 'delivery_manager', 'solution_architect']),
      fromDate: from,
      toDate: to,
      hoursPerMonth: pick([0, 3, 7, 10, 13, 25, 40, 61, 100]),
    });
  }
  // Mia is on two accounts' teams today, so she sees those teams and nothing else.
  rows.push(
    {
      accountId: accountIds[5]!,
      personId: viewers.member!.personId!,
      role: 'sales',
      fromDate: '2026-01-01',
      toDate: null,
      hoursPerMonth: 11,
    },
    {
      accountId: accountIds[9]!,
      personId: viewers.member!.personId!,
      role: 'engineer',
      fromDate: '2026-06-01',
      toDate: '2026-06-20',
      hoursPerMonth: 17,
    },
  );
  await db.insert(accountTeamMembers).values(rows);
}, 180_000);
afterAll(() => w.close());

const queries = [
  {},
  { department: 'Alpha' },
  { department: 'Beta', groupBy: 'lineManager' },
  { groupBy: 'lineManager', overAllocated: 'true' },
  { overAllocated: 'false', pageSize: '7', page: '2' },
  { month: '2026-07' },
  { month: '2026-05', groupBy: 'lineManager', pageSize: '5', page: '3' },
  { q: 'person 1' },
  { pageSize: '4', page: '40' },
];

describe('the matrix as PostgreSQL writes it', () => {
  it.each(['director', 'am', 'lead', 'member', 'noPerson'])(
    'equals the typed path for the %s',
    async (who) => {
      const viewer = viewers[who]!;
      const seen = { rows: 0, full: 0, nameAndHours: 0, hidden: 0, over: 0 };
      for (const raw of queries) {
        const query = MatrixQuery.parse(raw);
        const typed = await capacityMatrix(w.database.db, viewer, query, today);
        const json = JSON.parse(await capacityMatrixJson(w.database.db, viewer, query, today));
        expect(MatrixPage.strict().safeParse(json).success, JSON.stringify(raw)).toBe(true);
        expect(json, `${who} ${JSON.stringify(raw)}`).toStrictEqual(typed);
        for (const r of typed.items) {
          seen.rows += 1;
          seen.full += r.cells.filter((c) => c.view === 'full').length;
          seen.nameAndHours += r.cells.filter((c) => c.view === 'name_and_hours').length;
          seen.hidden += r.otherAccountsHours > 0 ? 1 : 0;
          seen.over += r.overAllocated ? 1 : 0;
        }
      }
      // The comparison is not vacuous: each viewer meets what their role is about.
      const kinds = { full: seen.full > 0, nameAndHours: seen.nameAndHours > 0, hidden: seen.hidden > 0 };
      if (who === 'director')
        expect({ ...kinds, over: seen.over > 0 }).toEqual({
          full: true,
          nameAndHours: false,
          hidden: false,
          over: true,
        });
      if (who === 'lead') expect(kinds.nameAndHours).toBe(true);
      if (who === 'am' || who === 'member') expect(kinds).toMatchObject({ full: true, hidden: true });
      if (who === 'noPerson') expect(seen.rows).toBe(0);
    },
  );
});

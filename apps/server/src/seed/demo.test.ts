import { and, count, eq, gte, isNull, lte, or } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../db/client';
import { runMigrations } from '../db/migrate';
import { accountDecisions, accounts, accountTeamMembers, people, users } from '../db/schema';
import { verifyPassword } from '../http/secrets';
import { addDays } from './dates';
import { type DemoSummary, demoSignIns, loadDemo } from './demo';
import { demoAccounts } from './demo-accounts';
import { buildDemo } from './demo-build';
import { demoPeople } from './demo-people';
import { memberAccountKeys } from './demo-story';

const today = '2026-03-15';
let database: Database;
let summary: DemoSummary;

beforeAll(async () => {
  database = await openDatabase({});
  await runMigrations(database);
  summary = await loadDemo(database.db, today);
}, 60_000);

afterAll(async () => {
  await database?.close();
});

const accountName = (key: string) => demoAccounts.find((a) => a.key === key)?.name;
const currentOn = (day: string) =>
  and(
    lte(accountTeamMembers.fromDate, day),
    or(isNull(accountTeamMembers.toDate), gte(accountTeamMembers.toDate, day)),
  );

describe('loadDemo', () => {
  // How long it takes is measured by `npm run bench -- economics` (speed belongs in benches, not tests).
  it('fills every table with what the summary says', async () => {
    const db = database.db;
    const n = async (table: typeof people | typeof users | typeof accounts) =>
      (await db.select({ n: count() }).from(table))[0]?.n;
    expect(summary).toMatchObject({ people: 61, users: 7, accounts: 40 });
    expect(await n(people)).toBe(summary.people);
    expect(await n(users)).toBe(summary.users);
    expect(await n(accounts)).toBe(summary.accounts);
    expect((await db.select({ n: count() }).from(accountTeamMembers))[0]?.n).toBe(summary.memberships);
    expect((await db.select({ n: count() }).from(accountDecisions))[0]?.n).toBe(summary.decisions);
    expect(summary.memberships).toBeGreaterThan(150);
  });

  it('splits objectives 22 / 10 / 8, with about half the accounts in phase 2 and a handful key', async () => {
    const rows = await database.db.select().from(accounts);
    const tally = (pick: (a: (typeof rows)[number]) => string) =>
      rows.reduce<Record<string, number>>((acc, a) => {
        acc[pick(a)] = (acc[pick(a)] ?? 0) + 1;
        return acc;
      }, {});
    expect(tally((a) => a.objective)).toEqual({ growth: 22, preservation: 10, image: 8 });
    expect(tally((a) => a.phase).forming_expectations).toBe(20);
    expect(tally((a) => a.tier).key).toBe(6);
    expect(rows.every((a) => a.startedOn !== null && a.startedOn <= today)).toBe(true);
    expect(rows.filter((a) => (a.startedOn ?? '') > addDays(today, -365)).length).toBeGreaterThanOrEqual(4);
    expect(rows.filter((a) => a.tier === 'key').every((a) => a.status === 'active')).toBe(true);
  });

  it('gives every open account exactly one current account manager, the one on the account', async () => {
    const db = database.db;
    const open = await db.select().from(accounts);
    const seats = await db
      .select()
      .from(accountTeamMembers)
      .where(and(eq(accountTeamMembers.role, 'account_manager'), currentOn(today)));
    for (const a of open) {
      const current = seats.filter((s) => s.accountId === a.id);
      if (a.status === 'closed') expect(current, a.name).toHaveLength(0);
      else
        expect(
          current.map((s) => s.personId),
          a.name,
        ).toEqual([a.managerPersonId]);
    }
  });

  it('keeps the history of a changed account manager without gaps or overlaps', async () => {
    const db = database.db;
    const [stonebridge] = await db
      .select()
      .from(accounts)
      .where(eq(accounts.name, 'Stonebridge Pension Trust'));
    const seats = await db
      .select()
      .from(accountTeamMembers)
      .where(
        and(
          eq(accountTeamMembers.accountId, stonebridge!.id),
          eq(accountTeamMembers.role, 'account_manager'),
        ),
      )
      .orderBy(accountTeamMembers.fromDate);
    expect(seats).toHaveLength(2);
    expect(seats[0]!.fromDate).toBe(stonebridge!.startedOn);
    expect(seats[0]!.toDate).toBe(addDays(seats[1]!.fromDate, -1));
    expect(seats[1]!.personId).toBe(stonebridge!.managerPersonId);
  });

  it('builds current teams of 3–7 people drawn from several departments', async () => {
    const db = database.db;
    const rows = await db
      .select({ accountId: accountTeamMembers.accountId, department: people.department })
      .from(accountTeamMembers)
      .innerJoin(people, eq(people.id, accountTeamMembers.personId))
      .innerJoin(accounts, eq(accounts.id, accountTeamMembers.accountId))
      .where(and(currentOn(today), eq(accounts.status, 'active')));
    const teams = new Map<string, (string | null)[]>();
    for (const r of rows) teams.set(r.accountId, [...(teams.get(r.accountId) ?? []), r.department]);
    expect(teams.size).toBe(36);
    for (const departments of teams.values()) {
      expect(departments.length).toBeGreaterThanOrEqual(3);
      expect(departments.length).toBeLessThanOrEqual(7);
      expect(new Set(departments).size).toBeGreaterThanOrEqual(2);
    }
  });

  it('has an org tree without loops: one CEO at the top, every line manager a real person', async () => {
    const rows = await database.db.select().from(people);
    const managerOf = new Map(rows.map((p) => [p.id, p.lineManagerPersonId]));
    expect(rows.filter((p) => p.lineManagerPersonId === null).map((p) => p.title)).toEqual([
      'Chief Executive Officer',
    ]);
    for (const p of rows) {
      const seen = new Set<string>();
      let at: string | null | undefined = p.id;
      while (at) {
        expect(seen.has(at), `loop through ${p.name}`).toBe(false);
        seen.add(at);
        at = managerOf.get(at);
        if (at) expect(managerOf.has(at)).toBe(true);
      }
    }
  });

  it("puts the member user's person on exactly the intended accounts' teams", async () => {
    const db = database.db;
    const [member] = await db.select().from(users).where(eq(users.email, 'member@vested.demo'));
    expect(member?.personId).toBeTruthy();
    const seats = await db
      .select({ name: accounts.name })
      .from(accountTeamMembers)
      .innerJoin(accounts, eq(accounts.id, accountTeamMembers.accountId))
      .where(eq(accountTeamMembers.personId, member!.personId!));
    expect(seats.map((s) => s.name).sort()).toEqual(memberAccountKeys.map(accountName).sort());
  });

  it('records why each key account is key and why each phase-2 account moved there', async () => {
    const db = database.db;
    const all = await db.select().from(accountDecisions).orderBy(accountDecisions.decidedAt);
    const latest = (accountId: string, kind: 'tier' | 'phase') =>
      all.filter((d) => d.accountId === accountId && d.kind === kind).at(-1);
    for (const a of await db.select().from(accounts)) {
      if (a.tier === 'key') expect(latest(a.id, 'tier')?.toValue, a.name).toBe('key');
      if (a.phase === 'forming_expectations')
        expect(latest(a.id, 'phase')?.toValue, a.name).toBe('forming_expectations');
      const tierNow = latest(a.id, 'tier');
      if (tierNow) expect(tierNow.toValue).toBe(a.tier);
    }
    expect(all.every((d) => d.reason.length > 20 && d.decidedAt.slice(0, 10) <= today)).toBe(true);
  });

  it('creates the demo sign-ins, one per role, all with the demo password', async () => {
    const rows = await database.db.select().from(users);
    for (const s of demoSignIns) expect(rows.find((u) => u.email === s.email)?.role, s.email).toBe(s.role);
    expect(new Set(rows.map((u) => u.role)).size).toBe(6);
    expect(rows.filter((u) => u.locale === 'ru').map((u) => u.email)).toEqual(['am.ru@vested.demo']);
    const am = rows.find((u) => u.email === 'am@vested.demo');
    expect(await verifyPassword(am!.passwordHash, 'vested-demo')).toBe(true);
    const byPerson = new Map((await database.db.select().from(people)).map((p) => [p.id, p.title]));
    expect(byPerson.get(rows.find((u) => u.role === 'director')!.personId!)).toBe('Director of Key Accounts');
  });

  it('refuses to load twice and leaves the workspace as it was', async () => {
    await expect(loadDemo(database.db, today)).rejects.toThrow(/empty database/);
    expect((await database.db.select({ n: count() }).from(accounts))[0]?.n).toBe(40);
  });
});

describe('buildDemo', () => {
  it('is deterministic: the same names and relations for the same day, whatever the ids', () => {
    const story = () => {
      const rows = buildDemo(today);
      const name = new Map([...rows.people, ...rows.accounts].map((r) => [r.id, r.name]));
      return rows.memberships.map((m) => [
        name.get(m.accountId),
        name.get(m.personId),
        m.role,
        m.fromDate,
        m.toDate,
      ]);
    };
    expect(story()).toEqual(story());
    expect(demoPeople.length).toBe(61);
  });

  it('keeps every date in order whatever today is (month ends, leap days)', () => {
    for (const day of ['2024-02-29', '2025-03-31', '2026-12-31', '2031-01-01']) {
      const rows = buildDemo(day);
      for (const m of rows.memberships) {
        expect(
          m.fromDate <= day && (m.toDate === null || m.toDate === undefined || m.fromDate <= m.toDate),
        ).toBe(true);
      }
      for (const a of rows.accounts) expect((a.startedOn ?? '') <= day).toBe(true);
      for (const d of rows.decisions) expect((d.decidedAt ?? '').slice(0, 10) <= day).toBe(true);
    }
    expect(() => buildDemo('2026-02-30')).toThrow(/calendar date/);
  });
});

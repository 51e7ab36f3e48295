import { MatrixPage } from '@vested/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestUser, type TestWorld, testWorld } from '../../test/harness';

// June 2026: 30 days; today is the 15th.
const today = '2026-06-15';
let w: TestWorld;
let director: TestUser;
let alice: TestUser; // account manager of both accounts
let lena: TestUser; // a line manager (member role), on no account team
let ivy: TestUser; // a member on A1's team, outside Lena's line
let ron: string; // reports to Lena
let rita: string; // reports to Ron: in Lena's line at depth 2
let a1: string;
let a2: string;
let python: string;

const names = (rows: { name: string }[]) => rows.map((r) => r.name);
/** Cells name accounts by id; the answer's `accounts` lists their names once. */
const nameOf = (body: { accounts: { accountId: string; name: string }[] }, id: string) =>
  body.accounts.find((a) => a.accountId === id)?.name;

beforeAll(async () => {
  w = await testWorld({ clock: () => new Date(`${today}T10:00:00Z`) });
  director = await w.user('director');
  alice = await w.user('account_manager', { name: 'Alice Am' });
  lena = await w.user('member', { name: 'Lena Line' });
  ivy = await w.user('member', { name: 'Ivy Ind' });
  python = (await director.client.post('/api/v1/skills', { name: 'Python', category: 'technology' })).body.id;
  await director.client.patch(`/api/v1/people/${lena.personId}`, { version: 1, department: 'Alpha' });
  await director.client.patch(`/api/v1/people/${ivy.personId}`, {
    version: 1,
    department: 'Beta',
    monthlyCapacityHours: 100,
  });
  const person = async (body: Record<string, unknown>) =>
    (await director.client.post('/api/v1/people', body)).body.id;
  ron = await person({
    name: 'Ron Report',
    department: 'Alpha',
    lineManagerPersonId: lena.personId,
    monthlyCapacityHours: 70,
    skills: [{ skillId: python, level: 4 }],
  });
  rita = await person({
    name: 'Rita Deep',
    department: 'Beta',
    lineManagerPersonId: ron,
    monthlyCapacityHours: 40,
  });
  const account = async (name: string) =>
    (
      await director.client.post('/api/v1/accounts', {
        name,
        objective: 'growth',
        startedOn: '2025-01-01',
        managerPersonId: alice.personId,
      })
    ).body.id;
  a1 = await account('Acme One');
  a2 = await account('Beacon Two');
  const seat = async (
    accountId: string,
    personId: string,
    role: string,
    hoursPerMonth: number,
    from = '2026-01-01',
  ) =>
    expect(
      (
        await director.client.post(`/api/v1/accounts/${accountId}/team`, {
          personId,
          role,
          hoursPerMonth,
          from,
        })
      ).status,
    ).toBe(201);
  await seat(a1, ron, 'engineer', 60);
  await seat(a2, ron, 'sales', 40, '2026-06-16'); // 15 of 30 days: 20 h in June
  await seat(a2, rita, 'engineer', 30);
  await seat(a1, ivy.personId!, 'engineer', 20);
  // Setting up takes several requests; on a machine shared by many test runs that can pass a minute.
}, 180_000);
afterAll(() => w.close());

describe('the capacity matrix', () => {
  it('rows by department then name, cells = role and hours, totals against capacity', async () => {
    const res = await director.client.get(`/api/v1/capacity/matrix?accountId=${a2}&groupBy=department`);
    expect(res.status).toBe(200);
    // The route sends its JSON as is: the answer must still be what the contract says.
    expect(MatrixPage.safeParse(res.body).success).toBe(true);
    // On Beacon Two in June: Ron, Rita and Alice (its manager, 0 h); Alpha, Beta, then Delivery.
    expect(res.body).toMatchObject({ month: '2026-06', groupBy: 'department', total: 3, page: 1 });
    expect(names(res.body.items)).toEqual(['Ron Report', 'Rita Deep', 'Alice Am']);
    const [r, t] = res.body.items;
    // Ron: 60 h (A1, all June) + 40 × 15 / 30 = 20 h (A2 from the 16th) = 80 h against 70: over by 10.
    expect(r).toMatchObject({
      name: 'Ron Report',
      group: { key: 'Alpha', name: 'Alpha' },
      lineManager: { personId: lena.personId, name: 'Lena Line' },
      capacityHours: 70,
      allocatedHours: 80,
      freeHours: -10,
      overAllocated: true,
      overByHours: 10,
      otherAccountsHours: 0,
    });
    expect(
      r.cells.map((c: { accountId: string; role: string; hours: number; view: string }) => [
        nameOf(res.body, c.accountId),
        c.role,
        c.hours,
        c.view,
      ]),
    ).toEqual([
      ['Acme One', 'engineer', 60, 'full'],
      ['Beacon Two', 'sales', 20, 'full'],
    ]);
    expect(t).toMatchObject({ name: 'Rita Deep', group: { key: 'Beta' }, allocatedHours: 30, freeHours: 10 });
    expect(res.body.accounts.map((a: { name: string }) => a.name)).toEqual(['Acme One', 'Beacon Two']);
    expect(res.body.roles).toEqual({
      engineer: 'Engineer',
      sales: 'Sales',
      account_manager: 'Account manager',
    });
    expect(res.body.totals).toEqual({ capacityHours: 110, allocatedHours: 110 });
  });

  it('filters by department, skill, account and over-allocation, and pages on the server', async () => {
    const get = async (q: string) => (await director.client.get(`/api/v1/capacity/matrix?${q}`)).body;
    expect(names((await get('department=Alpha')).items)).toEqual(['Lena Line', 'Ron Report']);
    expect(names((await get('department=Alpha&overAllocated=true')).items)).toEqual(['Ron Report']);
    expect(names((await get(`skillId=${python}&minLevel=4`)).items)).toEqual(['Ron Report']);
    expect((await get(`skillId=${python}&minLevel=5`)).total).toBe(0);
    expect(names((await get(`accountId=${a1}`)).items)).toEqual(['Ron Report', 'Ivy Ind', 'Alice Am']);
    const second = await get(`accountId=${a2}&pageSize=1&page=2`);
    expect(second).toMatchObject({ total: 3, page: 2, pageSize: 1 });
    expect(names(second.items)).toEqual(['Rita Deep']);
    expect((await get(`accountId=${a2}&pageSize=1&page=5`)).total).toBe(3);
    // Grouped by line manager: Lena's report, then Ron's, then Alice, who has none.
    const byManager = await get(`accountId=${a2}&groupBy=lineManager`);
    expect(byManager.items.map((r: { group: { name: string | null } }) => r.group.name)).toEqual([
      'Lena Line',
      'Ron Report',
      null,
    ]);
    // Another month: July, Ron has 60 + 40 = 100 h.
    const july = await get('q=Ron&month=2026-07');
    expect(july.items[0]).toMatchObject({ allocatedHours: 100, overByHours: 30 });
    const bad = await director.client.get('/api/v1/capacity/matrix?month=2026-13&overAllocated=maybe');
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['month', 'overAllocated']);
  });

  it('a line manager sees where their people work — name, role and hours — but not those accounts', async () => {
    const res = await lena.client.get('/api/v1/capacity/matrix');
    expect(res.status).toBe(200);
    expect(MatrixPage.safeParse(res.body).success).toBe(true);
    // Herself and her line (Ron, and Rita through Ron); not Ivy, not Alice.
    expect(names(res.body.items)).toEqual(['Lena Line', 'Ron Report', 'Rita Deep']);
    const ronRow = res.body.items[1];
    expect(
      ronRow.cells.map((c: { accountId: string; hours: number; view: string }) => [
        nameOf(res.body, c.accountId),
        c.hours,
        c.view,
      ]),
    ).toEqual([
      ['Acme One', 60, 'name_and_hours'],
      ['Beacon Two', 20, 'name_and_hours'],
    ]);
    expect(ronRow.overAllocated).toBe(true);
    // The accounts themselves, their teams and their economics stay closed to her.
    for (const path of [
      `/api/v1/accounts/${a1}`,
      `/api/v1/accounts/${a1}/economics`,
      `/api/v1/accounts/${a1}/team`,
    ]) {
      expect((await lena.client.get(path)).status).toBe(404);
    }
    const page = await lena.client.get(`/api/v1/people/${ron}`);
    // The current place first; Beacon Two starts tomorrow.
    expect(
      page.body.accounts.map((a: { accountName: string; view: string; current: boolean }) => [
        a.accountName,
        a.view,
        a.current,
      ]),
    ).toEqual([
      ['Acme One', 'name_and_hours', true],
      ['Beacon Two', 'name_and_hours', false],
    ]);
    expect(page.body.load).toMatchObject({ allocatedHours: 80, overAllocated: true });
    const months = await lena.client.get(`/api/v1/people/${ron}/capacity?from=2026-05&to=2026-07`);
    expect(
      months.body.months.map((m: { month: string; allocatedHours: number }) => [m.month, m.allocatedHours]),
    ).toEqual([
      ['2026-05', 60],
      ['2026-06', 80],
      ['2026-07', 100],
    ]);
  });

  it('anyone else sees the teams of their own accounts; other accounts are hours without a name', async () => {
    const res = await ivy.client.get('/api/v1/capacity/matrix?groupBy=lineManager');
    expect(MatrixPage.safeParse(res.body).success).toBe(true);
    // Ivy is on A1: she sees A1's team today (Alice, Ron) and herself.
    expect(names(res.body.items).sort()).toEqual(['Alice Am', 'Ivy Ind', 'Ron Report']);
    const ronRow = res.body.items.find((r: { name: string }) => r.name === 'Ron Report');
    expect(ronRow.cells.map((c: { accountId: string }) => nameOf(res.body, c.accountId))).toEqual([
      'Acme One',
    ]);
    expect(ronRow).toMatchObject({ allocatedHours: 80, otherAccountsHours: 20 });
    expect(res.body.accounts.map((a: { name: string }) => a.name)).toEqual(['Acme One']);
    const page = await ivy.client.get(`/api/v1/people/${ron}`);
    expect(page.body.accounts.map((a: { accountName: string }) => a.accountName)).toEqual(['Acme One']);
    expect(page.body.otherAccountsHours).toBe(20);
    expect((await w.anonymous.get('/api/v1/capacity/matrix')).status).toBe(401);
  });
});

describe('the people list, over capacity this month', () => {
  it("filters on the server before paging, with each person's load, for everyone", async () => {
    const list = async (who: TestUser, q: string) => (await who.client.get(`/api/v1/people?${q}`)).body;
    const over = await list(director, 'overAllocated=true');
    // Only Ron: 60 h on Acme One + 40 × 15 / 30 = 20 h on Beacon Two = 80 h against 70 h.
    expect(names(over.items)).toEqual(['Ron Report']);
    expect(over.total).toBe(1);
    expect(over.items[0].load).toEqual({ month: '2026-06', allocatedHours: 80, overByHours: 10 });
    // Rita (30 of 40 h) and Ivy (20 of 100 h) are not over; people without a capacity never are.
    expect((await list(director, 'overAllocated=true&department=Beta')).total).toBe(0);
    const all = await list(director, 'pageSize=100');
    const notOver = await list(director, 'overAllocated=false&pageSize=100');
    expect(notOver.total).toBe(all.total - 1);
    expect(names(notOver.items)).not.toContain('Ron Report');
    expect(notOver.items[0].load).toBeUndefined();
    // Capacity is not secret: a member outside Ron's line gets the same answer (and no account names).
    expect(await list(ivy, 'overAllocated=true')).toEqual(over);
    expect((await director.client.get('/api/v1/people?overAllocated=maybe')).status).toBe(400);
  });
});

describe('the kept matrix', () => {
  it('shows a change at once: a kept page goes when the data changes', async () => {
    const ronRow = async () =>
      (await director.client.get('/api/v1/capacity/matrix?q=Ron')).body.items[0] as {
        capacityHours: number;
        overAllocated: boolean;
      };
    expect(await ronRow()).toMatchObject({ capacityHours: 70, overAllocated: true });
    expect(await ronRow()).toMatchObject({ capacityHours: 70, overAllocated: true }); // kept
    const { version } = (await director.client.get(`/api/v1/people/${ron}`)).body;
    const raised = await director.client.patch(`/api/v1/people/${ron}`, {
      version,
      monthlyCapacityHours: 80,
    });
    expect(raised.status).toBe(200);
    // 80 h allocated against 80 h: at capacity, not over.
    expect(await ronRow()).toMatchObject({ capacityHours: 80, overAllocated: false });
    await director.client.patch(`/api/v1/people/${ron}`, {
      version: raised.body.version,
      monthlyCapacityHours: 70,
    });
    expect(await ronRow()).toMatchObject({ capacityHours: 70, overAllocated: true });
  });
});

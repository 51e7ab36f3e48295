import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestUser, type TestWorld, testWorld } from '../../test/harness';
import { rebuildAccountMonths } from './account-month-summary';
import { checkRollup } from './consistency';
import { makeAccount, seeded } from './fixtures';
import { rankPortfolio } from './portfolio-ranking';

// The portfolio's kept window (account-window.ts) must always read what summing the summary reads:
// built on the first portfolio read of a month, then kept by the commit-time trigger through every
// write, dropped with the summary, built again for a new month.
let now = new Date('2026-03-15T10:00:00Z');
let w: TestWorld;
let finance: TestUser;
let director: TestUser;
let a: string;
let b: string;
let person: string;

beforeAll(async () => {
  w = await testWorld({ clock: () => now });
  director = await w.user('director');
  finance = await w.user('finance');
  person = (await w.user('member', { name: 'Ann' })).personId!;
  a = await makeAccount(w, director, 'Arden', { startedOn: '2024-01-01' });
  b = await makeAccount(w, director, 'Birch', { startedOn: '2024-01-01' });
});
afterAll(() => w.close());

const rows = async <T>(query: ReturnType<typeof sql>) =>
  ((await w.database.db.execute(query)) as unknown as { rows: T[] }).rows;
const windowOf = async (accountId: string) =>
  (
    await rows<Record<string, unknown>>(sql`select as_of, invested_minor::int as invested,
      revenue_minor::int as revenue, delivery_minor::int as delivery, return_rows,
      prev_revenue_minor::int as prev_revenue, prev_delivery_minor::int as prev_delivery, prev_return_rows,
      unconverted_rows, unconverted_now_rows
    from economics_account_window where account_id = ${accountId}`)
  )[0];
const builtMonths = async () =>
  (await rows<{ as_of: string }>(sql`select as_of from economics_account_window_built order by 1`)).map(
    (r) => r.as_of,
  );
const invest = (accountId: string, date: string, amount: number, currency = 'USD') =>
  finance.client.post(`/api/v1/accounts/${accountId}/investments`, {
    kind: 'travel',
    date,
    amount: { amount, currency },
  });
const putReturn = (accountId: string, month: string, kind: string, amount: number | null) =>
  finance.client.put(`/api/v1/accounts/${accountId}/returns`, { month, kind, currency: 'USD', amount });
/** The portfolio as the kept window reads it, and as summing the summary reads it: they must agree. */
const bothWays = async (to: string) =>
  Promise.all(
    [true, false].map(async (useWindow) => {
      const ranked = await rankPortfolio(w.database.db, to as never, useWindow);
      return ranked.items.map(({ judge, ...item }) => ({ ...item, ...judge() }));
    }),
  );

describe("the portfolio's kept window", () => {
  it('is built on the first read with the trailing year and the year before, by hand', async () => {
    // As of 2026-02 (the last complete month on 15 March): this year is 2025-03…2026-02, the year
    // before 2024-03…2025-02; 2024-02 and 2026-03 are outside.
    expect((await invest(a, '2026-01-10', 10000)).status).toBe(201);
    expect((await invest(a, '2025-01-10', 5000)).status).toBe(201);
    expect((await invest(a, '2024-02-10', 777)).status).toBe(201);
    expect((await invest(a, '2026-03-02', 888)).status).toBe(201);
    expect((await putReturn(a, '2026-02', 'revenue', 30000)).status).toBe(200);
    expect((await putReturn(a, '2026-02', 'delivery_cost', 12000)).status).toBe(200);
    expect((await putReturn(a, '2025-02', 'revenue', 20000)).status).toBe(200);
    expect(await builtMonths()).toEqual([]);

    const res = await director.client.get('/api/v1/portfolio');
    expect(res.status).toBe(200);
    expect(await builtMonths()).toEqual(['2026-02']);
    expect(await windowOf(a)).toEqual({
      as_of: '2026-02',
      invested: 10000,
      revenue: 30000,
      delivery: 12000,
      return_rows: 2,
      prev_revenue: 20000,
      prev_delivery: 0,
      prev_return_rows: 1,
      unconverted_rows: 0,
      unconverted_now_rows: 0,
    });
    // Margin basis (the default): 300.00 − 120.00 back on 100.00 in.
    const arden = res.body.items.find((i: { name: string }) => i.name === 'Arden');
    expect(arden).toMatchObject({ invested: 10000, returned: 18000, roiMultiple: 1.8 });
  });

  it('follows every later write, in the year it falls in', async () => {
    const later = await invest(a, '2025-06-30', 2500);
    expect(later.status).toBe(201);
    // No rate for JPY in 2025-07: an unvalued row in this year.
    expect((await invest(a, '2025-07-01', 1000, 'JPY')).status).toBe(201);
    expect((await putReturn(a, '2025-02', 'revenue', null)).status).toBe(200);
    expect((await putReturn(a, '2024-03', 'delivery_cost', 400)).status).toBe(200);
    expect((await invest(b, '2024-03-01', 100)).status).toBe(201);
    expect((await finance.client.delete(`/api/v1/accounts/${a}/investments/${later.body.id}`)).status).toBe(
      200,
    );
    expect(await windowOf(a)).toEqual({
      as_of: '2026-02',
      invested: 10000,
      revenue: 30000,
      delivery: 12000,
      return_rows: 2,
      prev_revenue: 0,
      prev_delivery: 400,
      prev_return_rows: 1,
      unconverted_rows: 1,
      unconverted_now_rows: 1,
    });
    expect(await checkRollup(w.database.db)).toEqual([]);
    const [kept, summed] = await bothWays('2026-02');
    expect(kept).toEqual(summed);
  });

  it('reads the same as the summed summary after random writes, some at once (seed 20260315)', async () => {
    const random = seeded(20260315);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const months = ['2024-01', '2024-03', '2025-02', '2025-03', '2025-12', '2026-02', '2026-03', '2026-05'];
    const live: { account: string; id: string }[] = [];
    for (let round = 0; round < 12; round++) {
      // Several writers at once (in parallel on PostgreSQL's pool): their flushes meet in the window.
      const writes = Array.from({ length: 5 }, async () => {
        const account = pick([a, b]);
        const month = pick(months);
        const r = random();
        if (r < 0.5 || live.length === 0) {
          const res =
            random() < 0.5
              ? await invest(
                  account,
                  `${month}-1${Math.floor(random() * 9)}`,
                  1 + Math.floor(random() * 9999),
                )
              : await finance.client.post(`/api/v1/accounts/${account}/investments`, {
                  kind: 'labor',
                  date: `${month}-05`,
                  personId: person,
                  hours: 1 + Math.floor(random() * 800) / 100,
                });
          expect(res.status, JSON.stringify(res.body)).toBe(201);
          live.push({ account, id: res.body.id });
        } else if (r < 0.75) {
          const amount = random() < 0.2 ? null : Math.floor(random() * 50_000);
          const res = await putReturn(account, month, pick(['revenue', 'delivery_cost']), amount);
          expect(res.status).toBe(200);
        } else {
          const entry = live.splice(Math.floor(random() * live.length), 1)[0];
          if (entry)
            expect(
              (await finance.client.delete(`/api/v1/accounts/${entry.account}/investments/${entry.id}`))
                .status,
            ).toBe(200);
        }
      });
      await Promise.all(writes);
      if (round === 3)
        await finance.client.post('/api/v1/economics/cost-rates', {
          level: 'workspace',
          from: '2024-01-01',
          hourly: { amount: 4999, currency: 'USD' },
        });
    }
    expect(await checkRollup(w.database.db)).toEqual([]);
    const [kept, summed] = await bothWays('2026-02');
    expect(kept).toEqual(summed);
  }, 60_000);

  it('is built again for a new month, the old one dropped', async () => {
    now = new Date('2026-04-02T08:00:00Z');
    expect((await director.client.get('/api/v1/portfolio')).status).toBe(200);
    expect(await builtMonths()).toEqual(['2026-03']);
    expect(await rows(sql`select distinct as_of from economics_account_window order by as_of`)).toEqual([
      { as_of: '2026-03' },
    ]);
    // An earlier month asked for is summed, not kept.
    expect((await director.client.get('/api/v1/portfolio?asOf=2025-12')).status).toBe(200);
    expect(await builtMonths()).toEqual(['2026-03']);
    const [kept, summed] = await bothWays('2026-03');
    expect(kept).toEqual(summed);
  });

  it('is reported when tampered with, built again when its mark goes, and goes with a rebuilt summary', async () => {
    await w.database.db.execute(sql`update economics_account_window set invested_minor = invested_minor + 5
      where account_id = ${a}`);
    const differences = (await checkRollup(w.database.db)).filter(
      (d) => d.table === 'economics_account_window',
    );
    expect(differences).toHaveLength(1);
    const [d] = differences;
    if (d?.table !== 'economics_account_window') throw new Error(`a window difference: ${JSON.stringify(d)}`);
    expect(d.accountId).toBe(a);
    expect(d.stored.invested_minor).toBe(d.expected.invested_minor + 5);

    // Its mark deleted by hand, the window is built again over its stale rows.
    await w.database.db.execute(sql`delete from economics_account_window_built`);
    expect((await director.client.get('/api/v1/portfolio')).status).toBe(200);
    expect(await checkRollup(w.database.db)).toEqual([]);

    await rebuildAccountMonths(w.database.db);
    expect(await builtMonths()).toEqual([]);
    expect(await rows(sql`select 1 from economics_account_window`)).toEqual([]);
    expect((await director.client.get('/api/v1/portfolio')).status).toBe(200);
    expect(await builtMonths()).toEqual(['2026-03']);
    expect(await checkRollup(w.database.db)).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestUser, type TestWorld, testWorld } from '../../test/harness';
import { rebuildAccountMonths } from './account-month-summary';
import { checkRollup } from './consistency';
import { makeAccount, seeded } from './fixtures';

// The rollup must equal the raw sums after any sequence of writes: a seeded random sequence of inserts,
// updates and deletes of investments and returns, with exchange and cost rates changing in between.
let w: TestWorld;
let finance: TestUser;
const people: string[] = [];
const accounts: string[] = [];

beforeAll(async () => {
  w = await testWorld({ clock: () => new Date('2026-06-15T10:00:00Z') });
  const director = await w.user('director');
  finance = await w.user('finance');
  for (const name of ['Ann', 'Ben', 'Cid']) people.push((await w.user('member', { name })).personId!);
  for (const name of ['R1', 'R2']) accounts.push(await makeAccount(w, director, name));
  await director.client.post(`/api/v1/accounts/${accounts[0]}/team`, {
    personId: people[0],
    role: 'engineer',
    from: '2025-01-01',
  });
});
afterAll(() => w.close());

describe('the rollup after random writes', () => {
  it('equals the sums recomputed from the raw entries (seed 20260615)', async () => {
    const random = seeded(20260615);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const c = finance.client;
    const months = ['2025-01', '2025-02', '2025-03'];
    const day = () => `${pick(months)}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    const money = () => ({ amount: Math.floor(random() * 100_000), currency: pick(['USD', 'EUR', 'JPY']) });
    const live: { account: string; id: string; version: number; labor: boolean }[] = [];
    const rateIds: string[] = [];

    await c.post('/api/v1/economics/cost-rates', {
      level: 'workspace',
      from: '2025-01-15',
      hourly: { amount: 4999, currency: 'USD' },
    });
    for (let step = 0; step < 160; step++) {
      const account = pick(accounts);
      const r = random();
      if (r < 0.35 || live.length === 0) {
        const labor = random() < 0.5;
        const body = labor
          ? {
              kind: 'labor',
              date: day(),
              personId: pick(people),
              hours: Math.round(random() * 1000) / 100 + 0.01,
            }
          : {
              kind: pick(['travel', 'business_study', 'organizational', 'other']),
              date: day(),
              amount: money(),
              personId: random() < 0.5 ? pick(people) : null,
            };
        const res = await c.post(`/api/v1/accounts/${account}/investments`, body);
        expect(res.status, JSON.stringify(res.body)).toBe(201);
        live.push({ account, id: res.body.id, version: 1, labor });
      } else if (r < 0.55) {
        const entry = pick(live);
        const patch = entry.labor
          ? { hours: Math.round(random() * 800) / 100 + 0.25, date: day(), personId: pick(people) }
          : { amount: money(), date: day() };
        const res = await c.patch(`/api/v1/accounts/${entry.account}/investments/${entry.id}`, {
          version: entry.version,
          ...patch,
        });
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        entry.version = res.body.version;
      } else if (r < 0.7) {
        const entry = live.splice(Math.floor(random() * live.length), 1)[0]!;
        expect((await c.delete(`/api/v1/accounts/${entry.account}/investments/${entry.id}`)).status).toBe(
          200,
        );
      } else if (r < 0.85) {
        const amount = random() < 0.2 ? null : Math.floor(random() * 500_000);
        const body = {
          month: pick(months),
          kind: pick(['revenue', 'delivery_cost']),
          currency: pick(['USD', 'EUR']),
          amount,
        };
        expect((await c.put(`/api/v1/accounts/${account}/returns`, body)).status).toBe(200);
      } else if (r < 0.93) {
        const body = {
          currency: pick(['EUR', 'JPY']),
          month: pick(months),
          ratePerBase: (0.5 + Math.floor(random() * 10_000) / 10_000).toFixed(4),
        };
        if (random() < 0.25)
          await c.delete(`/api/v1/economics/exchange-rates/${body.currency}/${body.month}`);
        else expect((await c.put('/api/v1/economics/exchange-rates', body)).status).toBe(200);
      } else if (rateIds.length > 0 && random() < 0.4) {
        expect((await c.delete(`/api/v1/economics/cost-rates/${rateIds.pop()}`)).status).toBe(200);
      } else {
        const body =
          random() < 0.5
            ? {
                level: 'person',
                personId: pick(people),
                from: day(),
                hourly: { amount: 1000 + Math.floor(random() * 9000), currency: pick(['USD', 'EUR']) },
              }
            : { level: 'role', role: 'engineer', from: day(), hourly: { amount: 3333, currency: 'USD' } };
        const res = await c.post('/api/v1/economics/cost-rates', body);
        if (res.status === 201) rateIds.push(res.body.id);
        else expect(res.status).toBe(409); // the same owner already has a rate from that day
      }
    }
    expect(live.length).toBeGreaterThan(10);
    expect(await checkRollup(w.database.db)).toEqual([]);
  }, 120_000);

  it('writers of one account and month at the same time add up, in the rollup and its summary', async () => {
    // On PostgreSQL these run in parallel on the pool: each transaction's summary deltas land at its
    // commit, so none is lost and none deadlocks on the account-month row they share.
    const c = finance.client;
    const made = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        c.post(`/api/v1/accounts/${accounts[1]}/investments`, {
          kind: i % 2 === 0 ? 'labor' : 'travel',
          date: `2025-02-${String(10 + (i % 3)).padStart(2, '0')}`,
          ...(i % 2 === 0
            ? { personId: people[i % people.length], hours: 1.25 }
            : { amount: { amount: 1000 + i, currency: 'USD' } }),
        }),
      ),
    );
    expect(made.map((r) => r.status)).toEqual(made.map(() => 201));
    expect(await checkRollup(w.database.db)).toEqual([]);
    await Promise.all(made.map((r) => c.delete(`/api/v1/accounts/${accounts[1]}/investments/${r.body.id}`)));
    expect(await checkRollup(w.database.db)).toEqual([]);
  });

  it('reports a tampered rollup row', async () => {
    await w.database.db.execute(
      (await import('drizzle-orm')).sql`update economics_monthly_rollup set amount_minor = amount_minor + 1
        where ctid = (select ctid from economics_monthly_rollup limit 1)`,
    );
    const differences = await checkRollup(w.database.db);
    expect(differences).toHaveLength(1);
    const [d] = differences;
    if (d?.table !== 'economics_monthly_rollup') throw new Error(`a rollup difference: ${JSON.stringify(d)}`);
    expect(d.stored!.amount).toBe(d.expected!.amount + 1);
  });

  it('reports a tampered account-month summary row', async () => {
    const { sql } = await import('drizzle-orm');
    await w.database.db.execute(sql`update economics_account_month set revenue_minor = revenue_minor + 7
      where ctid = (select ctid from economics_account_month where return_rows > 0 limit 1)`);
    // The rollup row tampered with above stays one difference; the summary adds one of its own.
    const differences = (await checkRollup(w.database.db)).filter(
      (d) => d.table === 'economics_account_month',
    );
    expect(differences).toHaveLength(1);
    const [d] = differences;
    if (d?.table !== 'economics_account_month') throw new Error(`a summary difference: ${JSON.stringify(d)}`);
    expect(d.stored!.revenue).toBe(d.expected!.revenue + 7);
    // The repair builds the summary again from the rollup.
    await rebuildAccountMonths(w.database.db);
    expect((await checkRollup(w.database.db)).filter((x) => x.table === 'economics_account_month')).toEqual(
      [],
    );
  });
});

import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { investments, monthlyReturns } from '../../db/schema';
import { type TestUser, type TestWorld, testWorld } from '../../test/harness';
import { checkRollup } from './consistency';
import { makeAccount, seeded } from './fixtures';
import { attachImportPartition, createImportPartition } from './import-partitions';
import { hoursText } from './investments';
import { applyEntriesInBulk, importSelection, rebuildRollup } from './rollup-bulk';
import { upgradeRollup } from './rollup-upgrade';

// The set-based writer must leave exactly what the per-entry writer leaves. The same random batch goes
// into account A entry by entry through the API and into account B as one "import" applied in bulk;
// the two accounts' rollup rows must then be identical, and both must pass checkRollup.
// The rates make it hard: mixed currencies (USD base, EUR and JPY, one month with no EUR rate), a
// person whose cost rate changes mid-month and into another currency, a role rate, a workspace
// default that starts mid-January (hours before it are unvalued, 'XXX'), and a person with no rate of
// their own in a role without one.
let w: TestWorld;
let finance: TestUser;
const people: string[] = [];
let a = '';
let b = '';

const months = ['2025-01', '2025-02', '2025-03'];
const roles = ['engineer', 'technical_lead', null] as const;

beforeAll(async () => {
  w = await testWorld({ clock: () => new Date('2026-06-15T10:00:00Z') });
  const director = await w.user('director');
  finance = await w.user('finance');
  for (const name of ['Ann', 'Ben', 'Cid', 'Dee']) people.push((await w.user('member', { name })).personId!);
  a = await makeAccount(w, director, 'Per entry');
  b = await makeAccount(w, director, 'In bulk');
  const c = finance.client;
  const rates = [
    { level: 'workspace', from: '2025-01-15', hourly: { amount: 4999, currency: 'USD' } },
    { level: 'person', personId: people[0], from: '2025-01-01', hourly: { amount: 7333, currency: 'USD' } },
    // Ann's rate changes on 15 February, into euros: February's hours are valued in two currencies.
    { level: 'person', personId: people[0], from: '2025-02-15', hourly: { amount: 6101, currency: 'EUR' } },
    { level: 'role', role: 'technical_lead', from: '2025-01-01', hourly: { amount: 8888, currency: 'EUR' } },
    {
      level: 'person',
      personId: people[1],
      from: '2025-02-10',
      hourly: { amount: 1234567, currency: 'JPY' },
    },
  ];
  for (const r of rates) expect((await c.post('/api/v1/economics/cost-rates', r)).status).toBe(201);
  for (const [currency, month, ratePerBase] of [
    ['EUR', '2025-01', '1.0835'],
    ['EUR', '2025-02', '1.04125'],
    ['JPY', '2025-01', '0.0067'],
    ['JPY', '2025-02', '0.00655'],
    ['JPY', '2025-03', '0.0071'],
  ])
    expect((await c.put('/api/v1/economics/exchange-rates', { currency, month, ratePerBase })).status).toBe(
      200,
    );
});
afterAll(() => w.close());

type Labor = { kind: 'labor'; date: string; personId: string; role: string | null; hours: number };
type Spent = {
  kind: 'travel' | 'business_study' | 'organizational' | 'other';
  date: string;
  personId: string | null;
  amount: { amount: number; currency: string };
};
type Return = { month: string; kind: 'revenue' | 'delivery_cost'; currency: string; amount: number };

/** A random batch; returns are unique per month × kind × currency (one line each, as finance reports). */
function batch(seed: number, size: number): { entries: (Labor | Spent)[]; returns: Return[] } {
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const day = () => `${pick(months)}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
  const entries: (Labor | Spent)[] = [];
  for (let i = 0; i < size; i++)
    entries.push(
      random() < 0.75
        ? {
            kind: 'labor',
            date: day(),
            personId: pick(people),
            role: pick(roles),
            hours: Math.round(random() * 800) / 100 + 0.01,
          }
        : {
            kind: pick(['travel', 'business_study', 'organizational', 'other'] as const),
            date: day(),
            personId: random() < 0.5 ? pick(people) : null,
            amount: { amount: Math.floor(random() * 100_000), currency: pick(['USD', 'EUR', 'JPY']) },
          },
    );
  const returns = new Map<string, Return>();
  for (let i = 0; i < size / 10; i++) {
    const r: Return = {
      month: pick(months),
      kind: pick(['revenue', 'delivery_cost'] as const),
      currency: pick(['USD', 'EUR', 'JPY']),
      amount: Math.floor(random() * 900_000) - 100_000,
    };
    returns.set(`${r.month} ${r.kind} ${r.currency}`, r);
  }
  return { entries, returns: [...returns.values()] };
}

/** One entry at a time through the API: the per-entry writer. Returns the new investments' ids. */
async function perEntry(account: string, set: ReturnType<typeof batch>): Promise<string[]> {
  const ids: string[] = [];
  for (const e of set.entries) {
    const res = await finance.client.post(`/api/v1/accounts/${account}/investments`, e);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    ids.push(res.body.id);
  }
  for (const r of set.returns)
    expect((await finance.client.put(`/api/v1/accounts/${account}/returns`, r)).status).toBe(200);
  return ids;
}

/** The same entries inserted as one import, then applied set-based. */
async function inBulk(account: string, set: ReturnType<typeof batch>): Promise<string> {
  const importId = randomUUID();
  await w.database.db.transaction(async (tx) => {
    // An import's entries live in a partition of their own (import-partitions.ts), here made empty first.
    await createImportPartition(tx, importId);
    await attachImportPartition(tx, importId);
    await tx.insert(investments).values(
      set.entries.map((e) =>
        e.kind === 'labor'
          ? {
              accountId: account,
              kind: 'labor' as const,
              date: e.date,
              personId: e.personId,
              role: e.role,
              hours: hoursText(e.hours),
              importId,
            }
          : {
              accountId: account,
              kind: e.kind,
              date: e.date,
              personId: e.personId,
              amountMinor: e.amount.amount,
              currency: e.amount.currency,
              importId,
            },
      ),
    );
    if (set.returns.length > 0)
      await tx.insert(monthlyReturns).values(
        set.returns.map((r) => ({
          accountId: account,
          month: r.month,
          kind: r.kind,
          currency: r.currency,
          amountMinor: r.amount,
          importId,
        })),
      );
    await applyEntriesInBulk(tx, importSelection(importId), 1);
  });
  return importId;
}

async function undoInBulk(importId: string): Promise<void> {
  await w.database.db.transaction(async (tx) => {
    await applyEntriesInBulk(tx, importSelection(importId), -1);
    await tx.delete(investments).where(eq(investments.importId, importId));
    await tx.delete(monthlyReturns).where(eq(monthlyReturns.importId, importId));
  });
}

/** An account's rollup rows, without its id, in a stable order. */
async function stateOf(account: string) {
  const rows = <T>(r: unknown) => (r as { rows: T[] }).rows;
  const rollup = rows<{
    month: string;
    kind: string;
    currency: string;
    amount_minor: string;
    base_minor: string | null;
  }>(
    await w.database.db.execute(sql`select month, kind, currency, person_id, amount_minor::text,
      micro_hours::text, entries, cost_micro::text, base_minor::text from economics_monthly_rollup where account_id = ${account}
      order by month, kind, currency, person_id nulls first`),
  );
  return { rollup };
}

describe('the set-based rollup writer', () => {
  // Built in the first test: the people exist only once beforeAll has run.
  let first: ReturnType<typeof batch>;
  let second: ReturnType<typeof batch>;
  let secondImport = '';
  let secondIds: string[] = [];

  it('applies a batch exactly as entry-by-entry writes do', async () => {
    first = batch(20250301, 160);
    second = batch(20250302, 220);
    // The first batch goes in entry by entry on both accounts (what was there before the import)…
    await perEntry(a, first);
    await perEntry(b, first);
    // …then the second: entry by entry on A, as one import on B.
    secondIds = await perEntry(a, { entries: second.entries, returns: [] });
    const bulkReturns = second.returns.filter(
      (r) =>
        !first.returns.some((f) => f.month === r.month && f.kind === r.kind && f.currency === r.currency),
    );
    for (const r of bulkReturns)
      expect((await finance.client.put(`/api/v1/accounts/${a}/returns`, r)).status).toBe(200);
    secondImport = await inBulk(b, { entries: second.entries, returns: bulkReturns });

    const [onA, onB] = [await stateOf(a), await stateOf(b)];
    expect(onB.rollup.length).toBeGreaterThan(20);
    // Every case the rates were chosen for is present: unvalued hours, euros, yen, a missing rate.
    expect(onB.rollup.some((r) => r.currency === 'XXX' && r.base_minor === null)).toBe(true);
    expect(onB.rollup.some((r) => r.kind === 'labor' && r.currency === 'EUR' && r.month === '2025-02')).toBe(
      true,
    );
    expect(onB.rollup.some((r) => r.kind === 'labor' && r.currency === 'JPY')).toBe(true);
    expect(
      onB.rollup.some((r) => r.currency === 'EUR' && r.month === '2025-03' && r.base_minor === null),
    ).toBe(true);
    expect(onB).toEqual(onA);
    expect(await checkRollup(w.database.db)).toEqual([]);
  }, 120_000);

  it('removes a batch exactly as entry-by-entry deletes do', async () => {
    for (const id of secondIds)
      expect((await finance.client.delete(`/api/v1/accounts/${a}/investments/${id}`)).status).toBe(200);
    const bulkReturns = await w.database.db
      .select()
      .from(monthlyReturns)
      .where(eq(monthlyReturns.importId, secondImport));
    for (const r of bulkReturns)
      expect(
        (
          await finance.client.put(`/api/v1/accounts/${a}/returns`, {
            month: r.month,
            kind: r.kind,
            currency: r.currency,
            amount: null,
          })
        ).status,
      ).toBe(200);
    await undoInBulk(secondImport);

    const [onA, onB] = [await stateOf(a), await stateOf(b)];
    expect(onB.rollup.length).toBeGreaterThan(20);
    expect(onB).toEqual(onA);
    expect(await checkRollup(w.database.db)).toEqual([]);
  }, 120_000);

  it('leaves nothing behind when the only entries of some days and months are removed', async () => {
    const before = await stateOf(b);
    const lone = batch(20250303, 40);
    // Different dates from the rest: 2024 has no entries before this import, and no rate at all.
    for (const e of lone.entries) e.date = e.date.replace('2025-', '2024-');
    for (const r of lone.returns) r.month = r.month.replace('2025-', '2024-');
    const id = await inBulk(b, lone);
    expect((await stateOf(b)).rollup.length).toBeGreaterThan(before.rollup.length);
    expect(await checkRollup(w.database.db)).toEqual([]);
    await undoInBulk(id);
    expect(await stateOf(b)).toEqual(before);
  }, 60_000);

  it('values labor exactly, rounds once per row a half up, converts once per month, figures worked by hand', async () => {
    const director = await w.user('director');
    const c = await makeAccount(w, director, 'By hand');
    const [ann, , , dee] = people as [string, string, string, string];
    const id = await inBulk(c, {
      entries: [
        // Dee has no rate of her own and no role: the workspace default, 49.99 USD an hour. 0.5 h on
        // 5 March, 0.5 h on the 6th, 1 h on the 7th: 2 h × 49.99 = 99.98 USD exactly → 9998 cents.
        // (Rounded by the day it would be 2499.5 → 2500, 2500 and 4999: 9999.)
        { kind: 'labor', date: '2025-03-05', personId: dee, role: null, hours: 0.5 },
        { kind: 'labor', date: '2025-03-06', personId: dee, role: null, hours: 0.5 },
        { kind: 'labor', date: '2025-03-07', personId: dee, role: null, hours: 1 },
        // Ann: 73.33 USD until 14 February, 61.01 EUR from the 15th (her own rate beats the
        // technical-lead role rate). 2 h on the 14th → 14666 USD cents; 0.5 h on the 15th → 3050.5 →
        // 3051 EUR cents (a half up), converted at February's 1.04125: 3176.85… → 3177 USD cents.
        { kind: 'labor', date: '2025-02-14', personId: ann, role: 'technical_lead', hours: 2 },
        { kind: 'labor', date: '2025-02-15', personId: ann, role: 'technical_lead', hours: 0.5 },
        // 150 JPY at January's 0.0067 = 100.5 cents → 100; 50 JPY = 33.5 cents → 34.
        { kind: 'travel', date: '2025-01-10', personId: null, amount: { amount: 150, currency: 'JPY' } },
        {
          kind: 'business_study',
          date: '2025-01-20',
          personId: null,
          amount: { amount: 50, currency: 'JPY' },
        },
      ],
      // No EUR rate for March: the row is kept, its base amount unknown.
      returns: [{ month: '2025-03', kind: 'revenue', currency: 'EUR', amount: 100_000 }],
    });
    const rows = (await stateOf(c)).rollup.map((r) => [
      r.month,
      r.kind,
      r.currency,
      r.amount_minor,
      r.base_minor,
    ]);
    expect(rows).toEqual([
      ['2025-01', 'business_study', 'JPY', '50', '34'],
      ['2025-01', 'travel', 'JPY', '150', '100'],
      ['2025-02', 'labor', 'EUR', '3051', '3177'],
      ['2025-02', 'labor', 'USD', '14666', '14666'],
      ['2025-03', 'labor', 'USD', '9998', '9998'],
      ['2025-03', 'revenue', 'EUR', '100000', null],
    ]);
    expect(await checkRollup(w.database.db)).toEqual([]);
    await undoInBulk(id);
    expect(await stateOf(c)).toEqual({ rollup: [] });
  });

  it('rebuilds the whole rollup from the raw entries to the same rows', async () => {
    const [onA, onB] = [await stateOf(a), await stateOf(b)];
    await w.database.db.execute(sql`update economics_monthly_rollup set amount_minor = amount_minor + 7`);
    await w.database.db.execute(
      sql`update economics_monthly_rollup set cost_micro = cost_micro + 1 where kind = 'labor'`,
    );
    expect((await checkRollup(w.database.db)).length).toBeGreaterThan(0);
    const result = await rebuildRollup(w.database.db);
    expect(result.rollupRows).toBe(onA.rollup.length + onB.rollup.length);
    expect(await stateOf(a)).toEqual(onA);
    expect(await stateOf(b)).toEqual(onB);
    expect(await checkRollup(w.database.db)).toEqual([]);
  }, 60_000);

  it('rebuilds, once, a rollup whose labor rows predate exact valuation (what migration 0019 leaves)', async () => {
    const [onA, onB] = [await stateOf(a), await stateOf(b)];
    // As an older version left it: labor rounded by another rule, no exact value.
    await w.database.db.execute(
      sql`update economics_monthly_rollup set cost_micro = null, amount_minor = amount_minor + 1 where kind = 'labor'`,
    );
    expect(await upgradeRollup(w.database.db)).toBe(true);
    expect(await stateOf(a)).toEqual(onA);
    expect(await stateOf(b)).toEqual(onB);
    expect(await checkRollup(w.database.db)).toEqual([]);
    expect(await upgradeRollup(w.database.db)).toBe(false);
  }, 60_000);
});

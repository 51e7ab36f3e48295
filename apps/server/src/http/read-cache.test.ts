import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../config';
import { type TestUser, type TestWorld, testWorld } from '../test/harness';
import { askingGeneration, generationSource } from './data-generation';
import { createReadCache } from './read-cache';

let w: TestWorld;
let director: TestUser;

beforeAll(async () => {
  w = await testWorld();
  director = await w.user('director');
});
afterAll(() => w.close());

const rows = async <T>(query: ReturnType<typeof sql>) =>
  ((await w.database.db.execute(query)) as unknown as { rows: T[] }).rows;
const generation = async () => Number((await rows<{ n: string }>(sql`select n from data_generation`))[0]!.n);

/** Tables whose writes do not change what any read answers with (see migration data_generation_triggers). */
const UNWATCHED = [
  'api_tokens',
  'audit_log',
  'contact_audit',
  'data_generation',
  'data_generation_touch',
  // The portfolio's kept window (account-window.ts): derived from the watched summary, and changed only
  // beside it or when a read builds it, which changes no answer.
  'economics_account_window',
  'economics_account_window_built',
  'sessions',
];

const account = {
  name: 'Borealis Freight',
  industry: 'Logistics',
  country: 'NO',
  startedOn: '2024-03-01',
  objective: 'growth',
};

describe('the data generation', () => {
  it('watches every table of business data: a new table without the trigger fails here', async () => {
    const tables = await rows<{ name: string; watched: boolean }>(sql`
      select t.tablename as name, exists (select 1 from pg_trigger g
        where g.tgrelid = (quote_ident(t.schemaname) || '.' || quote_ident(t.tablename))::regclass
          and g.tgname = 'vested_changed_' || t.tablename) as watched
      from pg_tables t where t.schemaname = current_schema()
        -- A partition (investments_typed, an import's entries) is written through its parent's trigger.
        and not (quote_ident(t.schemaname) || '.' || quote_ident(t.tablename))::regclass in
          (select inhrelid from pg_inherits)
      order by 1`);
    const unwatched = tables.filter((t) => !t.watched).map((t) => t.name);
    expect(unwatched).toEqual(UNWATCHED);
    expect(tables.length).toBeGreaterThan(30);
  });

  it('moves once per committed transaction, however many statements it ran, and not on a rollback', async () => {
    const before = await generation();
    await w.database.db.transaction(async (tx) => {
      await tx.execute(sql`update people set title = 'Engineer' where false`);
      await tx.execute(sql`update people set title = 'Engineer' where false`);
      await tx.execute(sql`update accounts set name = name where false`);
    });
    expect(await generation()).toBe(before + 1);
    await w.database.db
      .transaction(async (tx) => {
        await tx.execute(sql`update people set title = 'Engineer' where false`);
        throw new Error('changed my mind');
      })
      .catch(() => {});
    expect(await generation()).toBe(before + 1);
    // Reading writes nothing, so it moves nothing.
    await director.client.get('/api/v1/accounts');
    expect(await generation()).toBe(before + 1);
  });
});

describe('reads kept until the data changes', () => {
  it('shows an edit made through the API on the very next read of the list and the page', async () => {
    const created = await director.client.post('/api/v1/accounts', account);
    expect(created.status).toBe(201);
    const listUrl = '/api/v1/accounts?search=Borealis';
    expect((await director.client.get(listUrl)).body.items.map((a: { name: string }) => a.name)).toEqual([
      'Borealis Freight',
    ]);
    expect((await director.client.get(`/api/v1/accounts/${created.body.id}`)).body.name).toBe(
      'Borealis Freight',
    );

    const renamed = await director.client.patch(`/api/v1/accounts/${created.body.id}`, {
      name: 'Borealis Freight AS',
      version: created.body.version,
    });
    expect(renamed.status).toBe(200);
    expect((await director.client.get(listUrl)).body.items.map((a: { name: string }) => a.name)).toEqual([
      'Borealis Freight AS',
    ]);
    expect((await director.client.get(`/api/v1/accounts/${created.body.id}`)).body.name).toBe(
      'Borealis Freight AS',
    );
  });

  it('shows a change written straight into the database, behind the app, on the next read', async () => {
    const created = await director.client.post('/api/v1/accounts', { ...account, name: 'Caldera Mining' });
    const url = `/api/v1/accounts/${created.body.id}`;
    expect((await director.client.get(url)).body.industry).toBe('Logistics');
    await w.database.db.execute(sql`update accounts set industry = 'Mining' where id = ${created.body.id}`);
    // On a PostgreSQL server the app hears of a change it did not make by notification, which arrives
    // a moment after the commit; on PGlite it asks on every read.
    await expect
      .poll(async () => (await director.client.get(url)).body.industry, { timeout: 5_000 })
      .toBe('Mining');
  });

  it('never hands one person the answer computed for another', async () => {
    const created = await director.client.post('/api/v1/accounts', { ...account, name: 'Drumlin Foods' });
    const url = `/api/v1/accounts/${created.body.id}`;
    expect((await director.client.get(url)).status).toBe(200);
    const member = await w.user('member');
    // The same path a moment later, same generation: the member is not on the team.
    expect((await member.client.get(url)).status).toBe(404);
    expect((await member.client.get('/api/v1/accounts?search=Drumlin')).body.total).toBe(0);
  });
});

describe('generationSource', () => {
  it('learns of a commit made elsewhere, and of its own writes before they are answered', async () => {
    const source = generationSource(w.database);
    try {
      const before = await source.current();
      await w.database.db.execute(sql`update people set title = title where false`);
      await expect.poll(() => source.current(), { timeout: 5_000 }).toBe(before + 1);
      await w.database.db.execute(sql`update people set title = title where false`);
      await source.afterWrite();
      expect(await source.current()).toBe(before + 2);
    } finally {
      await source.close();
    }
  });
});

describe('createReadCache', () => {
  it('computes once for callers asking together, again after a change, and never keeps a failure', async () => {
    const cache = createReadCache(askingGeneration(w.database));
    let runs = 0;
    const compute = async () => {
      runs += 1;
      await new Promise((r) => setTimeout(r, 20));
      return `answer ${runs}`;
    };
    const together = await Promise.all(Array.from({ length: 10 }, () => cache.read('k', compute)));
    expect(together).toEqual(Array(10).fill('answer 1'));
    expect(await cache.read('k', compute)).toBe('answer 1');
    expect(runs).toBe(1);

    await w.database.db.execute(sql`update people set title = title where false`);
    expect(await cache.read('k', compute)).toBe('answer 2');

    await expect(cache.read('bad', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await cache.read('bad', async () => 'fine')).toBe('fine');
  });

  it('forgets the least recently used answers beyond its size, and keeps nothing when its size is 0', async () => {
    const cache = createReadCache(askingGeneration(w.database), 40);
    const runs: string[] = [];
    const answer = (key: string) => async () => {
      runs.push(key);
      return key.repeat(10);
    };
    await cache.read('a', answer('a'));
    await cache.read('b', answer('b'));
    await cache.read('a', answer('a')); // a is now the most recent
    await cache.read('c', answer('c')); // 30 characters kept: a, b, c
    await cache.read('d', answer('d')); // 40: still fits
    await cache.read('e', answer('e')); // 50: b, the least recently used, goes
    await cache.read('a', answer('a')); // kept
    await cache.read('b', answer('b')); // computed again; now c, the least recently used, goes
    await cache.read('e', answer('e')); // kept
    await cache.read('c', answer('c'));
    expect(runs).toEqual(['a', 'b', 'c', 'd', 'e', 'b', 'c']);

    const off = createReadCache(askingGeneration(w.database), 0);
    let n = 0;
    await off.read('k', async () => String(++n));
    expect(await off.read('k', async () => String(++n))).toBe('2');
    expect(readConfig({ VESTED_READ_CACHE_MB: '0' }).readCacheChars).toBe(0);
    expect(readConfig({}).readCacheChars).toBe(64 * 1024 * 1024);
  });
});

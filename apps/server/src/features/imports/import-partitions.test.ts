import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestUser, type TestWorld, testWorld } from '../../test/harness';
import { checkRollup } from '../economics/consistency';
import { makeAccount } from '../economics/fixtures';
import { csv, importFile } from './fixtures';

// Each time-entry import keeps its entries in a partition of its own (import-partitions.ts). Everyone's
// hours cost the workspace default, 100.00 USD an hour, from 2025-01-01.
let w: TestWorld;
let director: TestUser;
let finance: TestUser;
let ada: TestUser;
let acme: string;

beforeAll(async () => {
  w = await testWorld({ clock: () => new Date('2026-06-15T10:00:00Z') });
  director = await w.user('director');
  finance = await w.user('finance');
  ada = await w.user('member', { name: 'Ada Lovelace' });
  acme = await makeAccount(w, director, 'Acme');
  const rate = await finance.client.post('/api/v1/economics/cost-rates', {
    level: 'workspace',
    from: '2025-01-01',
    hourly: { amount: 10000, currency: 'USD' },
  });
  expect(rate.status).toBe(201);
});
afterAll(() => w.close());

const rows = async <T>(query: ReturnType<typeof sql>) =>
  ((await w.database.db.execute(query)) as unknown as { rows: T[] }).rows;

/** The partitions of investments: the typed entries' and one per import that wrote entries. */
const partitions = async () =>
  (
    await rows<{ name: string }>(sql`select c.relname as name from pg_inherits i
      join pg_class c on c.oid = i.inhrelid where i.inhparent = 'investments'::regclass order by 1`)
  ).map((r) => r.name);
const partitionOf = (importId: string) => `investments_i_${importId.replaceAll('-', '')}`;

/** A file of one-hour entries of Ada on Acme in March 2025, one per external id. */
const file = (ids: number[]) =>
  csv([
    ['Email', 'Account', 'Date', 'Hours', 'External id'],
    ...ids.map((id) => [ada.email, 'Acme', `2025-03-${String(id).padStart(2, '0')}`, '1', String(id)]),
  ]);
const run = (name: string, ids: number[]) =>
  importFile(finance.client, { kind: 'time_entries', fileName: name }, file(ids));

const invested = async () => {
  const res = await director.client.get(`/api/v1/accounts/${acme}/economics?from=2025-01&to=2025-12`);
  expect(res.status).toBe(200);
  return res.body.invested.total as number;
};
const entries = async () => {
  const res = await director.client.get(`/api/v1/accounts/${acme}/investments?sort=date&pageSize=100`);
  expect(res.status).toBe(200);
  return res.body.items.map((i: { date: string; hours: string }) => `${i.date} ${i.hours}`) as string[];
};
const externalIds = async () =>
  (
    await rows<{ external_id: string }>(
      sql`select external_id from investments where external_id is not null order by external_id`,
    )
  ).map((r) => r.external_id);

describe('the entries of each import in a partition of their own', () => {
  let first: string;
  let second: string;

  it('keeps typed entries and each import apart, and shows them as one list', async () => {
    const typed = await director.client.post(`/api/v1/accounts/${acme}/investments`, {
      kind: 'labor',
      date: '2025-02-10',
      personId: ada.personId,
      hours: 2,
    });
    expect(typed.status, JSON.stringify(typed.body)).toBe(201);

    const a = await run('a.csv', [1, 2, 3]);
    expect(a.status).toBe(201);
    first = a.body.import.id;
    // External id 3 is already here (the first file): skipped, the other two written.
    const b = await run('b.csv', [3, 4, 5]);
    expect(b.body.import).toMatchObject({ writtenCount: 2, skippedCount: 1 });
    second = b.body.import.id;

    expect(await partitions()).toEqual([partitionOf(first), partitionOf(second), 'investments_typed'].sort());
    const [counts] = await rows<{ a: number; b: number; typed: number }>(sql`select
      (select count(*)::int from ${sql.identifier(partitionOf(first))}) as a,
      (select count(*)::int from ${sql.identifier(partitionOf(second))}) as b,
      (select count(*)::int from investments_typed) as typed`);
    expect(counts).toEqual({ a: 3, b: 2, typed: 1 });
    // The account shows them as one list: the typed 2 h, then March 1–5, one hour each.
    expect(await entries()).toEqual([
      '2025-02-10 2',
      '2025-03-01 1',
      '2025-03-02 1',
      '2025-03-03 1',
      '2025-03-04 1',
      '2025-03-05 1',
    ]);
    // 2 h + 5 h = 7 h × 100.00 = 700.00.
    expect(await invested()).toBe(70000);
    expect(await checkRollup(w.database.db)).toEqual([]);
  });

  it('lets two imports run at once without an external id getting in twice', async () => {
    // Both files hold 7; whichever writes second finds it there.
    const [c, d] = await Promise.all([run('c.csv', [6, 7]), run('d.csv', [7, 8])]);
    expect([c.status, d.status]).toEqual([201, 201]);
    const written = [c.body.import.writtenCount, d.body.import.writtenCount].sort();
    expect(written).toEqual([1, 2]);
    expect(c.body.import.skippedCount + d.body.import.skippedCount).toBe(1);
    expect(await externalIds()).toEqual([
      'ext:1',
      'ext:2',
      'ext:3',
      'ext:4',
      'ext:5',
      'ext:6',
      'ext:7',
      'ext:8',
    ]);
    // 2 h + 8 h = 10 h × 100.00 = 1,000.00.
    expect(await invested()).toBe(100000);
  });

  it('edits an imported entry in place, and its undo still takes out exactly what is there', async () => {
    const [entry] = await rows<{ id: string }>(sql`select id from investments where external_id = 'ext:2'`);
    const edit = await director.client.patch(`/api/v1/accounts/${acme}/investments/${entry!.id}`, {
      hours: 3,
      version: 1,
    });
    expect(edit.status, JSON.stringify(edit.body)).toBe(200);
    // The 1 h of March 2 became 3 h: 12 h × 100.00.
    expect(await invested()).toBe(120000);

    const undo = await finance.client.post(`/api/v1/imports/${first}/undo`, { version: 1 });
    expect(undo.status).toBe(200);
    expect(await partitions()).not.toContain(partitionOf(first));
    expect(await partitions()).toContain(partitionOf(second));
    // The first file's 1 + 3 + 1 hours went with it: 12 − 5 = 7 h.
    expect(await invested()).toBe(70000);
    expect(await externalIds()).toEqual(['ext:4', 'ext:5', 'ext:6', 'ext:7', 'ext:8']);
    expect(await checkRollup(w.database.db)).toEqual([]);
  });

  it('makes no partition for an import whose every entry was already here', async () => {
    const before = await partitions();
    const again = await run('again.csv', [4, 5]);
    expect(again.body.import).toMatchObject({ writtenCount: 0, skippedCount: 2 });
    expect(await partitions()).toEqual(before);
    const undo = await finance.client.post(`/api/v1/imports/${again.body.import.id}/undo`, { version: 1 });
    expect(undo.status).toBe(200);
    expect(await invested()).toBe(70000);
  });

  it('brings the external ids of an undone import back in', async () => {
    const res = await run('a-again.csv', [1, 2, 3]);
    expect(res.body.import).toMatchObject({ writtenCount: 3, skippedCount: 0 });
    expect(await invested()).toBe(100000);
    expect(await checkRollup(w.database.db)).toEqual([]);
  });
});

describe('an undo while an import is being written', () => {
  it('waits for the import without holding up the readers of entries', async () => {
    const res = await run('undo-me.csv', [29, 30]);
    expect(res.status).toBe(201);
    const id = res.body.import.id as string;
    if (process.env.TEST_DATABASE_URL) {
      // Another connection in the middle of writing an import holds the imports' lock.
      const writer = new pg.Client({ connectionString: w.database.url });
      await writer.connect();
      await writer.query('begin');
      await writer.query('lock table only investments in share update exclusive mode');
      const undo = finance.client.post(`/api/v1/imports/${id}/undo`, { version: 1 });
      // The undo waits for that lock, the one that holds up no reader…
      const waiting = async () =>
        (
          await writer.query<{ mode: string }>(`select mode from pg_locks
            where relation = 'investments'::regclass and not granted`)
        ).rows.map((r) => r.mode);
      let modes = await waiting();
      for (let i = 0; i < 200 && modes.length === 0; i++) {
        await new Promise((r) => setTimeout(r, 25));
        modes = await waiting();
      }
      expect(modes).toEqual(['ShareUpdateExclusiveLock']);
      // …so the account's entries still read meanwhile.
      const list = await director.client.get(`/api/v1/accounts/${acme}/investments?pageSize=5`);
      expect(list.status).toBe(200);
      await writer.query('commit');
      await writer.end();
      expect((await undo).status).toBe(200);
    } else {
      // One embedded connection: nothing else can be written meanwhile.
      expect((await finance.client.post(`/api/v1/imports/${id}/undo`, { version: 1 })).status).toBe(200);
    }
    expect(await partitions()).not.toContain(partitionOf(id));
  });
});

describe('the text of a file, loaded as it was written', () => {
  it('keeps tabs, line breaks and backslashes in notes and external ids', async () => {
    const initech = await makeAccount(w, director, 'Initech');
    const note = 'Workshop\nday two\twith a tab, a back\\slash and \\N';
    const res = await importFile(
      finance.client,
      { kind: 'time_entries', fileName: 'text.csv' },
      csv([
        ['Email', 'Account', 'Date', 'Hours', 'Note', 'External id'],
        [ada.email, 'Initech', '2025-04-01', '1', note, 'a\\b\tc'],
      ]),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const list = await director.client.get(`/api/v1/accounts/${initech}/investments`);
    expect(list.body.items.map((i: { note: string }) => i.note)).toEqual([note]);
    expect(
      await rows<{ external_id: string }>(
        sql`select external_id from investments where account_id = ${initech}`,
      ),
    ).toEqual([{ external_id: 'ext:a\\b\tc' }]);
  });
});

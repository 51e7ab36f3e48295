import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestUser, type TestWorld, testWorld } from '../../test/harness';
import { checkRollup } from '../economics/consistency';
import { makeAccount } from '../economics/fixtures';
import { csv, importFile } from './fixtures';
import { RowErrors } from './kind';
import { timeEntries } from './kinds/time-entries';
import { insertLoader } from './staging';

// Everyone's hours cost the workspace default, 100.00 USD an hour, from 2025-01-01.
let w: TestWorld;
let director: TestUser;
let finance: TestUser;
let ada: TestUser;
let bob: TestUser;
let acme: string;
let globex: string;

beforeAll(async () => {
  w = await testWorld({ clock: () => new Date('2026-06-15T10:00:00Z') });
  director = await w.user('director');
  finance = await w.user('finance');
  ada = await w.user('member', { name: 'Ada Lovelace' });
  bob = await w.user('member', { name: 'Bob Byte' });
  acme = await makeAccount(w, director, 'Acme');
  globex = await makeAccount(w, director, 'Globex');
  const rate = await finance.client.post('/api/v1/economics/cost-rates', {
    level: 'workspace',
    from: '2025-01-01',
    hourly: { amount: 10000, currency: 'USD' },
  });
  expect(rate.status).toBe(201);
});
afterAll(() => w.close());

const invested = async (accountId: string) => {
  const res = await director.client.get(`/api/v1/accounts/${accountId}/economics?from=2025-01&to=2025-12`);
  expect(res.status).toBe(200);
  return res.body.invested.total as number;
};

const first = () =>
  csv([
    ['Email', 'Account', 'Date', 'Hours', 'Note'],
    [ada.email, 'Acme', '2025-03-03', '2.5', 'Workshop'],
    [bob.email, 'acme', '2025-03-04', '1:30', ''],
    ['Ada Lovelace', 'Globex', '3/4/2025', '8', 'Discovery'],
  ]);

describe('time entries from a hand-made CSV', () => {
  let firstId: string;

  it('imports every row, and the account figures move by the hours × rate worked out by hand', async () => {
    const res = await importFile(finance.client, { kind: 'time_entries', fileName: 'march.csv' }, first());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      noOp: false,
      import: {
        kind: 'time_entries',
        status: 'committed',
        fileName: 'march.csv',
        format: 'csv',
        preset: 'generic',
        rowCount: 3,
        writtenCount: 3,
        skippedCount: 0,
        errorCount: 0,
        errors: [],
        mapping: {
          person: ['Email'],
          account: ['Account'],
          date: ['Date'],
          hours: ['Hours'],
          note: ['Note'],
        },
      },
    });
    firstId = res.body.import.id;
    // Acme: 2.5 h + 1:30 (1.5 h) = 4 h × 100.00 = 400.00. Globex: 8 h × 100.00 = 800.00.
    expect(await invested(acme)).toBe(40000);
    expect(await invested(globex)).toBe(80000);
    expect(await checkRollup(w.database.db)).toEqual([]);
    const entries = await director.client.get(`/api/v1/accounts/${acme}/investments?sort=date`);
    expect(entries.body.items.map((i: { hours: string; note: string | null }) => [i.hours, i.note])).toEqual([
      ['2.5', 'Workshop'],
      ['1.5', null],
    ]);
  });

  it('adds nothing when the same file is imported again, and says so', async () => {
    const res = await importFile(
      finance.client,
      { kind: 'time_entries', fileName: 'march (copy).csv' },
      first(),
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ noOp: true, import: { id: firstId, fileName: 'march.csv' } });
    expect(await invested(acme)).toBe(40000);
  });

  it('commits nothing when one row is bad, and reports that row with its line and reason', async () => {
    const file = csv([
      ['Email', 'Account', 'Date', 'Hours'],
      [ada.email, 'Acme', '2025-04-01', '3'],
      [ada.email, 'Acme', '2025-04-02', 'three'],
      [ada.email, 'Initech', '2025-04-03', '1'],
      [ada.email, 'Acme', '2025-04-31', '1'],
    ]);
    const res = await importFile(finance.client, { kind: 'time_entries', fileName: 'april.csv' }, file);
    expect(res.status).toBe(422);
    expect(res.body.error).toEqual({
      code: 'rule_broken',
      message: '3 rows have errors; nothing was imported',
    });
    expect(res.body.import).toMatchObject({ status: 'failed', rowCount: 4, writtenCount: 0, errorCount: 3 });
    expect(res.body.import.errors).toEqual([
      { line: 3, field: 'hours', reason: "'three' is not a number of hours (e.g. 1.5 or 1:30)" },
      { line: 4, field: 'account', reason: "Account 'Initech' not found or not yours" },
      { line: 5, field: 'date', reason: "'2025-04-31' is not a calendar date" },
    ]);
    // Line 2 was fine, yet nothing of the file was written.
    expect(await invested(acme)).toBe(40000);
    const history = await finance.client.get('/api/v1/imports?status=failed');
    expect(history.body.items.map((i: { fileName: string }) => i.fileName)).toEqual(['april.csv']);
  });

  it('undoes exactly one import: the second stays, figures as worked out by hand', async () => {
    const second = await importFile(
      finance.client,
      { kind: 'time_entries', fileName: 'march-late.csv' },
      csv([
        ['Email', 'Account', 'Date', 'Hours'],
        [ada.email, 'Acme', '2025-03-20', '1'],
      ]),
    );
    expect(second.status).toBe(201);
    // Acme: 400.00 + 1 h × 100.00 = 500.00.
    expect(await invested(acme)).toBe(50000);

    const undo = await finance.client.post(`/api/v1/imports/${firstId}/undo`, { version: 1 });
    expect(undo.status).toBe(200);
    expect(undo.body).toMatchObject({ status: 'undone', undoneBy: { userId: finance.userId }, version: 2 });
    // Only the second import's hour is left on Acme; Globex had only the first import's 8 hours.
    expect(await invested(acme)).toBe(10000);
    expect(await invested(globex)).toBe(0);
    expect(await checkRollup(w.database.db)).toEqual([]);

    expect((await finance.client.post(`/api/v1/imports/${firstId}/undo`, { version: 2 })).status).toBe(409);
    expect(
      (await finance.client.post(`/api/v1/imports/${second.body.import.id}/undo`, { version: 7 })).status,
    ).toBe(409);
  });

  it('imports an undone file again as a new import', async () => {
    const res = await importFile(finance.client, { kind: 'time_entries', fileName: 'march.csv' }, first());
    expect(res.status).toBe(201);
    expect(res.body.import.id).not.toBe(firstId);
    expect(await invested(acme)).toBe(50000);
    expect(await checkRollup(w.database.db)).toEqual([]);
  });

  it('keeps the history, newest first, with who imported and who undid', async () => {
    const res = await finance.client.get('/api/v1/imports?pageSize=10');
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(4);
    expect(
      res.body.items.map((i: { fileName: string; status: string; createdBy: { name: string } }) => [
        i.fileName,
        i.status,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['march.csv', 'committed'],
        ['march-late.csv', 'committed'],
        ['april.csv', 'failed'],
        ['march.csv', 'undone'],
      ]),
    );
  });

  it("writes the account's history: one row per import and per undo, not one per entry", async () => {
    const audit = await director.client.get(`/api/v1/accounts/${acme}/history?pageSize=50`);
    const rows = audit.body.items.filter((e: { entityType: string }) => e.entityType === 'import');
    // Oldest first: march.csv imported (2 entries, 4 h), march-late.csv (1 h), march.csv undone, imported again.
    expect(
      rows
        .reverse()
        .map((e: { action: string; changes: Record<string, { before: unknown; after: unknown }> }) => [
          e.action,
          e.changes.entries,
          e.changes.hours,
        ]),
    ).toEqual([
      ['imported', { before: null, after: 2 }, { before: null, after: '4' }],
      ['imported', { before: null, after: 1 }, { before: null, after: '1' }],
      ['undone', { before: 2, after: null }, { before: '4', after: null }],
      ['imported', { before: null, after: 2 }, { before: null, after: '4' }],
    ]);
  });
});

describe('references checked set-based, the entries having no foreign keys', () => {
  it('reports each staged row whose account or person is gone by the time the rows are checked', async () => {
    // The rows were read against the names that existed then; an account or person removed before the
    // check (a people import undone meanwhile) must still stop the import, row by row.
    const gone = randomUUID();
    const importId = randomUUID();
    const errors = new RowErrors();
    await w.database.db
      .transaction(async (tx) => {
        const loader = insertLoader(tx, await timeEntries.stageInto!(tx, importId));
        loader.add(2, [acme, ada.personId, '2025-03-03', '1', null, null, null]);
        loader.add(3, [acme, gone, '2025-03-03', '1', null, null, null]);
        loader.add(4, [gone, bob.personId, '2025-03-04', '2', null, null, null]);
        await loader.finish();
        await timeEntries.check({
          tx,
          importId,
          actor: { userId: finance.userId } as never,
          fileName: 'gone.csv',
          errors,
          accountId: null,
          now: new Date('2026-06-15T10:00:00Z'),
        });
        tx.rollback();
      })
      .catch(() => undefined);
    expect(errors.sorted()).toEqual([
      { line: 3, field: 'person', reason: 'The person was removed while the file was being imported' },
      { line: 4, field: 'account', reason: 'The account was removed while the file was being imported' },
    ]);
  });
  it('locks the accounts and people the reading found, and reports a row whose person went since', async () => {
    // Zed is found while the rows are read (prepare's lookups), then removed before the check.
    const errors = new RowErrors();
    const importId = randomUUID();
    const actor = { userId: finance.userId, personId: finance.personId, role: 'finance' } as never;
    await w.database.db
      .transaction(async (tx) => {
        const [zed] = (
          (await tx.execute(
            sql`insert into people (name, email) values ('Zed Zero', 'zed@example.com') returning id`,
          )) as unknown as { rows: { id: string }[] }
        ).rows;
        const check = await timeEntries.prepare(tx, actor, {
          dateOrder: 'dmy',
          preset: null,
          today: '2026-06-15',
          accountId: null,
        });
        const loader = insertLoader(tx, await timeEntries.stageInto!(tx, importId));
        const rows = [
          { person: ada.email, account: 'Acme', date: '2025-03-03', hours: '1' },
          { person: 'zed@example.com', account: 'Acme', date: '2025-03-04', hours: '2' },
        ];
        for (const [i, row] of rows.entries()) {
          const checked = check(row, false);
          if (!checked.ok) throw new Error(checked.reason);
          loader.add(i + 2, checked.staged);
        }
        await loader.finish();
        await tx.execute(sql`delete from people where id = ${zed!.id}`);
        await timeEntries.check({
          tx,
          importId,
          actor,
          fileName: 'zed.csv',
          errors,
          accountId: null,
          now: new Date('2026-06-15T10:00:00Z'),
        });
        tx.rollback();
      })
      .catch((err) => {
        if (!String(err).includes('Rollback')) throw err;
      });
    expect(errors.sorted()).toEqual([
      { line: 3, field: 'person', reason: 'The person was removed while the file was being imported' },
    ]);
  });
});

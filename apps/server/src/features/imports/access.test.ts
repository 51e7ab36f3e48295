import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestUser, type TestWorld, testWorld } from '../../test/harness';
import { makeAccount } from '../economics/fixtures';
import { csv, importFile, previewFile } from './fixtures';

// Alice manages "Hand"; Carol is an engineer on it (not its lead); "Other" is no one's of theirs.
let w: TestWorld;
let director: TestUser;
let finance: TestUser;
let viewer: TestUser;
let alice: TestUser;
let carol: TestUser;
let financeImport: string;
let hand: string;

beforeAll(async () => {
  w = await testWorld({ clock: () => new Date('2026-06-15T10:00:00Z') });
  director = await w.user('director');
  finance = await w.user('finance');
  viewer = await w.user('viewer');
  alice = await w.user('account_manager', { name: 'Alice' });
  carol = await w.user('member', { name: 'Carol' });
  hand = await makeAccount(w, director, 'Hand', { managerPersonId: alice.personId });
  await makeAccount(w, director, 'Other');
  await director.client.post(`/api/v1/accounts/${hand}/team`, {
    personId: carol.personId,
    role: 'engineer',
    from: '2025-01-01',
  });
});
afterAll(() => w.close());

const hours = (account: string, date = '2025-03-03') =>
  csv([
    ['Person', 'Account', 'Date', 'Hours'],
    ['Carol', account, date, '1'],
  ]);

describe('the API description', () => {
  it("lists the import routes, with the commit's query parameters and file types", async () => {
    const res = await w.anonymous.get('/api/openapi.json');
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/imports',
        '/api/v1/imports/kinds',
        '/api/v1/imports/preview',
        '/api/v1/imports/{id}',
        '/api/v1/imports/{id}/undo',
      ]),
    );
    const commit = res.body.paths['/api/v1/imports'].post;
    expect(commit.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['kind', 'fileName', 'preset', 'mapping', 'dayFirst', 'sha256']),
    );
    expect(Object.keys(commit.responses)).toEqual(expect.arrayContaining(['200', '201', '422']));
  });
});

describe('who may import what', () => {
  it('asks a sign-in first', async () => {
    const res = await w.anonymous.get('/api/v1/imports/kinds');
    expect(res.status).toBe(401);
  });

  it('lists the kinds with what each role may import', async () => {
    const allowed = async (u: TestUser) =>
      Object.fromEntries(
        (await u.client.get('/api/v1/imports/kinds')).body.items.map(
          (k: { kind: string; allowed: boolean }) => [k.kind, k.allowed],
        ),
      );
    expect(await allowed(finance)).toEqual({
      time_entries: true,
      monthly_returns: true,
      exchange_rates: true,
      cost_rates: true,
      people: false,
      contacts: false,
    });
    expect(await allowed(alice)).toEqual({
      time_entries: true,
      monthly_returns: false,
      exchange_rates: false,
      cost_rates: false,
      people: false,
      contacts: true,
    });
    expect(await allowed(viewer)).toEqual({
      time_entries: false,
      monthly_returns: false,
      exchange_rates: false,
      cost_rates: false,
      people: false,
      contacts: false,
    });
  });

  it('refuses a kind the role cannot import, before reading the file', async () => {
    expect(
      (await importFile(viewer.client, { kind: 'time_entries', fileName: 'a.csv' }, hours('Hand'))).status,
    ).toBe(403);
    expect((await previewFile(viewer.client, { kind: 'time_entries' }, hours('Hand'))).status).toBe(403);
    const books = csv([
      ['Account', 'Month', 'Revenue', 'Currency'],
      ['Hand', '2025-03', '10', 'USD'],
    ]);
    const res = await importFile(alice.client, { kind: 'monthly_returns', fileName: 'b.csv' }, books);
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe('Your role cannot import monthly revenue and delivery cost');
  });

  it("lets an account manager import their account's hours, never another's, and says not found or not yours", async () => {
    const own = await importFile(alice.client, { kind: 'time_entries', fileName: 'hand.csv' }, hours('Hand'));
    expect(own.status).toBe(201);
    // Carol's role on Hand's team that day is filled in, as an entry typed on the account page would be.
    const entries = await alice.client.get(`/api/v1/accounts/${hand}/investments`);
    expect(
      entries.body.items.map((i: { personName: string; role: string }) => [i.personName, i.role]),
    ).toEqual([['Carol', 'engineer']]);
    const other = await importFile(
      alice.client,
      { kind: 'time_entries', fileName: 'other.csv' },
      hours('Other'),
    );
    expect(other.status).toBe(422);
    expect(other.body.import.errors).toEqual([
      { line: 2, field: 'account', reason: "Account 'Other' not found or not yours" },
    ]);
    const missing = await importFile(
      alice.client,
      { kind: 'time_entries', fileName: 'x.csv' },
      hours('Nowhere'),
    );
    expect(missing.body.import.errors[0].reason).toBe("Account 'Nowhere' not found or not yours");
  });

  it('treats an account a member sees but does not lead like one they do not see', async () => {
    const res = await importFile(
      carol.client,
      { kind: 'time_entries', fileName: 'mine.csv' },
      hours('Hand', '2025-03-04'),
    );
    expect(res.status).toBe(422);
    expect(res.body.import.errors[0]).toEqual({
      line: 2,
      field: 'account',
      reason: "Account 'Hand' not found or not yours",
    });
  });
});

describe('who sees and undoes whose imports', () => {
  beforeAll(async () => {
    const res = await importFile(
      finance.client,
      { kind: 'time_entries', fileName: 'finance.csv' },
      hours('Other'),
    );
    expect(res.status).toBe(201);
    financeImport = res.body.import.id;
  });

  it('shows finance every import, an account manager only their own', async () => {
    const all = await finance.client.get('/api/v1/imports?status=committed');
    expect(all.body.items.map((i: { fileName: string }) => i.fileName).sort()).toEqual([
      'finance.csv',
      'hand.csv',
    ]);
    const own = await alice.client.get('/api/v1/imports?status=committed');
    expect(own.body.items.map((i: { fileName: string }) => i.fileName)).toEqual(['hand.csv']);
    expect((await alice.client.get(`/api/v1/imports/${financeImport}`)).status).toBe(404);
    expect((await alice.client.post(`/api/v1/imports/${financeImport}/undo`, { version: 1 })).status).toBe(
      404,
    );
  });

  it('lets a director undo anyone’s import', async () => {
    const res = await director.client.post(`/api/v1/imports/${financeImport}/undo`, { version: 1 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'undone', createdBy: { userId: finance.userId } });
  });
});

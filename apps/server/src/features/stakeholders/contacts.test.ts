import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestUser, type TestWorld, testWorld } from '../../test/harness';

const today = '2026-06-15';
let w: TestWorld;
let director: TestUser;
let am: TestUser;
let accountId: string;
let otherAccountId: string;

beforeAll(async () => {
  w = await testWorld({ clock: () => new Date(`${today}T10:00:00Z`) });
  director = await w.user('director');
  am = await w.user('account_manager', { name: 'Alice Manager' });
  const account = (name: string) =>
    director.client.post('/api/v1/accounts', { name, objective: 'growth', managerPersonId: am.personId });
  accountId = (await account('Globex')).body.id;
  otherAccountId = (await account('Initech')).body.id;
});
afterAll(() => w.close());

const add = (body: Record<string, unknown>, on = accountId) =>
  am.client.post(`/api/v1/accounts/${on}/contacts`, body);

describe('contacts', () => {
  it('creates a contact with defaults, reads it back with its quadrant, and audits it on the account', async () => {
    const res = await add({
      name: ' Maria Schmidt ',
      title: 'CIO',
      email: ' Maria@Globex.example ',
      level: 'executive',
      decisionRole: 'decision_maker',
      influence: 5,
      interest: 4,
      interests: ['A platform the business can build on'],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Maria Schmidt',
      email: 'maria@globex.example',
      attitude: 'neutral',
      status: 'active',
      quadrant: 'manage_closely',
      latestReading: null,
      version: 1,
    });
    const got = await am.client.get(`/api/v1/contacts/${res.body.id}`);
    expect(got.body).toMatchObject({ name: 'Maria Schmidt', owners: [], reportsToName: null });
    const history = await am.client.get(`/api/v1/accounts/${accountId}/history`);
    expect(history.body.items[0]).toMatchObject({
      entityType: 'contact',
      action: 'created',
      entityId: res.body.id,
    });
  });

  it('refuses bad input field by field and changes nothing', async () => {
    const res = await add({
      name: '',
      influence: 6,
      interest: 0,
      email: 'nope',
      decisionRole: 'king',
      interests: [''],
    });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual([
      'decisionRole',
      'email',
      'influence',
      'interest',
      'interests.0',
      'name',
    ]);
    const list = await am.client.get(`/api/v1/accounts/${accountId}/contacts?q=nope`);
    expect(list.body.total).toBe(0);
  });

  it('edits with the version read: a stale version answers 409 and changes nothing', async () => {
    const c = (await add({ name: 'Tom Field', title: 'Buyer' })).body;
    const ok = await am.client.patch(`/api/v1/contacts/${c.id}`, {
      version: 1,
      title: 'Head of Purchasing',
      influence: 4,
    });
    expect(ok.body).toMatchObject({
      title: 'Head of Purchasing',
      influence: 4,
      quadrant: 'keep_satisfied',
      version: 2,
    });
    const stale = await am.client.patch(`/api/v1/contacts/${c.id}`, { version: 1, title: 'Clerk' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');
    expect((await am.client.get(`/api/v1/contacts/${c.id}`)).body.title).toBe('Head of Purchasing');
  });

  it('builds the org chart by reports-to and refuses a loop with 422 on reportsToId', async () => {
    const ceo = (await add({ name: 'Chief Exec' })).body;
    const cto = (await add({ name: 'Chief Tech', reportsToId: ceo.id })).body;
    const lead = (await add({ name: 'Team Lead', reportsToId: cto.id })).body;
    expect((await am.client.get(`/api/v1/contacts/${lead.id}`)).body.reportsToName).toBe('Chief Tech');
    const loop = await am.client.patch(`/api/v1/contacts/${ceo.id}`, { version: 1, reportsToId: lead.id });
    expect(loop.status).toBe(422);
    expect(loop.body.error.fields.reportsToId).toMatch(/reports/);
    const self = await am.client.patch(`/api/v1/contacts/${cto.id}`, { version: 1, reportsToId: cto.id });
    expect(self.status).toBe(422);
    const move = await am.client.patch(`/api/v1/contacts/${lead.id}`, { version: 1, reportsToId: ceo.id });
    expect(move.body.reportsToId).toBe(ceo.id);
  });

  it('refuses a reports-to from another account, on create and on edit', async () => {
    const foreign = (await add({ name: 'Outsider' }, otherAccountId)).body;
    const created = await add({ name: 'Insider', reportsToId: foreign.id });
    expect(created.status).toBe(422);
    expect(created.body.error.fields.reportsToId).toBe('Choose a contact of this account');
    const mine = (await add({ name: 'Insider' })).body;
    const edited = await am.client.patch(`/api/v1/contacts/${mine.id}`, {
      version: 1,
      reportsToId: foreign.id,
    });
    expect(edited.status).toBe(422);
  });

  it('marks a contact who left; they stay listable with status=left and keep their readings', async () => {
    const c = (await add({ name: 'Gone Soon', decisionRole: 'user' })).body;
    await am.client.post(`/api/v1/contacts/${c.id}/readings`, {
      takenOn: '2026-06-01',
      score: 8,
      source: 'meeting',
    });
    const future = await am.client.post(`/api/v1/contacts/${c.id}/left`, {
      version: 1,
      leftOn: '2026-07-01',
    });
    expect(future.status).toBe(422);
    const left = await am.client.post(`/api/v1/contacts/${c.id}/left`, { version: 1, leftOn: '2026-06-10' });
    expect(left.body).toMatchObject({ status: 'left', leftOn: '2026-06-10', version: 2 });
    const active = await am.client.get(`/api/v1/accounts/${accountId}/contacts?q=Gone`);
    expect(active.body.total).toBe(0);
    const gone = await am.client.get(`/api/v1/accounts/${accountId}/contacts?q=Gone&status=left`);
    expect(gone.body.items[0]).toMatchObject({
      name: 'Gone Soon',
      latestReading: { score: 8, source: 'meeting' },
    });
    expect((await am.client.get(`/api/v1/contacts/${c.id}/readings`)).body.items).toHaveLength(1);
  });

  it('lists with filters, search in interests, sort and paging', async () => {
    const id = (await director.client.post('/api/v1/accounts', { name: 'Listing', objective: 'image' })).body
      .id;
    const mk = (name: string, more: Record<string, unknown> = {}) =>
      director.client.post(`/api/v1/accounts/${id}/contacts`, { name, ...more });
    await mk('Anna', { level: 'executive', decisionRole: 'economic_buyer', influence: 5 });
    await mk('Boris', { level: 'middle', decisionRole: 'user', interests: ['Faster releases'] });
    await mk('Clara', { level: 'middle', decisionRole: 'user', influence: 2 });
    const q = (s: string) => director.client.get(`/api/v1/accounts/${id}/contacts?${s}`);
    const names = (r: { body: { items: { name: string }[] } }) => r.body.items.map((c) => c.name);
    expect(names(await q('level=middle'))).toEqual(['Boris', 'Clara']);
    expect(names(await q('decisionRole=economic_buyer'))).toEqual(['Anna']);
    expect(names(await q('q=releases'))).toEqual(['Boris']);
    expect(names(await q('sort=-influence'))).toEqual(['Anna', 'Boris', 'Clara']);
    const page2 = await q('pageSize=2&page=2');
    expect([page2.body.total, names(page2)]).toEqual([3, ['Clara']]);
    expect((await q('pageSize=2&page=3')).body).toMatchObject({ total: 3, items: [] });
    expect((await q('sort=email')).status).toBe(400);
  });
});

describe('owners and readings', () => {
  it('adds, edits and removes our people on a relationship; an owner id of another contact is not found', async () => {
    const c = (await add({ name: 'Owned One' })).body;
    const other = (await add({ name: 'Owned Two' })).body;
    const owner = await am.client.post(`/api/v1/contacts/${c.id}/owners`, {
      personId: am.personId,
      depthNow: 'credible_source',
      depthTarget: 'trusted_advisor',
      lastTouchOn: '2026-06-01',
    });
    expect(owner.status).toBe(201);
    expect(owner.body).toMatchObject({
      personName: 'Alice Manager',
      depthNow: 'credible_source',
      version: 1,
    });
    const twice = await am.client.post(`/api/v1/contacts/${c.id}/owners`, { personId: am.personId });
    expect(twice.status).toBe(409);
    const elsewhere = await am.client.patch(`/api/v1/contacts/${other.id}/owners/${owner.body.id}`, {
      version: 1,
      depthNow: 'vendor',
    });
    expect(elsewhere.status).toBe(404);
    const deeper = await am.client.patch(`/api/v1/contacts/${c.id}/owners/${owner.body.id}`, {
      version: 1,
      depthNow: 'problem_solver',
    });
    expect(deeper.body).toMatchObject({ depthNow: 'problem_solver', version: 2 });
    const stale = await am.client.patch(`/api/v1/contacts/${c.id}/owners/${owner.body.id}`, { version: 1 });
    expect(stale.status).toBe(409);
    expect((await am.client.delete(`/api/v1/contacts/${other.id}/owners/${owner.body.id}`)).status).toBe(404);
    expect((await am.client.delete(`/api/v1/contacts/${c.id}/owners/${owner.body.id}`)).status).toBe(200);
    expect((await am.client.get(`/api/v1/contacts/${c.id}`)).body.owners).toEqual([]);
  });

  it('records readings from meetings and estimates, newest first; pulse readings only come from pulses', async () => {
    const c = (await add({ name: 'Read Me' })).body;
    const post = (body: Record<string, unknown>) => am.client.post(`/api/v1/contacts/${c.id}/readings`, body);
    expect((await post({ takenOn: '2026-05-01', score: 6, source: 'manager_estimate' })).status).toBe(201);
    expect(
      (await post({ takenOn: '2026-06-01', score: 9, source: 'meeting', comment: 'Happy' })).status,
    ).toBe(201);
    const bad = await post({ takenOn: '2026-06-31', score: 11, source: 'pulse' });
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['score', 'source', 'takenOn']);
    const list = await am.client.get(`/api/v1/contacts/${c.id}/readings`);
    expect(list.body.items.map((r: { score: number }) => r.score)).toEqual([9, 6]);
    expect(list.body.items[0]).toMatchObject({ comment: 'Happy', recordedByName: 'Alice Manager' });
  });
});

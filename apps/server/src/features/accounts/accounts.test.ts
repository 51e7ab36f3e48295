import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestUser, type TestWorld, testWorld } from '../../test/harness';

let w: TestWorld;
let director: TestUser;

beforeAll(async () => {
  w = await testWorld();
  director = await w.user('director');
});
afterAll(() => w.close());

const newAccount = (over: Record<string, unknown> = {}) => ({
  name: 'Acme Logistics',
  industry: 'Logistics',
  country: 'de',
  website: 'https://acme.example',
  sizeBand: 'large',
  startedOn: '2024-03-01',
  objective: 'growth',
  tags: ['eu', 'eu', 'logistics'],
  ...over,
});

describe('creating and reading accounts', () => {
  it('creates an account in phase 1, regular tier, with normalised fields and an audit row', async () => {
    const res = await director.client.post('/api/v1/accounts', newAccount());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Acme Logistics',
      country: 'DE',
      tier: 'regular',
      phase: 'meeting_expectations',
      status: 'active',
      tags: ['eu', 'logistics'],
      version: 1,
      archivedAt: null,
    });
    const history = await director.client.get(`/api/v1/accounts/${res.body.id}/history`);
    expect(history.status).toBe(200);
    expect(history.body.total).toBe(1);
    expect(history.body.items[0]).toMatchObject({ action: 'created', actorName: 'director 1' });
    expect(history.body.items[0].changes.name).toEqual({ before: null, after: 'Acme Logistics' });
  });

  it('refuses bad input field by field and writes nothing', async () => {
    const before = await director.client.get('/api/v1/accounts?archived=all');
    const res = await director.client.post(
      '/api/v1/accounts',
      newAccount({
        name: '  ',
        objective: 'profit',
        country: 'Germany',
        website: 'acme',
        startedOn: '2024-02-30',
      }),
    );
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(Object.keys(res.body.error.fields).sort()).toEqual([
      'country',
      'name',
      'objective',
      'startedOn',
      'website',
    ]);
    const after = await director.client.get('/api/v1/accounts?archived=all');
    expect(after.body.total).toBe(before.body.total);
  });

  it('refuses a manager who does not exist with a field error', async () => {
    const res = await director.client.post(
      '/api/v1/accounts',
      newAccount({ managerPersonId: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toEqual({ managerPersonId: 'No such person' });
  });

  it('answers 401 to an anonymous caller and 404 for an unknown id', async () => {
    expect((await w.anonymous.get('/api/v1/accounts')).status).toBe(401);
    const missing = await director.client.get('/api/v1/accounts/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
    expect((await director.client.get('/api/v1/accounts/not-a-uuid')).status).toBe(400);
  });
});

describe('editing with versions', () => {
  it('applies an edit with the current version, refuses the stale one with 409 and changes nothing', async () => {
    const created = (await director.client.post('/api/v1/accounts', newAccount({ name: 'Stale Co' }))).body;
    const first = await director.client.patch(`/api/v1/accounts/${created.id}`, {
      version: 1,
      industry: 'Retail',
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ industry: 'Retail', version: 2 });

    const stale = await director.client.patch(`/api/v1/accounts/${created.id}`, {
      version: 1,
      industry: 'Banking',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');
    const now = await director.client.get(`/api/v1/accounts/${created.id}`);
    expect(now.body).toMatchObject({ industry: 'Retail', version: 2 });

    const history = await director.client.get(`/api/v1/accounts/${created.id}/history`);
    expect(history.body.items.map((e: { action: string }) => e.action)).toEqual(['updated', 'created']);
    expect(history.body.items[0].changes).toEqual({ industry: { before: 'Logistics', after: 'Retail' } });
  });

  it('an edit that changes nothing keeps the version and writes no audit row', async () => {
    const created = (await director.client.post('/api/v1/accounts', newAccount({ name: 'Same Co' }))).body;
    const res = await director.client.patch(`/api/v1/accounts/${created.id}`, {
      version: 1,
      name: 'Same Co',
    });
    expect(res.body.version).toBe(1);
    expect((await director.client.get(`/api/v1/accounts/${created.id}/history`)).body.total).toBe(1);
  });

  it('tier and phase change only by a decision with a reason, kept in history', async () => {
    const created = (await director.client.post('/api/v1/accounts', newAccount({ name: 'Key Co' }))).body;
    const noReason = await director.client.post(`/api/v1/accounts/${created.id}/tier`, {
      version: 1,
      tier: 'key',
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields.reason).toBeDefined();

    const decided = await director.client.post(`/api/v1/accounts/${created.id}/tier`, {
      version: 1,
      tier: 'key',
      reason: 'Returned 1.5 on every 1 invested',
    });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ tier: 'key', version: 2 });
    const again = await director.client.post(`/api/v1/accounts/${created.id}/tier`, {
      version: 2,
      tier: 'key',
      reason: 'again',
    });
    expect(again.status).toBe(422);

    const phase = await director.client.post(`/api/v1/accounts/${created.id}/phase`, {
      version: 2,
      phase: 'forming_expectations',
      reason: 'Cement is in place: 8 of 10 contacts satisfied',
    });
    expect(phase.body).toMatchObject({ phase: 'forming_expectations', version: 3 });
    const decisions = await director.client.get(`/api/v1/accounts/${created.id}/decisions`);
    expect(
      decisions.body.items.map((d: { kind: string; from: string; to: string }) => [d.kind, d.from, d.to]),
    ).toEqual([
      ['phase', 'meeting_expectations', 'forming_expectations'],
      ['tier', 'regular', 'key'],
    ]);
  });

  it('archives and restores instead of deleting; archived accounts leave the default list', async () => {
    const created = (await director.client.post('/api/v1/accounts', newAccount({ name: 'Archive Me Ltd' })))
      .body;
    const archived = await director.client.post(`/api/v1/accounts/${created.id}/archive`, { version: 1 });
    expect(archived.status).toBe(200);
    expect(archived.body.archivedAt).not.toBeNull();
    const list = await director.client.get('/api/v1/accounts?q=Archive%20Me');
    expect(list.body.total).toBe(0);
    const listArchived = await director.client.get('/api/v1/accounts?q=Archive%20Me&archived=true');
    expect(listArchived.body.total).toBe(1);
    const restored = await director.client.post(`/api/v1/accounts/${created.id}/restore`, { version: 2 });
    expect(restored.body).toMatchObject({ archivedAt: null, version: 3 });
  });
});

describe('listing', () => {
  it('filters, searches, sorts and pages on the server', async () => {
    const mk = (name: string, objective: string) =>
      director.client.post('/api/v1/accounts', newAccount({ name, objective }));
    await mk('Zeta Pharma', 'image');
    await mk('Yotta Bank', 'preservation');
    await mk('Xeno Image', 'image');
    const images = await director.client.get('/api/v1/accounts?objective=image&sort=-name&pageSize=1&page=2');
    expect(images.body).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(images.body.items.map((a: { name: string }) => a.name)).toEqual(['Xeno Image']);
    const pastTheEnd = await director.client.get('/api/v1/accounts?objective=image&pageSize=1&page=9');
    expect(pastTheEnd.body).toMatchObject({ items: [], total: 2, page: 9 });
    const search = await director.client.get('/api/v1/accounts?q=yotta');
    expect(search.body.items.map((a: { name: string }) => a.name)).toEqual(['Yotta Bank']);
    const byTag = await director.client.get('/api/v1/accounts?q=EU&objective=image');
    expect(byTag.body.items.map((a: { name: string }) => a.name)).toEqual(['Xeno Image', 'Zeta Pharma']);
    const wildcard = await director.client.get('/api/v1/accounts?q=%25');
    expect(wildcard.body.total).toBe(0);
    const badSort = await director.client.get('/api/v1/accounts?sort=password');
    expect(badSort.status).toBe(400);
    expect(badSort.body.error.fields.sort).toBeDefined();
  });
});

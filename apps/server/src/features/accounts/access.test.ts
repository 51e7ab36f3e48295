import type { UserRole } from '@vested/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestUser, type TestWorld, testWorld } from '../../test/harness';

/**
 * The access table of the foundation issue, through HTTP: every role × own / foreign account ×
 * read / write. "Own" means on the account's team (for AMs: its manager). A foreign account the role
 * may not see answers 404, never 403, so its existence does not leak.
 */
let w: TestWorld;
const who: Record<string, TestUser> = {};
let ownId: string;
let foreignId: string;

beforeAll(async () => {
  w = await testWorld();
  for (const role of ['admin', 'director', 'finance', 'viewer', 'account_manager', 'member'] as UserRole[]) {
    who[role] = await w.user(role);
  }
  const director = who.director!.client;
  const own = await director.post('/api/v1/accounts', {
    name: 'Own Account',
    objective: 'growth',
    managerPersonId: who.account_manager!.personId,
  });
  ownId = own.body.id;
  await director.post(`/api/v1/accounts/${ownId}/team`, {
    personId: who.member!.personId,
    role: 'technical_lead',
    from: '2020-01-01',
  });
  foreignId = (await director.post('/api/v1/accounts', { name: 'Foreign Account', objective: 'image' })).body
    .id;
});
afterAll(() => w.close());

type Row = { role: string; own: 'read' | 'write' | 'all'; foreign: 'none' | 'read' | 'all' };
const table: Row[] = [
  { role: 'admin', own: 'all', foreign: 'all' },
  { role: 'director', own: 'all', foreign: 'all' },
  { role: 'finance', own: 'read', foreign: 'read' },
  { role: 'viewer', own: 'read', foreign: 'read' },
  { role: 'account_manager', own: 'write', foreign: 'none' },
  { role: 'member', own: 'read', foreign: 'none' },
];

async function version(id: string) {
  return (await who.admin!.client.get(`/api/v1/accounts/${id}`)).body.version as number;
}

describe.each(table)('$role', ({ role, own, foreign }) => {
  const cases = [
    ['own', () => ownId, own],
    ['foreign', () => foreignId, foreign],
  ] as const;

  for (const [relation, id, level] of cases) {
    const reads = level !== 'none';
    it(`${reads ? 'reads' : 'cannot see'} a ${relation} account (page, team, history, decisions, list)`, async () => {
      const c = who[role]!.client;
      const expected = reads ? 200 : 404;
      for (const path of ['', '/team', '/history', '/decisions']) {
        const res = await c.get(`/api/v1/accounts/${id()}${path}`);
        expect(res.status, `GET ${path || '/'}`).toBe(expected);
        if (!reads) expect(res.body.error.code).toBe('not_found');
      }
      const list = await c.get('/api/v1/accounts?pageSize=200');
      expect(list.body.items.some((a: { id: string }) => a.id === id())).toBe(reads);
    });

    const edits = level === 'write' || level === 'all';
    it(`${edits ? 'edits' : 'cannot edit'} a ${relation} account and its team`, async () => {
      const c = who[role]!.client;
      const notAllowed = reads ? 403 : 404;
      const patch = await c.patch(`/api/v1/accounts/${id()}`, {
        version: await version(id()),
        industry: `by ${role}`,
      });
      expect(patch.status).toBe(edits ? 200 : notAllowed);
      const team = await c.post(`/api/v1/accounts/${id()}/team`, {
        personId: who.viewer!.personId,
        role: 'marketing',
        from: '2026-01-01',
        to: '2026-01-31',
      });
      expect(team.status).toBe(edits ? 201 : notAllowed);
      if (team.status === 201)
        expect((await c.delete(`/api/v1/accounts/${id()}/team/${team.body.id}`)).status).toBe(200);
    });

    const decides = level === 'all';
    it(`${decides ? 'decides' : 'cannot decide'} tier and archive of a ${relation} account`, async () => {
      const c = who[role]!.client;
      const notAllowed = reads ? 403 : 404;
      const v = await version(id());
      const current = (await who.admin!.client.get(`/api/v1/accounts/${id()}`)).body.tier;
      const tier = await c.post(`/api/v1/accounts/${id()}/tier`, {
        version: v,
        tier: current === 'key' ? 'regular' : 'key',
        reason: `decided by ${role}`,
      });
      expect(tier.status).toBe(decides ? 200 : notAllowed);
      const archive = await c.post(`/api/v1/accounts/${id()}/archive`, { version: await version(id()) });
      expect(archive.status).toBe(decides ? 200 : notAllowed);
      if (archive.status === 200) {
        expect(
          (await c.post(`/api/v1/accounts/${id()}/restore`, { version: await version(id()) })).status,
        ).toBe(200);
      }
    });
  }

  it(`${['admin', 'director', 'account_manager'].includes(role) ? 'may' : 'may not'} create accounts`, async () => {
    const res = await who[role]!.client.post('/api/v1/accounts', {
      name: `New by ${role}`,
      objective: 'growth',
    });
    const allowed = ['admin', 'director', 'account_manager'].includes(role);
    expect(res.status).toBe(allowed ? 201 : 403);
    // An account manager who creates an account manages it, and so sees it.
    if (role === 'account_manager') expect(res.body.managerPersonId).toBe(who.account_manager!.personId);
  });
});

describe('an account manager without a person record', () => {
  it('cannot create an account it could then not see, and is told why', async () => {
    const orphan = await w.user('account_manager', { withPerson: false });
    const res = await orphan.client.post('/api/v1/accounts', {
      name: 'Nobody Manages Me',
      objective: 'growth',
    });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toMatch(/not linked to a person/);
    const all = await who.director!.client.get('/api/v1/accounts?q=Nobody%20Manages');
    expect(all.body.total).toBe(0);
  });
});

describe('who may change the account manager', () => {
  it('the account manager may edit the account but not hand it to someone else', async () => {
    const am = who.account_manager!.client;
    const res = await am.patch(`/api/v1/accounts/${ownId}`, {
      version: await version(ownId),
      managerPersonId: who.member!.personId,
    });
    expect(res.status).toBe(403);
    expect((await am.get(`/api/v1/accounts/${ownId}`)).body.managerPersonId).toBe(
      who.account_manager!.personId,
    );
  });

  it('the account page tells each role what it may do', async () => {
    const perms = async (role: string) =>
      (await who[role]!.client.get(`/api/v1/accounts/${ownId}`)).body.permissions;
    expect(await perms('director')).toEqual({
      update: true,
      changePhase: true,
      manageTeam: true,
      decideTier: true,
      assignManager: true,
      archive: true,
    });
    expect(await perms('account_manager')).toEqual({
      update: true,
      changePhase: true,
      manageTeam: true,
      decideTier: false,
      assignManager: false,
      archive: false,
    });
    expect(await perms('member')).toEqual({
      update: false,
      changePhase: false,
      manageTeam: false,
      decideTier: false,
      assignManager: false,
      archive: false,
    });
  });
});

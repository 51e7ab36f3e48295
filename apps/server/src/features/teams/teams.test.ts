import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestUser, type TestWorld, testWorld } from '../../test/harness';

// The clock is fixed so that "current" membership and hand-over dates are known by hand.
const today = '2026-06-15';
let w: TestWorld;
let director: TestUser;
let alice: TestUser; // first account manager
let bob: TestUser; // second account manager
let carol: TestUser; // engineer

beforeAll(async () => {
  w = await testWorld({ clock: () => new Date(`${today}T10:00:00Z`) });
  director = await w.user('director');
  alice = await w.user('account_manager', { name: 'Alice' });
  bob = await w.user('account_manager', { name: 'Bob' });
  carol = await w.user('member', { name: 'Carol' });
});
afterAll(() => w.close());

async function account(name: string, startedOn = '2025-01-10') {
  const res = await director.client.post('/api/v1/accounts', {
    name,
    objective: 'growth',
    startedOn,
    managerPersonId: alice.personId,
  });
  return res.body.id as string;
}

describe('the account team', () => {
  it('names the account manager a team member from the start date', async () => {
    const id = await account('Team One');
    const team = await director.client.get(`/api/v1/accounts/${id}/team`);
    expect(team.body.items).toEqual([
      expect.objectContaining({
        personName: 'Alice',
        role: 'account_manager',
        from: '2025-01-10',
        to: null,
        current: true,
      }),
    ]);
  });

  it('adds, ends and lists members, current first; ended members lose access', async () => {
    const id = await account('Team Two');
    const added = await director.client.post(`/api/v1/accounts/${id}/team`, {
      personId: carol.personId,
      role: 'technical_lead',
      from: '2026-02-01',
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ personName: 'Carol', current: true, version: 1 });
    expect((await carol.client.get(`/api/v1/accounts/${id}`)).status).toBe(200);

    const ended = await director.client.patch(`/api/v1/accounts/${id}/team/${added.body.id}`, {
      version: 1,
      to: '2026-06-14',
    });
    expect(ended.body).toMatchObject({ to: '2026-06-14', current: false, version: 2 });
    expect((await carol.client.get(`/api/v1/accounts/${id}`)).status).toBe(404);

    const stale = await director.client.patch(`/api/v1/accounts/${id}/team/${added.body.id}`, {
      version: 1,
      to: null,
    });
    expect(stale.status).toBe(409);

    const team = await director.client.get(`/api/v1/accounts/${id}/team`);
    expect(
      team.body.items.map((m: { personName: string; current: boolean }) => [m.personName, m.current]),
    ).toEqual([
      ['Alice', true],
      ['Carol', false],
    ]);
  });

  it('refuses overlapping membership in the same role, bad dates, and the AM role', async () => {
    const id = await account('Team Three');
    const body = { personId: carol.personId, role: 'engineer', from: '2026-01-01', to: '2026-03-31' };
    expect((await director.client.post(`/api/v1/accounts/${id}/team`, body)).status).toBe(201);
    const overlap = await director.client.post(`/api/v1/accounts/${id}/team`, {
      ...body,
      from: '2026-03-01',
      to: null,
    });
    expect(overlap.status).toBe(409);
    expect(overlap.body.error.fields.personId).toBeDefined();
    const after = await director.client.post(`/api/v1/accounts/${id}/team`, {
      ...body,
      from: '2026-04-01',
      to: null,
    });
    expect(after.status).toBe(201);

    const backwards = await director.client.post(`/api/v1/accounts/${id}/team`, {
      personId: bob.personId,
      role: 'sales',
      from: '2026-05-01',
      to: '2026-04-01',
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.fields.to).toBe('The end date is before the start date');

    const am = await director.client.post(`/api/v1/accounts/${id}/team`, {
      personId: bob.personId,
      role: 'account_manager',
      from: '2026-05-01',
    });
    expect(am.status).toBe(422);
    expect(am.body.error.fields.role).toBeDefined();
  });

  it('hands the account over to a new manager: old membership ends yesterday, the new one starts today', async () => {
    const id = await account('Hand Over');
    const res = await director.client.patch(`/api/v1/accounts/${id}`, {
      version: 1,
      managerPersonId: bob.personId,
    });
    expect(res.status).toBe(200);
    expect(res.body.managerName).toBe('Bob');
    const team = (await director.client.get(`/api/v1/accounts/${id}/team`)).body.items;
    const ams = team
      .filter((m: { role: string }) => m.role === 'account_manager')
      .map((m: { personName: string; from: string; to: string | null }) => [m.personName, m.from, m.to]);
    expect(ams).toEqual([
      ['Bob', '2026-06-15', null],
      ['Alice', '2025-01-10', '2026-06-14'],
    ]);
    // Alice no longer sees the account; Bob does and may edit it.
    expect((await alice.client.get(`/api/v1/accounts/${id}`)).status).toBe(404);
    expect((await bob.client.get(`/api/v1/accounts/${id}`)).body.permissions.update).toBe(true);
  });

  it('keeps removal for mistakes: the current account manager cannot be removed, and each change is audited', async () => {
    const id = await account('Audit Team');
    const team = (await director.client.get(`/api/v1/accounts/${id}/team`)).body.items;
    const refuse = await director.client.delete(`/api/v1/accounts/${id}/team/${team[0].id}`);
    expect(refuse.status).toBe(422);

    const added = await director.client.post(`/api/v1/accounts/${id}/team`, {
      personId: carol.personId,
      role: 'marketing',
      from: '2026-06-01',
    });
    expect((await director.client.delete(`/api/v1/accounts/${id}/team/${added.body.id}`)).status).toBe(200);
    const history = await director.client.get(`/api/v1/accounts/${id}/history`);
    expect(
      history.body.items.map((e: { entityType: string; action: string }) => [e.entityType, e.action]),
    ).toEqual([
      ['account_team_member', 'removed'],
      ['account_team_member', 'added'],
      ['account', 'created'],
    ]);
    expect(history.body.items[1].changes.role).toEqual({ before: null, after: 'marketing' });
    expect(history.body.items[1].changes.person).toEqual({ before: null, after: 'Carol' });
  });

  it('a member of the team cannot change the team', async () => {
    const id = await account('Member Only');
    await director.client.post(`/api/v1/accounts/${id}/team`, {
      personId: carol.personId,
      role: 'engineer',
      from: '2026-01-01',
    });
    const res = await carol.client.post(`/api/v1/accounts/${id}/team`, {
      personId: bob.personId,
      role: 'sales',
      from: '2026-06-01',
    });
    expect(res.status).toBe(403);
  });
});

import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountTeamMembers, auditLog } from '../../db/schema';
import { type TestUser, type TestWorld, testWorld } from '../../test/harness';

// The clock is fixed so hand-over dates are known by hand: the old AM ends on 2026-06-14, the new one
// starts on 2026-06-15.
const today = '2026-06-15';
let w: TestWorld;
let director: TestUser;
let alice: TestUser; // the account manager
let bob: TestUser; // who should take over
let carol: TestUser; // a member of the team

beforeAll(async () => {
  w = await testWorld({ clock: () => new Date(`${today}T10:00:00Z`) });
  director = await w.user('director', { name: 'Dana Director' });
  alice = await w.user('account_manager', { name: 'Alice' });
  bob = await w.user('account_manager', { name: 'Bob' });
  carol = await w.user('member', { name: 'Carol' });
  // Setting up takes several requests; on a machine shared by many test runs that can pass a minute.
}, 180_000);
afterAll(() => w.close());

async function account(name: string) {
  const res = await director.client.post('/api/v1/accounts', {
    name,
    objective: 'growth',
    startedOn: '2025-01-10',
    managerPersonId: alice.personId,
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
}
const managers = async (id: string) =>
  (await director.client.get(`/api/v1/accounts/${id}/team/overview`)).body.managerHistory.map(
    (m: { name: string; from: string; to: string | null }) => [m.name, m.from, m.to],
  );

describe('the account-manager procedure', () => {
  it('request → approve → hand-over: the old AM ends yesterday, the new one starts today', async () => {
    const id = await account('Procedure Approve');
    const asked = await alice.client.post(`/api/v1/accounts/${id}/manager-requests`, {
      personId: bob.personId,
      note: 'Bob knows their logistics business',
    });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({
      accountName: 'Procedure Approve',
      personName: 'Bob',
      previousPersonName: 'Alice',
      status: 'pending',
      requestedByName: 'Alice',
      note: 'Bob knows their logistics business',
      version: 1,
    });
    // Nothing changes until a director decides.
    expect(await managers(id)).toEqual([['Alice', '2025-01-10', null]]);
    const inbox = await director.client.get('/api/v1/manager-requests?status=pending');
    expect(inbox.body.items.map((r: { id: string }) => r.id)).toContain(asked.body.id);

    const approved = await director.client.post(`/api/v1/manager-requests/${asked.body.id}/decision`, {
      version: 1,
      decision: 'approve',
      reason: 'Agreed with the client',
    });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      status: 'approved',
      decidedByName: 'Dana Director',
      decisionReason: 'Agreed with the client',
      version: 2,
    });
    expect(await managers(id)).toEqual([
      ['Bob', '2026-06-15', null],
      ['Alice', '2025-01-10', '2026-06-14'],
    ]);
    const page = await director.client.get(`/api/v1/accounts/${id}`);
    expect(page.body).toMatchObject({ managerPersonId: bob.personId, managerName: 'Bob', version: 2 });
    // Alice no longer sees the account; Bob leads it.
    expect((await alice.client.get(`/api/v1/accounts/${id}`)).status).toBe(404);
    expect((await bob.client.get(`/api/v1/accounts/${id}`)).body.permissions.manageTeam).toBe(true);

    // Kept and audited: the request, the decision with its reason, and the account's change.
    const audit = await w.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.accountId, id)))
      .orderBy(asc(auditLog.id));
    expect(audit.map((a) => [a.entityType, a.action])).toEqual([
      ['account', 'created'],
      ['manager_request', 'requested'],
      ['account', 'updated'],
      ['manager_request', 'approved'],
    ]);
    expect(audit[1]!.actorUserId).toBe(alice.userId);
    expect(audit[2]!.changes).toEqual({ managerPersonId: { before: alice.personId, after: bob.personId } });
    expect(audit[3]!.actorUserId).toBe(director.userId);
    expect(audit[3]!.changes).toMatchObject({ reason: { before: null, after: 'Agreed with the client' } });
    const history = await director.client.get(`/api/v1/accounts/${id}/manager-requests`);
    expect(history.body.items).toHaveLength(1);
    expect(history.body.items[0]).toMatchObject({
      status: 'approved',
      decisionReason: 'Agreed with the client',
    });
  });

  it('request → reject with a reason: nothing else changes', async () => {
    const id = await account('Procedure Reject');
    const asked = await director.client.post(`/api/v1/accounts/${id}/manager-requests`, {
      personId: bob.personId,
    });
    expect(asked.status).toBe(201);
    const noReason = await director.client.post(`/api/v1/manager-requests/${asked.body.id}/decision`, {
      version: 1,
      decision: 'reject',
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields).toEqual({ reason: 'Give the reason for the rejection' });

    const rejected = await director.client.post(`/api/v1/manager-requests/${asked.body.id}/decision`, {
      version: 1,
      decision: 'reject',
      reason: 'Bob is already over capacity this quarter',
    });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({
      status: 'rejected',
      decisionReason: 'Bob is already over capacity this quarter',
    });
    expect(await managers(id)).toEqual([['Alice', '2025-01-10', null]]);
    expect((await director.client.get(`/api/v1/accounts/${id}`)).body).toMatchObject({
      managerName: 'Alice',
      version: 1,
    });
    // Decided once: a second decision is a conflict, a stale version too.
    const again = await director.client.post(`/api/v1/manager-requests/${asked.body.id}/decision`, {
      version: 2,
      decision: 'approve',
    });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe('This request was already rejected');
    const stale = await director.client.post(`/api/v1/manager-requests/${asked.body.id}/decision`, {
      version: 1,
      decision: 'approve',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');
  });

  it('only the account manager or a director asks; only a director decides', async () => {
    const id = await account('Procedure Access');
    await director.client.post(`/api/v1/accounts/${id}/team`, {
      personId: carol.personId,
      role: 'engineer',
      from: '2026-01-01',
    });
    const byMember = await carol.client.post(`/api/v1/accounts/${id}/manager-requests`, {
      personId: carol.personId,
    });
    expect(byMember.status).toBe(403);
    const byOutsider = await bob.client.post(`/api/v1/accounts/${id}/manager-requests`, {
      personId: bob.personId,
    });
    expect(byOutsider.status).toBe(404);

    const asked = await alice.client.post(`/api/v1/accounts/${id}/manager-requests`, {
      personId: bob.personId,
    });
    const selfApproval = await alice.client.post(`/api/v1/manager-requests/${asked.body.id}/decision`, {
      version: 1,
      decision: 'approve',
    });
    expect(selfApproval.status).toBe(403);
    expect(selfApproval.body.error.message).toBe('Only a director approves or rejects a new account manager');
    // One request waits at a time.
    const second = await alice.client.post(`/api/v1/accounts/${id}/manager-requests`, {
      personId: carol.personId,
    });
    expect(second.status).toBe(409);
    expect(second.body.error.fields).toEqual({ personId: 'A request is already waiting' });
    // Whoever asked may withdraw it; then a new one may be made.
    const withdrawn = await alice.client.post(`/api/v1/manager-requests/${asked.body.id}/withdraw`, {
      version: 1,
    });
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', version: 2 });
    const third = await alice.client.post(`/api/v1/accounts/${id}/manager-requests`, {
      personId: carol.personId,
    });
    expect(third.status).toBe(201);
  });

  it('refuses to ask for the current manager, an unknown person, or a body without a person', async () => {
    const id = await account('Procedure Validation');
    const same = await alice.client.post(`/api/v1/accounts/${id}/manager-requests`, {
      personId: alice.personId,
    });
    expect(same.status).toBe(422);
    expect(same.body.error.fields).toEqual({ personId: 'Already the account manager' });
    const unknown = await alice.client.post(`/api/v1/accounts/${id}/manager-requests`, {
      personId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.status).toBe(422);
    const empty = await alice.client.post(`/api/v1/accounts/${id}/manager-requests`, {});
    expect(empty.status).toBe(400);
    expect(Object.keys(empty.body.error.fields)).toEqual(['personId']);
    expect((await director.client.get(`/api/v1/accounts/${id}/manager-requests`)).body.items).toEqual([]);
  });
  it('a director who sets the manager on the account directly leaves the same record', async () => {
    const id = await account('Procedure Direct');
    const waiting = await alice.client.post(`/api/v1/accounts/${id}/manager-requests`, {
      personId: carol.personId,
    });
    const direct = await director.client.patch(`/api/v1/accounts/${id}`, {
      version: 1,
      managerPersonId: bob.personId,
    });
    expect(direct.status).toBe(200);
    const history = (await director.client.get(`/api/v1/accounts/${id}/manager-requests`)).body.items;
    expect(
      history.map((r: { personName: string; status: string; decisionReason: string | null }) => [
        r.personName,
        r.status,
        r.decisionReason,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['Bob', 'approved', null],
        ['Carol', 'withdrawn', 'Superseded: a director assigned the account manager directly'],
      ]),
    );
    expect(history.find((r: { id: string }) => r.id === waiting.body.id).status).toBe('withdrawn');
    // The account's history names the people it changed by name, not only by id.
    const audit = (await director.client.get(`/api/v1/accounts/${id}/history`)).body.items;
    const change = audit.find(
      (e: { entityType: string; changes: object }) =>
        e.entityType === 'account' && 'managerPersonId' in e.changes,
    );
    expect(change.changes.managerPersonId).toEqual({ before: alice.personId, after: bob.personId });
    expect(change.names).toEqual({ [alice.personId!]: 'Alice', [bob.personId!]: 'Bob' });
    expect(await managers(id)).toEqual([
      ['Bob', '2026-06-15', null],
      ['Alice', '2025-01-10', '2026-06-14'],
    ]);
  });
});

describe('one account manager at a time, with history', () => {
  it('refuses a second account manager for the same days with a clear message', async () => {
    const id = await account('Single AM');
    const clash = await director.client.post(`/api/v1/accounts/${id}/team`, {
      personId: bob.personId,
      role: 'account_manager',
      from: '2025-06-01',
      to: '2025-12-31',
    });
    expect(clash.status).toBe(409);
    expect(clash.body.error.message).toBe(
      'An account has one account manager at a time: Alice holds the role from 2025-01-10 with no end date. End that period first, or ask for a hand-over.',
    );
    expect(clash.body.error.fields.from).toBeDefined();

    // A past period nobody held is history that may be recorded, by a director.
    const earlier = { personId: bob.personId, role: 'account_manager', from: '2024-01-01', to: '2025-01-09' };
    expect((await alice.client.post(`/api/v1/accounts/${id}/team`, earlier)).status).toBe(403);
    const recorded = await director.client.post(`/api/v1/accounts/${id}/team`, earlier);
    expect(recorded.status).toBe(201);
    // Stretching that period into Alice's is the same clash.
    const stretch = await director.client.patch(`/api/v1/accounts/${id}/team/${recorded.body.id}`, {
      version: 1,
      to: '2025-02-01',
    });
    expect(stretch.status).toBe(409);
    expect(stretch.body.error.message).toContain('Alice holds the role from 2025-01-10');
    // The current AM is not ended here: that is a hand-over.
    const [current] = (await managers(id)) as [string, string, string | null][];
    expect(current).toEqual(['Alice', '2025-01-10', null]);
    const aliceRow = (await director.client.get(`/api/v1/accounts/${id}/team`)).body.items.find(
      (m: { personName: string }) => m.personName === 'Alice',
    );
    const end = await director.client.patch(`/api/v1/accounts/${id}/team/${aliceRow.id}`, {
      version: aliceRow.version,
      to: '2026-06-01',
    });
    expect(end.status).toBe(422);
    expect(await managers(id)).toEqual([
      ['Alice', '2025-01-10', null],
      ['Bob', '2024-01-01', '2025-01-09'],
    ]);
    // The AM's hours are theirs to set like anyone's.
    const hours = await alice.client.patch(`/api/v1/accounts/${id}/team/${aliceRow.id}`, {
      version: aliceRow.version,
      hoursPerMonth: 16,
    });
    expect(hours.status).toBe(200);
    expect(hours.body).toMatchObject({ hoursPerMonth: 16, version: aliceRow.version + 1 });
  });

  it('a director assigning directly is held to the same rule as an approved request', async () => {
    const id = await account('AM Direct Overlap');
    // A hand-over already planned for a later day (the API records none; an older import might have).
    await w.database.db.insert(accountTeamMembers).values({
      accountId: id,
      personId: carol.personId!,
      role: 'account_manager',
      fromDate: '2026-07-01',
    });
    const res = await director.client.patch(`/api/v1/accounts/${id}`, {
      version: 1,
      managerPersonId: bob.personId,
    });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toBe(
      'An account has one account manager at a time: Carol holds the role from 2026-07-01 with no end date. End that period first, or ask for a hand-over.',
    );
    // Nothing changed: Alice still manages it, and the account kept its version.
    expect(await managers(id)).toEqual([
      ['Carol', '2026-07-01', null],
      ['Alice', '2025-01-10', null],
    ]);
    expect((await director.client.get(`/api/v1/accounts/${id}`)).body).toMatchObject({
      managerPersonId: alice.personId,
      version: 1,
    });
  });

  it('a current or future period as account manager goes through the procedure', async () => {
    const id = await account('AM Future');
    const res = await director.client.post(`/api/v1/accounts/${id}/team`, {
      personId: bob.personId,
      role: 'account_manager',
      from: '2027-01-01',
    });
    expect(res.status).toBe(422);
    expect(res.body.error.fields.role).toBe(
      'The account manager changes through a request a director approves; here a director may only record a past period',
    );
  });
});

import type { UserRole } from '@vested/domain';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import { type TestUser, type TestWorld, testWorld } from '../../test/harness';

// Departments used in this file: 'Delivery' (every harness user's person), 'Zeta Research', 'Omega Sales'.
let w: TestWorld;
let director: TestUser;
let admin: TestUser;

beforeAll(async () => {
  w = await testWorld();
  director = await w.user('director');
  admin = await w.user('admin');
});
afterAll(() => w.close());

const MISSING = '00000000-0000-4000-8000-000000000000';
const names = (items: { name: string }[]) => items.map((p) => p.name);

async function createPerson(body: Record<string, unknown>, by: TestUser = director) {
  const res = await by.client.post('/api/v1/people', body);
  expect(res.status).toBe(201);
  return res.body as { id: string; name: string; version: number };
}

describe('who may read and change people', () => {
  const readers: UserRole[] = ['admin', 'director', 'account_manager', 'member', 'finance', 'viewer'];

  it.each(readers)('%s lists people, reads a person and the departments', async (role) => {
    const u = await w.user(role);
    const subject = await createPerson({ name: `Readable by ${role}`, department: 'Delivery' });

    const list = await u.client.get(`/api/v1/people?q=${encodeURIComponent(`Readable by ${role}`)}`);
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(1);
    expect(list.body.items[0]).toMatchObject({ id: subject.id, name: `Readable by ${role}` });

    const one = await u.client.get(`/api/v1/people/${subject.id}`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ id: subject.id, department: 'Delivery', accounts: [], reports: [] });

    expect((await u.client.get('/api/v1/people/departments')).status).toBe(200);
  });

  it('answers 401 to an anonymous caller and 404 for an unknown person', async () => {
    expect((await w.anonymous.get('/api/v1/people')).status).toBe(401);
    const missing = await director.client.get(`/api/v1/people/${MISSING}`);
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
  });

  it('admin and director create and edit people', async () => {
    const byAdmin = await createPerson({ name: 'Made By Admin' }, admin);
    const byDirector = await createPerson({ name: 'Made By Director' }, director);
    const edit = await admin.client.patch(`/api/v1/people/${byDirector.id}`, { version: 1, title: 'CTO' });
    expect(edit.status).toBe(200);
    expect(edit.body).toMatchObject({ title: 'CTO', version: 2 });
    const edit2 = await director.client.patch(`/api/v1/people/${byAdmin.id}`, { version: 1, title: 'CFO' });
    expect(edit2.status).toBe(200);
    expect(edit2.body).toMatchObject({ title: 'CFO', version: 2 });
  });

  it.each(['account_manager', 'member', 'finance', 'viewer'] as UserRole[])(
    '%s may not create or edit people (403) and nothing changes',
    async (role) => {
      const u = await w.user(role);
      const target = await createPerson({ name: `Untouchable for ${role}`, title: 'Engineer' });

      const create = await u.client.post('/api/v1/people', { name: `Created by ${role}` });
      expect(create.status).toBe(403);
      expect(create.body.error.code).toBe('forbidden');
      const edit = await u.client.patch(`/api/v1/people/${target.id}`, { version: 1, title: 'Boss' });
      expect(edit.status).toBe(403);
      // Not even their own person record.
      const own = await u.client.patch(`/api/v1/people/${u.personId}`, { version: 1, title: 'Boss' });
      expect(own.status).toBe(403);

      const search = await director.client.get(
        `/api/v1/people?q=${encodeURIComponent(`Created by ${role}`)}`,
      );
      expect(search.body.total).toBe(0);
      const after = await director.client.get(`/api/v1/people/${target.id}`);
      expect(after.body).toMatchObject({ title: 'Engineer', version: 1 });
      expect((await director.client.get(`/api/v1/people/${u.personId}`)).body).toMatchObject({
        title: null,
        version: 1,
      });
    },
  );
});

describe('creating and editing', () => {
  it('creates a person with normalised fields and an audit row', async () => {
    const res = await director.client.post('/api/v1/people', {
      name: '  Mira Holt ',
      email: 'Mira.Holt@Example.com',
      department: '  ',
      title: ' Head of Delivery ',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Mira Holt',
      email: 'mira.holt@example.com',
      department: null,
      title: 'Head of Delivery',
      lineManagerPersonId: null,
      lineManagerName: null,
      active: true,
      userId: null,
      version: 1,
    });
    const audit = await w.database.db.select().from(auditLog).where(eq(auditLog.entityId, res.body.id));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'created', entityType: 'person', actorUserId: director.userId });
    expect(audit[0]!.changes).toMatchObject({
      name: { before: null, after: 'Mira Holt' },
      email: { before: null, after: 'mira.holt@example.com' },
      title: { before: null, after: 'Head of Delivery' },
    });
  });

  it('refuses an empty name and a bad email field by field and writes nothing', async () => {
    const before = (await director.client.get('/api/v1/people?active=all')).body.total;
    const res = await director.client.post('/api/v1/people', { name: '   ', email: 'not-an-email' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['email', 'name']);
    expect((await director.client.get('/api/v1/people?active=all')).body.total).toBe(before);
  });

  it('refuses a duplicate email whatever its case with 409, on create and on edit', async () => {
    await createPerson({ name: 'Original Owner', email: 'owner@dup.example' });
    const before = (await director.client.get('/api/v1/people?active=all')).body.total;
    const dup = await director.client.post('/api/v1/people', { name: 'Copy', email: 'OWNER@dup.example' });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('conflict');
    expect(Object.keys(dup.body.error.fields)).toEqual(['email']);
    expect((await director.client.get('/api/v1/people?active=all')).body.total).toBe(before);

    const other = await createPerson({ name: 'Other Person', email: 'other@dup.example' });
    const edit = await director.client.patch(`/api/v1/people/${other.id}`, {
      version: 1,
      email: 'Owner@Dup.Example',
    });
    expect(edit.status).toBe(409);
    expect(Object.keys(edit.body.error.fields)).toEqual(['email']);
    expect((await director.client.get(`/api/v1/people/${other.id}`)).body).toMatchObject({
      email: 'other@dup.example',
      version: 1,
    });
  });

  it('applies an edit with the current version, refuses a stale one with 409 and changes nothing', async () => {
    const p = await createPerson({ name: 'Versioned Vera', title: 'Analyst' });
    const first = await director.client.patch(`/api/v1/people/${p.id}`, {
      version: 1,
      title: 'Lead Analyst',
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ title: 'Lead Analyst', version: 2 });

    const stale = await director.client.patch(`/api/v1/people/${p.id}`, { version: 1, title: 'Intern' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');
    expect((await director.client.get(`/api/v1/people/${p.id}`)).body).toMatchObject({
      title: 'Lead Analyst',
      version: 2,
    });

    const audit = await w.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, p.id))
      .orderBy(asc(auditLog.id));
    expect(audit.map((a) => a.action)).toEqual(['created', 'updated']);
    expect(audit[1]!.changes).toEqual({ title: { before: 'Analyst', after: 'Lead Analyst' } });
  });

  it('an edit that changes nothing keeps the version', async () => {
    const p = await createPerson({ name: 'Steady Sam', title: 'Engineer' });
    const res = await director.client.patch(`/api/v1/people/${p.id}`, { version: 1, title: 'Engineer' });
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(1);
  });
});

describe('line managers', () => {
  it('refuses a loop through the chain and a person managing themselves, with 422 on lineManagerPersonId', async () => {
    const a = await createPerson({ name: 'Loop Anna' });
    const b = await createPerson({ name: 'Loop Bruno', lineManagerPersonId: a.id });
    const c = await createPerson({ name: 'Loop Carla', lineManagerPersonId: b.id });
    expect((await director.client.get(`/api/v1/people/${c.id}`)).body).toMatchObject({
      lineManagerPersonId: b.id,
      lineManagerName: 'Loop Bruno',
    });

    const loop = await director.client.patch(`/api/v1/people/${a.id}`, {
      version: 1,
      lineManagerPersonId: c.id,
    });
    expect(loop.status).toBe(422);
    expect(loop.body.error.code).toBe('rule_broken');
    expect(Object.keys(loop.body.error.fields)).toEqual(['lineManagerPersonId']);
    const direct = await director.client.patch(`/api/v1/people/${a.id}`, {
      version: 1,
      lineManagerPersonId: b.id,
    });
    expect(direct.status).toBe(422);
    expect((await director.client.get(`/api/v1/people/${a.id}`)).body).toMatchObject({
      lineManagerPersonId: null,
      version: 1,
    });

    const self = await director.client.patch(`/api/v1/people/${b.id}`, {
      version: 1,
      lineManagerPersonId: b.id,
    });
    expect(self.status).toBe(422);
    expect(Object.keys(self.body.error.fields)).toEqual(['lineManagerPersonId']);
    expect((await director.client.get(`/api/v1/people/${b.id}`)).body).toMatchObject({
      lineManagerPersonId: a.id,
      version: 1,
    });

    // Moving Carla up to report to Anna directly is no loop.
    const move = await director.client.patch(`/api/v1/people/${c.id}`, {
      version: 1,
      lineManagerPersonId: a.id,
    });
    expect(move.status).toBe(200);
    expect(move.body).toMatchObject({ lineManagerPersonId: a.id, lineManagerName: 'Loop Anna', version: 2 });
  });

  it('refuses a line manager who does not exist', async () => {
    const res = await director.client.post('/api/v1/people', {
      name: 'Orphan',
      lineManagerPersonId: MISSING,
    });
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toEqual({ lineManagerPersonId: 'No such person' });
  });

  it('the person page lists their direct reports by name', async () => {
    const boss = await createPerson({ name: 'Report Boss' });
    await createPerson({ name: 'Zed Report', lineManagerPersonId: boss.id });
    const mid = await createPerson({ name: 'Amy Report', lineManagerPersonId: boss.id });
    await createPerson({ name: 'Indirect Report', lineManagerPersonId: mid.id });

    const page = await director.client.get(`/api/v1/people/${boss.id}`);
    expect(names(page.body.reports)).toEqual(['Amy Report', 'Zed Report']);
    const filter = await director.client.get(`/api/v1/people?lineManagerPersonId=${boss.id}&sort=-name`);
    expect(filter.body.total).toBe(2);
    expect(names(filter.body.items)).toEqual(['Zed Report', 'Amy Report']);
  });
});

describe('listing', () => {
  it('searches, filters by department and activity, sorts and pages on the server', async () => {
    const alpha = await createPerson({
      name: 'Quill Alpha',
      email: 'alpha.q@zeta.example',
      department: 'Zeta Research',
      title: 'Analyst',
    });
    await createPerson({ name: 'Quill Beta', department: 'Zeta Research', title: 'Gadgeteer' });
    await createPerson({ name: 'Quill Gamma', department: 'Zeta Research', active: false });
    await createPerson({ name: 'Quill Delta', department: 'Omega Sales' });
    await createPerson({ name: 'Quill Epsilon', department: 'Zeta Research' });

    // Active people of Zeta Research: Alpha, Beta, Epsilon.
    const zeta = await director.client.get('/api/v1/people?department=Zeta%20Research');
    expect(zeta.body.total).toBe(3);
    expect(names(zeta.body.items)).toEqual(['Quill Alpha', 'Quill Beta', 'Quill Epsilon']);

    const all = await director.client.get('/api/v1/people?department=Zeta%20Research&active=all');
    expect(all.body.total).toBe(4);
    const inactive = await director.client.get('/api/v1/people?department=Zeta%20Research&active=false');
    expect(names(inactive.body.items)).toEqual(['Quill Gamma']);

    // Sorted by name descending: Epsilon, Beta, Alpha; page 2 of size 2 holds Alpha alone.
    const paged = await director.client.get(
      '/api/v1/people?department=Zeta%20Research&sort=-name&pageSize=2&page=2',
    );
    expect(paged.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(names(paged.body.items)).toEqual(['Quill Alpha']);

    // Search matches name, email and title, case-insensitively; active only by default.
    const quill = await director.client.get('/api/v1/people?q=QUILL');
    expect(quill.body.total).toBe(4);
    expect(names(quill.body.items)).toEqual(['Quill Alpha', 'Quill Beta', 'Quill Delta', 'Quill Epsilon']);
    const byEmail = await director.client.get('/api/v1/people?q=alpha.q%40zeta');
    expect(byEmail.body.items.map((p: { id: string }) => p.id)).toEqual([alpha.id]);
    const byTitle = await director.client.get('/api/v1/people?q=gadget');
    expect(names(byTitle.body.items)).toEqual(['Quill Beta']);
    const bySortedDepartment = await director.client.get('/api/v1/people?q=quill&sort=department');
    expect(names(bySortedDepartment.body.items)[0]).toBe('Quill Delta');

    // % and _ are literal characters, not wildcards.
    expect((await director.client.get('/api/v1/people?q=%25')).body.total).toBe(0);
    expect((await director.client.get('/api/v1/people?q=Quill_')).body.total).toBe(0);

    const badSort = await director.client.get('/api/v1/people?sort=email');
    expect(badSort.status).toBe(400);
    expect(Object.keys(badSort.body.error.fields)).toEqual(['sort']);
    const badSize = await director.client.get('/api/v1/people?pageSize=201');
    expect(badSize.status).toBe(400);
  });

  it('lists each department once, sorted, without blanks', async () => {
    const res = await director.client.get('/api/v1/people/departments');
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual(['Delivery', 'Omega Sales', 'Zeta Research']);
  });
});

describe('the accounts on a person page follow what the viewer may see', () => {
  const newAccount = (name: string) => ({ name, industry: 'Logistics', country: 'DE', objective: 'growth' });

  it('a member sees only the accounts whose team they are on; a director, finance and viewer see all', async () => {
    const subject = await createPerson({ name: 'Team Player' });
    const one = (await director.client.post('/api/v1/accounts', newAccount('Visible Account'))).body;
    const two = (await director.client.post('/api/v1/accounts', newAccount('Hidden Account'))).body;
    for (const account of [one, two]) {
      const res = await director.client.post(`/api/v1/accounts/${account.id}/team`, {
        personId: subject.id,
        role: 'engineer',
        from: '2020-01-01',
      });
      expect(res.status).toBe(201);
    }
    const member = await w.user('member');
    const onTeam = await director.client.post(`/api/v1/accounts/${one.id}/team`, {
      personId: member.personId,
      role: 'engineer',
      from: '2020-01-01',
    });
    expect(onTeam.status).toBe(201);

    const seenByMember = await member.client.get(`/api/v1/people/${subject.id}`);
    expect(seenByMember.status).toBe(200);
    expect(seenByMember.body.accounts).toEqual([
      {
        accountId: one.id,
        accountName: 'Visible Account',
        role: 'engineer',
        roleName: 'Engineer',
        hoursPerMonth: 0,
        from: '2020-01-01',
        to: null,
        current: true,
        view: 'full',
      },
    ]);

    const outsider = await w.user('member');
    expect((await outsider.client.get(`/api/v1/people/${subject.id}`)).body.accounts).toEqual([]);

    for (const reader of [director, await w.user('finance'), await w.user('viewer')]) {
      const page = await reader.client.get(`/api/v1/people/${subject.id}`);
      const seen = page.body.accounts.map((a: { accountName: string }) => a.accountName).sort();
      expect(seen).toEqual(['Hidden Account', 'Visible Account']);
    }
  });
});

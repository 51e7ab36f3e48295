import type { UserRole } from '@vested/domain';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import { Client, PASSWORD, type TestUser, type TestWorld, testWorld } from '../../test/harness';

let w: TestWorld;
let admin: TestUser;

beforeAll(async () => {
  w = await testWorld();
  admin = await w.user('admin');
});
afterAll(() => w.close());

const MISSING = '00000000-0000-4000-8000-000000000000';

/** The audit rows of one entity, oldest first. */
const auditOf = (entityId: string) =>
  w.database.db.select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(asc(auditLog.id));

const signInStatus = async (email: string, password: string) =>
  (await w.anonymous.post('/api/v1/auth/sign-in', { email, password })).status;

describe('API tokens', () => {
  it('creates a token whose secret is shown once and never listed', async () => {
    const res = await admin.client.post('/api/v1/admin/tokens', { name: '  CRM sync  ' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'CRM sync',
      userId: admin.userId,
      userName: 'admin 1',
      lastUsedAt: null,
      revokedAt: null,
    });
    const { secret, prefix, id } = res.body;
    expect(secret).toMatch(/^vst_/);
    expect(secret.startsWith(`vst_${prefix}_`)).toBe(true);
    expect(prefix).toHaveLength(8);

    const list = await admin.client.get('/api/v1/admin/tokens');
    expect(list.status).toBe(200);
    const listed = list.body.items.find((t: { id: string }) => t.id === id);
    expect(listed).toMatchObject({ name: 'CRM sync', prefix });
    expect(listed).not.toHaveProperty('secret');
    expect(JSON.stringify(list.body)).not.toContain(secret);

    const audit = await auditOf(id);
    expect(audit.map((a) => a.action)).toEqual(['created']);
    expect(audit[0]!.actorUserId).toBe(admin.userId);
    expect(audit[0]!.changes).toEqual({
      name: { before: null, after: 'CRM sync' },
      userId: { before: null, after: admin.userId },
    });
    expect(JSON.stringify(audit[0]!.changes)).not.toContain(secret);
  });

  it('works as a Bearer token without a CSRF header, for reads and writes, and records its use', async () => {
    const created = (await admin.client.post('/api/v1/admin/tokens', { name: 'Integration' })).body;
    const bot = new Client(w.app, { bearer: created.secret });

    const me = await bot.get('/api/v1/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: admin.userId, role: 'admin' });

    const person = await bot.post('/api/v1/people', { name: 'Made By Token' });
    expect(person.status).toBe(201);
    expect(person.body.name).toBe('Made By Token');
    const audit = await auditOf(person.body.id);
    expect(audit[0]!.actorUserId).toBe(admin.userId);

    const list = await admin.client.get('/api/v1/admin/tokens');
    const listed = list.body.items.find((t: { id: string }) => t.id === created.id);
    expect(listed.lastUsedAt).not.toBeNull();
    expect(Number.isNaN(Date.parse(listed.lastUsedAt))).toBe(false);
  });

  it('acts as its user: a member’s token is refused on admin routes', async () => {
    const member = await w.user('member');
    const created = await admin.client.post('/api/v1/admin/tokens', {
      name: 'Member script',
      userId: member.userId,
    });
    expect(created.status).toBe(201);
    expect(created.body.userId).toBe(member.userId);
    expect(created.body.userName).toMatch(/^member \d+$/);
    const bot = new Client(w.app, { bearer: created.body.secret });

    const me = await bot.get('/api/v1/auth/me');
    expect(me.body).toMatchObject({ id: member.userId, role: 'member' });
    const users = await bot.get('/api/v1/admin/users');
    expect(users.status).toBe(403);
    expect(users.body.error.code).toBe('forbidden');
    const token = await bot.post('/api/v1/admin/tokens', { name: 'escalate' });
    expect(token.status).toBe(403);
    const person = await bot.post('/api/v1/people', { name: 'Not Allowed' });
    expect(person.status).toBe(403);
  });

  it('stops working once revoked; revoking twice is refused; an unknown token is 404', async () => {
    const created = (await admin.client.post('/api/v1/admin/tokens', { name: 'Short-lived' })).body;
    const bot = new Client(w.app, { bearer: created.secret });
    expect((await bot.get('/api/v1/auth/me')).status).toBe(200);

    const revoke = await admin.client.post(`/api/v1/admin/tokens/${created.id}/revoke`);
    expect(revoke.status).toBe(200);
    const after = await bot.get('/api/v1/auth/me');
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('unauthenticated');
    expect((await bot.post('/api/v1/people', { name: 'Too Late' })).status).toBe(401);

    const listed = (await admin.client.get('/api/v1/admin/tokens')).body.items.find(
      (t: { id: string }) => t.id === created.id,
    );
    expect(listed.revokedAt).not.toBeNull();

    const twice = await admin.client.post(`/api/v1/admin/tokens/${created.id}/revoke`);
    expect(twice.status).toBe(422);
    expect(twice.body.error.code).toBe('rule_broken');
    expect((await admin.client.post(`/api/v1/admin/tokens/${MISSING}/revoke`)).status).toBe(404);

    expect((await auditOf(created.id)).map((a) => a.action)).toEqual(['created', 'revoked']);
  });

  it('a made-up bearer token is refused with 401', async () => {
    const res = await new Client(w.app, { bearer: 'vst_madeup00_notasecret' }).get('/api/v1/auth/me');
    expect(res.status).toBe(401);
  });

  it('only an admin creates, lists or revokes tokens', async () => {
    const director = await w.user('director');
    const own = (await admin.client.post('/api/v1/admin/tokens', { name: 'Admin-owned' })).body;
    const before = (await admin.client.get('/api/v1/admin/tokens')).body.items.length;

    const create = await director.client.post('/api/v1/admin/tokens', { name: 'Director wants one' });
    expect(create.status).toBe(403);
    expect(create.body.error.code).toBe('forbidden');
    expect((await director.client.get('/api/v1/admin/tokens')).status).toBe(403);
    expect((await director.client.post(`/api/v1/admin/tokens/${own.id}/revoke`)).status).toBe(403);

    const list = (await admin.client.get('/api/v1/admin/tokens')).body.items;
    expect(list.length).toBe(before);
    expect(list.find((t: { id: string }) => t.id === own.id).revokedAt).toBeNull();
  });

  it('refuses a token for an unknown user', async () => {
    const unknown = await admin.client.post('/api/v1/admin/tokens', { name: 'Ghost', userId: MISSING });
    expect(unknown.status).toBe(422);
    expect(Object.keys(unknown.body.error.fields)).toEqual(['userId']);
  });

  it('a deactivated user’s token stops working', async () => {
    const finance = await w.user('finance');
    const secret = (
      await admin.client.post('/api/v1/admin/tokens', { name: 'Report', userId: finance.userId })
    ).body.secret;
    const bot = new Client(w.app, { bearer: secret });
    expect((await bot.get('/api/v1/auth/me')).status).toBe(200);
    const off = await admin.client.patch(`/api/v1/admin/users/${finance.userId}`, {
      version: 1,
      active: false,
    });
    expect(off.status).toBe(200);
    expect((await bot.get('/api/v1/auth/me')).status).toBe(401);
    const again = await admin.client.post('/api/v1/admin/tokens', { name: 'Again', userId: finance.userId });
    expect(again.status).toBe(422);
    expect(again.body.error.fields).toEqual({ userId: 'This user is not active' });
  });
});

describe('who manages users', () => {
  const nonAdmins: UserRole[] = ['director', 'account_manager', 'member', 'finance', 'viewer'];

  it.each(nonAdmins)(
    '%s may not list, create, update or reset users (403) and nothing changes',
    async (role) => {
      const caller = await w.user(role);
      const target = await w.user('viewer');

      const list = await caller.client.get('/api/v1/admin/users');
      expect(list.status).toBe(403);
      expect(list.body.error.code).toBe('forbidden');

      const email = `made-by-${role}@test.example`;
      const create = await caller.client.post('/api/v1/admin/users', {
        email,
        name: 'Sneaky',
        role: 'admin',
        password: 'long-enough-password',
      });
      expect(create.status).toBe(403);
      const update = await caller.client.patch(`/api/v1/admin/users/${target.userId}`, {
        version: 1,
        role: 'admin',
      });
      expect(update.status).toBe(403);
      const own = await caller.client.patch(`/api/v1/admin/users/${caller.userId}`, {
        version: 1,
        role: 'admin',
      });
      expect(own.status).toBe(403);
      const reset = await caller.client.post(`/api/v1/admin/users/${target.userId}/password`, {
        newPassword: 'taken-over-password',
      });
      expect(reset.status).toBe(403);

      const users = (await admin.client.get('/api/v1/admin/users?pageSize=200')).body.items as {
        id: string;
        email: string;
        role: string;
        version: number;
      }[];
      expect(users.find((u) => u.email === email)).toBeUndefined();
      expect(users.find((u) => u.id === target.userId)).toMatchObject({ role: 'viewer', version: 1 });
      expect(users.find((u) => u.id === caller.userId)).toMatchObject({ role, version: 1 });
      expect(await signInStatus(target.email, PASSWORD)).toBe(200);
    },
  );
});

describe('admin users', () => {
  it('creates a user who can sign in, with an audit row that holds no password', async () => {
    const res = await admin.client.post('/api/v1/admin/users', {
      email: 'Nadia.Novak@Test.Example',
      name: ' Nadia Novak ',
      role: 'account_manager',
      password: 'nadia-initial-pw',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      email: 'nadia.novak@test.example',
      name: 'Nadia Novak',
      role: 'account_manager',
      locale: 'en',
      active: true,
      personId: null,
      lastSignInAt: null,
      version: 1,
    });
    expect(res.body).not.toHaveProperty('password');
    expect(res.body).not.toHaveProperty('passwordHash');

    expect(await signInStatus('nadia.novak@test.example', 'nadia-initial-pw')).toBe(200);

    const audit = await auditOf(res.body.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'created', entityType: 'user', actorUserId: admin.userId });
    expect(audit[0]!.changes).toEqual({
      email: { before: null, after: 'nadia.novak@test.example' },
      name: { before: null, after: 'Nadia Novak' },
      role: { before: null, after: 'account_manager' },
      locale: { before: null, after: 'en' },
    });
    expect(JSON.stringify(audit[0]!.changes)).not.toContain('nadia-initial-pw');
  });

  it('links a new user to a person, and refuses a person who already has a user', async () => {
    const person = (await admin.client.post('/api/v1/people', { name: 'Linked Lena' })).body;
    const res = await admin.client.post('/api/v1/admin/users', {
      email: 'lena@test.example',
      name: 'Lena',
      role: 'member',
      personId: person.id,
      password: 'lena-password-1',
    });
    expect(res.status).toBe(201);
    expect(res.body.personId).toBe(person.id);
    expect((await admin.client.get(`/api/v1/people/${person.id}`)).body.userId).toBe(res.body.id);

    const second = await admin.client.post('/api/v1/admin/users', {
      email: 'lena2@test.example',
      name: 'Lena Again',
      role: 'member',
      personId: person.id,
      password: 'lena-password-2',
    });
    expect(second.status).toBe(409);
    expect(Object.keys(second.body.error.fields)).toEqual(['personId']);
  });

  it('refuses a bad email and a short password field by field and creates nothing', async () => {
    const before = (await admin.client.get('/api/v1/admin/users')).body.total;
    const res = await admin.client.post('/api/v1/admin/users', {
      email: 'not-an-email',
      name: 'Bad Input',
      role: 'member',
      password: 'nine-char',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['email', 'password']);
    expect((await admin.client.get('/api/v1/admin/users')).body.total).toBe(before);
  });

  it('refuses a duplicate email whatever its case with 409 on the email field', async () => {
    const existing = await w.user('viewer');
    const before = (await admin.client.get('/api/v1/admin/users')).body.total;
    const res = await admin.client.post('/api/v1/admin/users', {
      email: existing.email.toUpperCase(),
      name: 'Copycat',
      role: 'viewer',
      password: 'copycat-password',
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('conflict');
    expect(Object.keys(res.body.error.fields)).toEqual(['email']);
    expect((await admin.client.get('/api/v1/admin/users')).body.total).toBe(before);
  });

  it('updates with the current version, refuses a stale one with 409 and changes nothing', async () => {
    const created = (
      await admin.client.post('/api/v1/admin/users', {
        email: 'otto@test.example',
        name: 'Otto',
        role: 'member',
        password: 'otto-password-1',
      })
    ).body;
    const first = await admin.client.patch(`/api/v1/admin/users/${created.id}`, {
      version: 1,
      role: 'finance',
      locale: 'ru',
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ role: 'finance', locale: 'ru', name: 'Otto', version: 2 });

    const stale = await admin.client.patch(`/api/v1/admin/users/${created.id}`, {
      version: 1,
      name: 'Otto Stale',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');

    const now = (await admin.client.get('/api/v1/admin/users?q=otto@test')).body;
    expect(now.total).toBe(1);
    expect(now.items[0]).toMatchObject({ name: 'Otto', role: 'finance', locale: 'ru', version: 2 });

    const audit = await auditOf(created.id);
    expect(audit.map((a) => a.action)).toEqual(['created', 'updated']);
    expect(audit[1]!.changes).toEqual({
      role: { before: 'member', after: 'finance' },
      locale: { before: 'en', after: 'ru' },
    });
    expect(audit[1]!.actorUserId).toBe(admin.userId);

    const missing = await admin.client.patch(`/api/v1/admin/users/${MISSING}`, {
      version: 1,
      name: 'Nobody',
    });
    expect(missing.status).toBe(404);
  });

  it('deactivating a user ends their sessions and sign-ins; the audit row holds the change', async () => {
    const leaver = await w.user('account_manager');
    const second = await w.signIn(leaver.email);
    expect((await leaver.client.get('/api/v1/auth/me')).status).toBe(200);

    const res = await admin.client.patch(`/api/v1/admin/users/${leaver.userId}`, {
      version: 1,
      active: false,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ active: false, version: 2 });

    expect((await leaver.client.get('/api/v1/auth/me')).status).toBe(401);
    expect((await second.get('/api/v1/auth/me')).status).toBe(401);
    expect(await signInStatus(leaver.email, PASSWORD)).toBe(401);

    const audit = await auditOf(leaver.userId);
    expect(audit.map((a) => a.action)).toEqual(['updated']);
    expect(audit[0]!.changes).toEqual({ active: { before: true, after: false } });
  });

  it('an admin cannot demote or deactivate themselves (422), but may edit their own name', async () => {
    const self = await w.user('admin', { name: 'Self Admin' });
    const demote = await self.client.patch(`/api/v1/admin/users/${self.userId}`, {
      version: 1,
      role: 'director',
    });
    expect(demote.status).toBe(422);
    expect(demote.body.error.code).toBe('rule_broken');
    const deactivate = await self.client.patch(`/api/v1/admin/users/${self.userId}`, {
      version: 1,
      active: false,
    });
    expect(deactivate.status).toBe(422);

    const me = await self.client.get('/api/v1/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.role).toBe('admin');
    expect(await auditOf(self.userId)).toHaveLength(0);

    const rename = await self.client.patch(`/api/v1/admin/users/${self.userId}`, {
      version: 1,
      name: 'Renamed Admin',
    });
    expect(rename.status).toBe(200);
    expect(rename.body).toMatchObject({ name: 'Renamed Admin', role: 'admin', active: true, version: 2 });

    // Another admin may demote them.
    const byOther = await admin.client.patch(`/api/v1/admin/users/${self.userId}`, {
      version: 2,
      role: 'director',
    });
    expect(byOther.status).toBe(200);
    expect((await self.client.get('/api/v1/auth/me')).body.role).toBe('director');
    expect((await self.client.get('/api/v1/admin/users')).status).toBe(403);
  });

  it('an admin resets a password: the old one fails, the new one works, every session of the user ends', async () => {
    const target = await w.user('member');
    const second = await w.signIn(target.email);

    const short = await admin.client.post(`/api/v1/admin/users/${target.userId}/password`, {
      newPassword: 'too-short',
    });
    expect(short.status).toBe(400);
    expect(Object.keys(short.body.error.fields)).toEqual(['newPassword']);
    expect((await target.client.get('/api/v1/auth/me')).status).toBe(200);

    const res = await admin.client.post(`/api/v1/admin/users/${target.userId}/password`, {
      newPassword: 'reset-by-admin-1',
    });
    expect(res.status).toBe(200);
    expect((await target.client.get('/api/v1/auth/me')).status).toBe(401);
    expect((await second.get('/api/v1/auth/me')).status).toBe(401);
    expect(await signInStatus(target.email, PASSWORD)).toBe(401);
    expect(await signInStatus(target.email, 'reset-by-admin-1')).toBe(200);

    const audit = await auditOf(target.userId);
    expect(audit.map((a) => [a.action, a.actorUserId])).toEqual([['password_reset', admin.userId]]);
    expect(JSON.stringify(audit[0]!.changes)).not.toContain('reset-by-admin-1');

    const missing = await admin.client.post(`/api/v1/admin/users/${MISSING}/password`, {
      newPassword: 'reset-by-admin-1',
    });
    expect(missing.status).toBe(404);
  });

  it('lists users with search, role filter, sort and paging', async () => {
    const mk = (name: string, role: UserRole) =>
      admin.client.post('/api/v1/admin/users', {
        email: `${name.toLowerCase().replace(' ', '.')}@listing.example`,
        name,
        role,
        password: 'listing-password',
      });
    await mk('Lister Anna', 'viewer');
    await mk('Lister Boris', 'finance');
    await mk('Lister Clara', 'viewer');
    await mk('Lister Dmitri', 'viewer');

    const all = await admin.client.get('/api/v1/admin/users?q=lister');
    expect(all.body.total).toBe(4);
    expect(all.body.items.map((u: { name: string }) => u.name)).toEqual([
      'Lister Anna',
      'Lister Boris',
      'Lister Clara',
      'Lister Dmitri',
    ]);
    const byEmail = await admin.client.get('/api/v1/admin/users?q=%40listing.example');
    expect(byEmail.body.total).toBe(4);

    const viewers = await admin.client.get(
      '/api/v1/admin/users?q=lister&role=viewer&sort=-name&pageSize=2&page=2',
    );
    expect(viewers.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(viewers.body.items.map((u: { name: string }) => u.name)).toEqual(['Lister Anna']);

    const badSort = await admin.client.get('/api/v1/admin/users?sort=passwordHash');
    expect(badSort.status).toBe(400);
    expect(Object.keys(badSort.body.error.fields)).toEqual(['sort']);
  });
});

import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { bootstrapAdmin } from '../../bootstrap';
import { auditLog, sessions, users } from '../../db/schema';
import { hashPassword } from '../../http/secrets';
import { Client, PASSWORD, type TestUser, type TestWorld, testDatabase, testWorld } from '../../test/harness';

let w: TestWorld;
let director: TestUser;

beforeAll(async () => {
  w = await testWorld();
  director = await w.user('director');
});
afterAll(() => w.close());

/** Sign in through the route itself, keeping the raw answer (cookies, headers) for the test to inspect. */
async function rawSignIn(email: string, password: string) {
  const res = await w.app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    payload: { email, password },
  });
  const cookie = res.cookies.find((c) => c.name === 'vested_session')?.value;
  return { res, cookie, setCookie: String(res.headers['set-cookie'] ?? '') };
}

const WRONG = 'The email or password is not right';

describe('signing in', () => {
  it('signs in with the right password and sets an HttpOnly, SameSite=Lax session cookie', async () => {
    const { res, cookie, setCookie } = await rawSignIn(director.email, PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
    expect(cookie).toBeTruthy();
    expect(setCookie).toMatch(/^vested_session=/);
    expect(setCookie).toMatch(/;\s*HttpOnly/i);
    expect(setCookie).toMatch(/;\s*SameSite=Lax/i);
    expect(setCookie).toMatch(/;\s*Path=\//i);
    // 14 days = 14 * 86 400 s
    expect(setCookie).toMatch(/;\s*Max-Age=1209600/i);

    const me = await new Client(w.app, { cookie }).get('/api/v1/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.id).toBe(director.userId);
  });

  it('accepts the email in any case', async () => {
    const { res } = await rawSignIn(director.email.toUpperCase(), PASSWORD);
    expect(res.statusCode).toBe(200);
  });

  it('accepts the email with spaces around it, as pasted', async () => {
    const { res } = await rawSignIn(`  ${director.email} `, PASSWORD);
    expect(res.statusCode).toBe(200);
  });

  it('refuses a wrong password and an unknown email with the same 401 and message, and sets no cookie', async () => {
    const wrong = await rawSignIn(director.email, 'not-the-password');
    const unknown = await rawSignIn('nobody@test.example', PASSWORD);
    for (const { res, cookie } of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.json().error).toEqual({ code: 'unauthenticated', message: WRONG });
      expect(cookie).toBeUndefined();
    }
  });

  it('refuses an inactive user, and their existing session stops working', async () => {
    const leaver = await w.user('viewer');
    expect((await leaver.client.get('/api/v1/auth/me')).status).toBe(200);
    await w.database.db.update(users).set({ active: false }).where(eq(users.id, leaver.userId));

    const { res, cookie } = await rawSignIn(leaver.email, PASSWORD);
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toBe(WRONG);
    expect(cookie).toBeUndefined();
    // Deactivated directly in the database (as by another app server): every write is refused at once;
    // reads may ride on this server's few-second session cache (http/session-cache.ts).
    expect((await leaver.client.patch('/api/v1/auth/me', { locale: 'ru' })).status).toBe(401);
  });

  it('answers 401 to a request without a session or with a made-up cookie', async () => {
    expect((await w.anonymous.get('/api/v1/auth/me')).status).toBe(401);
    const forged = await new Client(w.app, { cookie: 'made-up-cookie-value' }).get('/api/v1/auth/me');
    expect(forged.status).toBe(401);
    expect(forged.body.error.code).toBe('unauthenticated');
  });
});

describe('GET /auth/me', () => {
  it('returns the user, their role, what they may do and a CSRF token', async () => {
    const me = await director.client.get('/api/v1/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      id: director.userId,
      email: director.email,
      name: 'director 1',
      role: 'director',
      locale: 'en',
      personId: director.personId,
      can: { createAccount: true, managePeople: true, manageUsers: false },
    });
    expect(typeof me.body.csrfToken).toBe('string');
    expect(me.body.csrfToken.length).toBeGreaterThanOrEqual(24);
  });

  it('reports permissions per role', async () => {
    const expected = {
      admin: { createAccount: true, assignManager: true, managePeople: true, manageUsers: true },
      account_manager: { createAccount: true, assignManager: false, managePeople: false, manageUsers: false },
      member: { createAccount: false, assignManager: false, managePeople: false, manageUsers: false },
      finance: { createAccount: false, assignManager: false, managePeople: false, manageUsers: false },
      viewer: { createAccount: false, assignManager: false, managePeople: false, manageUsers: false },
    } as const;
    for (const [role, can] of Object.entries(expected)) {
      const u = await w.user(role as keyof typeof expected);
      const me = await u.client.get('/api/v1/auth/me');
      expect(me.body.role).toBe(role);
      expect(me.body.can).toEqual(can);
    }
  });

  it('gives each session its own CSRF token', async () => {
    const a = await w.signIn(director.email);
    const b = await w.signIn(director.email);
    const ta = (await a.get('/api/v1/auth/me')).body.csrfToken;
    const tb = (await b.get('/api/v1/auth/me')).body.csrfToken;
    expect(ta).not.toBe(tb);
  });
});

describe('CSRF protection of cookie-authenticated writes', () => {
  const account = {
    name: 'Csrf Target GmbH',
    industry: 'Logistics',
    country: 'DE',
    objective: 'growth',
  };

  it('refuses a write without the x-csrf-token header with 403 and changes nothing', async () => {
    const { cookie } = await rawSignIn(director.email, PASSWORD);
    const noHeader = new Client(w.app, { cookie });
    const before = (await director.client.get('/api/v1/accounts?archived=all')).body.total;

    const res = await noHeader.post('/api/v1/accounts', account);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
    const profile = await noHeader.patch('/api/v1/auth/me', { locale: 'ru' });
    expect(profile.status).toBe(403);

    expect((await director.client.get('/api/v1/accounts?archived=all')).body.total).toBe(before);
    expect((await noHeader.get('/api/v1/auth/me')).body.locale).toBe('en');
  });

  it('refuses a write with a wrong token, including the CSRF token of another session', async () => {
    const { cookie } = await rawSignIn(director.email, PASSWORD);
    const otherSessionToken = (await director.client.get('/api/v1/auth/me')).body.csrfToken;
    const before = (await director.client.get('/api/v1/accounts?archived=all')).body.total;

    for (const csrf of ['wrong-token', otherSessionToken]) {
      const res = await new Client(w.app, { cookie, csrf }).post('/api/v1/accounts', account);
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
    }
    expect((await director.client.get('/api/v1/accounts?archived=all')).body.total).toBe(before);
  });

  it('lets the same write through with the right token', async () => {
    const { cookie } = await rawSignIn(director.email, PASSWORD);
    const csrf = (await new Client(w.app, { cookie }).get('/api/v1/auth/me')).body.csrfToken;
    const res = await new Client(w.app, { cookie, csrf }).post('/api/v1/accounts', account);
    expect(res.status).toBe(201);
    expect(res.body.name).toBe('Csrf Target GmbH');
  });
});

describe('signing out', () => {
  it('ends the session: the old cookie then gets 401, other sessions stay', async () => {
    const other = await w.signIn(director.email);
    const session = await w.signIn(director.email);
    expect((await session.get('/api/v1/auth/me')).status).toBe(200);

    const out = await session.post('/api/v1/auth/sign-out');
    expect(out.status).toBe(200);
    expect(String(out.headers['set-cookie'])).toMatch(/^vested_session=;/);

    const after = await session.get('/api/v1/auth/me');
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('unauthenticated');
    expect((await other.get('/api/v1/auth/me')).status).toBe(200);
  });
});

describe('changing one’s password', () => {
  it('refuses a wrong current password with a field error and keeps the old password', async () => {
    const u = await w.user('member');
    const res = await u.client.post('/api/v1/auth/password', {
      currentPassword: 'not-my-password',
      newPassword: 'a-brand-new-password',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(Object.keys(res.body.error.fields)).toEqual(['currentPassword']);
    expect((await rawSignIn(u.email, PASSWORD)).res.statusCode).toBe(200);
    expect((await rawSignIn(u.email, 'a-brand-new-password')).res.statusCode).toBe(401);
  });

  it('refuses a new password shorter than 10 characters', async () => {
    const u = await w.user('member');
    const res = await u.client.post('/api/v1/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'short-123', // 9 characters
    });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields)).toEqual(['newPassword']);
    expect((await rawSignIn(u.email, PASSWORD)).res.statusCode).toBe(200);
  });

  it('after a change the old password fails, the new one works, other sessions end and this one stays', async () => {
    const u = await w.user('finance');
    const otherSession = await w.signIn(u.email);
    expect((await otherSession.get('/api/v1/auth/me')).status).toBe(200);

    const res = await u.client.post('/api/v1/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'exactly-10', // the shortest allowed
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true });

    expect((await u.client.get('/api/v1/auth/me')).status).toBe(200);
    expect((await otherSession.get('/api/v1/auth/me')).status).toBe(401);
    expect((await rawSignIn(u.email, PASSWORD)).res.statusCode).toBe(401);
    expect((await rawSignIn(u.email, 'exactly-10')).res.statusCode).toBe(200);

    // The session that changed the password plus the one just opened with the new password.
    const [left] = await w.database.db
      .select({ n: count() })
      .from(sessions)
      .where(eq(sessions.userId, u.userId));
    expect(left?.n).toBe(2);
  });
});

describe('profile', () => {
  it('saves the locale and name, visible on the next /me', async () => {
    const u = await w.user('viewer');
    const res = await u.client.patch('/api/v1/auth/me', { locale: 'ru', name: '  Ivan Petrov  ' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ locale: 'ru', name: 'Ivan Petrov', role: 'viewer' });

    const again = await w.signIn(u.email);
    const me = await again.get('/api/v1/auth/me');
    expect(me.body).toMatchObject({ locale: 'ru', name: 'Ivan Petrov' });
  });

  it('refuses a locale Vested does not have and keeps the old one', async () => {
    const u = await w.user('viewer');
    const res = await u.client.patch('/api/v1/auth/me', { locale: 'de' });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields)).toEqual(['locale']);
    expect((await u.client.get('/api/v1/auth/me')).body.locale).toBe('en');
  });

  it('a self-edit moves the version on and is audited, so an admin editing from an older read gets 409', async () => {
    const admin = await w.user('admin');
    const u = await w.user('viewer', { name: 'Before Rename' });
    const read = await admin.client.get(`/api/v1/admin/users?q=${encodeURIComponent(u.email)}`);
    const version = read.body.items[0].version as number;

    await u.client.patch('/api/v1/auth/me', { name: 'Self Renamed' });
    const stale = await admin.client.patch(`/api/v1/admin/users/${u.userId}`, {
      version,
      name: 'Admin Rename',
    });
    expect(stale.status).toBe(409);
    expect((await u.client.get('/api/v1/auth/me')).body.name).toBe('Self Renamed');

    const rows = await w.database.db.select().from(auditLog).where(eq(auditLog.entityId, u.userId));
    expect(rows.map((r) => [r.action, r.actorUserId, r.changes])).toEqual([
      ['updated', u.userId, { name: { before: 'Before Rename', after: 'Self Renamed' } }],
    ]);
  });

  it('cannot change the role through the profile', async () => {
    const u = await w.user('viewer');
    await u.client.patch('/api/v1/auth/me', { role: 'admin', locale: 'ru' });
    const me = await u.client.get('/api/v1/auth/me');
    expect(me.body.role).toBe('viewer');
    expect(me.body.can.manageUsers).toBe(false);
  });
});

describe('sign-in rate limit', () => {
  it('answers the fourth attempt in a minute with 429 rate_limited, even with the right password', async () => {
    const limited = await testWorld({ signInRatePerMinute: 3 });
    try {
      const email = 'limited@test.example';
      await limited.database.db
        .insert(users)
        .values({ email, name: 'Limited', role: 'viewer', passwordHash: await hashPassword(PASSWORD) });
      const attempt = (password: string) =>
        limited.anonymous.post('/api/v1/auth/sign-in', { email, password });

      expect((await attempt('guess-one')).status).toBe(401);
      expect((await attempt('guess-two')).status).toBe(401);
      expect((await attempt(PASSWORD)).status).toBe(200);
      const fourth = await attempt(PASSWORD);
      expect(fourth.status).toBe(429);
      expect(fourth.body.error.code).toBe('rate_limited');
      expect(fourth.headers['set-cookie']).toBeUndefined();

      // Claiming to be someone else through X-Forwarded-For does not reset the count.
      const spoofed = await limited.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        headers: { 'x-forwarded-for': '203.0.113.77' },
        payload: { email, password: PASSWORD },
      });
      expect(spoofed.statusCode).toBe(429);
    } finally {
      await limited.close();
    }
  });
});

describe('bootstrap admin', () => {
  it('creates the admin on an empty users table, who can then sign in; does nothing once users exist', async () => {
    const database = await testDatabase();
    const app = await buildApp({ database, serveWeb: false });
    try {
      const created = await bootstrapAdmin(database.db, {
        email: 'Boss@Example.COM',
        password: 'first-admin-password',
      });
      expect(created).toBe(true);
      const rows = await database.db.select().from(users);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ email: 'boss@example.com', role: 'admin', active: true });
      expect(rows[0]!.passwordHash).not.toContain('first-admin-password');

      const signIn = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        payload: { email: 'boss@example.com', password: 'first-admin-password' },
      });
      expect(signIn.statusCode).toBe(200);
      const cookie = signIn.cookies.find((c) => c.name === 'vested_session')!.value;
      const me = await new Client(app, { cookie }).get('/api/v1/auth/me');
      expect(me.body).toMatchObject({ role: 'admin', can: { manageUsers: true } });

      const again = await bootstrapAdmin(database.db, {
        email: 'intruder@example.com',
        password: 'another-password',
      });
      expect(again).toBe(false);
      const after = await database.db.select({ email: users.email }).from(users);
      expect(after).toEqual([{ email: 'boss@example.com' }]);
    } finally {
      await app.close();
      await database.close();
    }
  });

  it('does nothing on the test world, which already has users', async () => {
    const [before] = await w.database.db.select({ n: count() }).from(users);
    expect(before!.n).toBeGreaterThan(0);
    expect(await bootstrapAdmin(w.database.db, { email: 'x@example.com', password: 'xxxxxxxxxxxx' })).toBe(
      false,
    );
    const [after] = await w.database.db.select({ n: count() }).from(users);
    expect(after!.n).toBe(before!.n);
  });
});

import { randomBytes } from 'node:crypto';
import type { UserRole } from '@vested/domain';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../app';
import { type Database, openDatabase } from '../db/client';
import { runMigrations } from '../db/migrate';
import { people, users } from '../db/schema';
import { hashPassword } from '../http/secrets';

/**
 * A real PostgreSQL engine for a test file: in-memory PGlite by default, or a fresh database on the
 * server named by TEST_DATABASE_URL (created here, dropped at the end), migrated like production.
 */
export async function testDatabase(): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const database = await openDatabase({});
    await runMigrations(database);
    return database;
  }
  const name = `vested_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), poolSize: 4 });
  await runMigrations(database);
  return {
    ...database,
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

// biome-ignore lint/suspicious/noExplicitAny: a test reads any JSON body and asserts on what it expects
export type Response = { status: number; body: any; headers: Record<string, unknown> };

/** Real HTTP semantics through app.inject(), with the session cookie and CSRF header of one user. */
export class Client {
  constructor(
    readonly app: FastifyInstance,
    private auth: { cookie?: string; csrf?: string; bearer?: string } = {},
  ) {}

  async request(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    payload?: unknown,
  ): Promise<Response> {
    const headers: Record<string, string> = {};
    if (this.auth.cookie) headers.cookie = `vested_session=${this.auth.cookie}`;
    if (this.auth.csrf && method !== 'GET') headers['x-csrf-token'] = this.auth.csrf;
    if (this.auth.bearer) headers.authorization = `Bearer ${this.auth.bearer}`;
    const res = await this.app.inject({
      method,
      url,
      headers,
      ...(payload !== undefined && { payload: payload as object }),
    });
    let body: unknown = res.body;
    try {
      body = res.json();
    } catch {}
    return { status: res.statusCode, body, headers: res.headers };
  }
  get = (url: string) => this.request('GET', url);
  post = (url: string, body: unknown = {}) => this.request('POST', url, body);
  put = (url: string, body: unknown) => this.request('PUT', url, body);
  patch = (url: string, body: unknown) => this.request('PATCH', url, body);
  delete = (url: string) => this.request('DELETE', url);
}

export const PASSWORD = 'correct-horse-battery';
let passwordHash: Promise<string> | undefined;

export type TestWorld = {
  database: Database;
  app: FastifyInstance;
  anonymous: Client;
  /** Create a person (and, given a role, a user signed in as them) and return their client. */
  user: (role: UserRole, opts?: { name?: string; withPerson?: boolean }) => Promise<TestUser>;
  signIn: (email: string, password?: string) => Promise<Client>;
  close: () => Promise<void>;
};
export type TestUser = { client: Client; userId: string; personId: string | null; email: string };

export async function testWorld(
  opts: { clock?: () => Date; signInRatePerMinute?: number } = {},
): Promise<TestWorld> {
  const database = await testDatabase();
  const app = await buildApp({
    database,
    clock: opts.clock,
    serveWeb: false,
    config: { signInRatePerMinute: opts.signInRatePerMinute ?? 1000 },
  });
  passwordHash ??= hashPassword(PASSWORD);
  let n = 0;

  const signIn = async (email: string, password = PASSWORD) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email, password },
    });
    if (res.statusCode !== 200) throw new Error(`sign-in failed for ${email}: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'vested_session')!.value;
    const me = await app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: `vested_session=${cookie}` },
    });
    return new Client(app, { cookie, csrf: me.json().csrfToken });
  };

  const user = async (role: UserRole, o: { name?: string; withPerson?: boolean } = {}): Promise<TestUser> => {
    n += 1;
    const name = o.name ?? `${role} ${n}`;
    const email = `${role}.${n}.${randomBytes(3).toString('hex')}@test.example`;
    let personId: string | null = null;
    if (o.withPerson ?? true) {
      const [p] = await database.db
        .insert(people)
        .values({ name, email, department: 'Delivery' })
        .returning();
      personId = p!.id;
    }
    const [u] = await database.db
      .insert(users)
      .values({ email, name, role, passwordHash: await passwordHash!, personId })
      .returning();
    return { client: await signIn(email), userId: u!.id, personId, email };
  };

  return {
    database,
    app,
    anonymous: new Client(app),
    user,
    signIn,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

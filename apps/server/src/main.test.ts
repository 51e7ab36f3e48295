import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from './test/harness';

/**
 * `main` as an operator runs it: its own process, real HTTP. On SIGTERM it stops accepting, answers the
 * requests already in flight, and exits 0 — as one process on PGlite, and as a cluster of two workers
 * (VESTED_WORKERS=2) on a PostgreSQL server when TEST_DATABASE_URL names one.
 */
const root = join(import.meta.dirname, '../../..');
const ADMIN = { email: 'admin@shutdown.example', password: 'a long admin password' };

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let cleanup = async () => {};
let env: Record<string, string>;
const clustered = Boolean(process.env.TEST_DATABASE_URL);

beforeAll(async () => {
  if (clustered) {
    // A fresh database on the server, dropped at the end.
    const database = await testDatabase();
    env = { DATABASE_URL: database.url!, VESTED_WORKERS: '2' };
    cleanup = database.close;
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'vested-main-'));
    env = { DATA_DIR: dir, DATABASE_URL: '' };
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
});
afterAll(() => cleanup());

type Started = {
  child: ChildProcess;
  port: number;
  requestsSeen: () => number;
  /** Resolves once the server's log has a line with `text` (the log arrives through a pipe, late). */
  logged: (text: string) => Promise<void>;
  exited: Promise<number>;
};

let spawned: ChildProcess | undefined;

async function start(): Promise<Started> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'apps/server/src/main.ts')], {
    cwd: root,
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      VESTED_DEMO: '0',
      VESTED_SIGNIN_RATE: '1000',
      VESTED_ADMIN_EMAIL: ADMIN.email,
      VESTED_ADMIN_PASSWORD: ADMIN.password,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  spawned = child;
  // Fastify logs each request as it arrives: the test knows a request is in the server's hands.
  let seen = 0;
  let partial = '';
  const waiting: { text: string; resolve: () => void }[] = [];
  child.stdout!.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop()!;
    seen += lines.filter((line) => line.includes('"msg":"incoming request"')).length;
    for (const w of [...waiting])
      if (lines.some((line) => line.includes(w.text))) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve();
      }
  });
  const logged = (text: string) => new Promise<void>((resolve) => waiting.push({ text, resolve }));
  const exited = new Promise<number>((resolve) => child.once('exit', (code) => resolve(code ?? -1)));
  // Start-up (migrations on a fresh database) takes seconds, or a minute on a busy machine.
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) {
        return { child, port, requestsSeen: () => seen, logged, exited };
      }
    } catch {}
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error('the server did not start');
}

/** GET on a new connection each time, so a cluster's primary hands each one to the next worker. */
function get(url: string, cookie: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: false, headers: { cookie } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

describe(`main (${clustered ? 'two workers on PostgreSQL' : 'one process on PGlite'})`, () => {
  let server: Started;
  let url: string;
  beforeAll(async () => {
    server = await start();
    url = `http://127.0.0.1:${server.port}`;
  }, 240_000);
  // Whatever happened (a start-up that timed out included), leave no server behind.
  afterAll(() => {
    if (spawned && spawned.exitCode === null) spawned.kill('SIGKILL');
  });

  it('forgets a signed-out session at once in every worker', async () => {
    const signIn = await fetch(`${url}/api/v1/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    });
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    // Reads remember the session for a few seconds, in whichever worker served them: warm them all.
    const reads = await Promise.all(Array.from({ length: 8 }, () => get(`${url}/api/v1/auth/me`, cookie)));
    expect(reads).toEqual(Array(8).fill(200));
    const signOut = await fetch(`${url}/api/v1/auth/sign-out`, { method: 'POST', headers: { cookie } });
    expect(signOut.status).toBe(200);
    const after = await Promise.all(Array.from({ length: 8 }, () => get(`${url}/api/v1/auth/me`, cookie)));
    expect(after).toEqual(Array(8).fill(401));
  });

  // Last: it stops the server.
  it('answers every request in flight after SIGTERM, then exits 0 and stops listening', async () => {
    // The earlier requests' log lines may still be on their way through the pipe: a marked request,
    // once its line is in, says they all are (the log keeps its order), so the count below is settled.
    const marker = `settled-${Date.now()}`;
    const markerLine = server.logged(marker);
    expect((await fetch(`${url}/api/health?${marker}`)).status).toBe(200);
    await markerLine;
    const before = server.requestsSeen();
    // Sign-ins hash the password (argon2), slow enough to still be running when the signal comes.
    const attempts = Array.from({ length: 16 }, () =>
      fetch(`${url}/api/v1/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(ADMIN),
      }).then((res) => ({ status: res.status, at: Date.now() })),
    );
    while (server.requestsSeen() < before + 16) await new Promise((r) => setTimeout(r, 5));
    const signalledAt = Date.now();
    server.child.kill('SIGTERM');

    const answers = await Promise.all(attempts);
    expect(answers.map((a) => a.status)).toEqual(Array(16).fill(200));
    expect(answers.some((a) => a.at > signalledAt)).toBe(true);
    expect(await server.exited).toBe(0);
    await expect(fetch(`${url}/api/health`)).rejects.toThrow();
  }, 60_000);
});

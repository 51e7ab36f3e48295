/**
 * `npm run bench`: the account list (page of 50 among 5,000 accounts, filtered and sorted) and the
 * account page, through real HTTP to a server in its own process, 50 connections, on PGlite and on a
 * PostgreSQL server (BENCH_DATABASE_URL, default the local server). Prints p50/p95/p99 and requests/s,
 * the CPU milliseconds each request cost the server and the database (steadier than latency on a busy
 * machine), and the ratio to the target (p95 ≤ 20 ms, ≥ 1,000 req/s on PostgreSQL). Not a test.
 * BENCH_SECONDS (default 10) per scenario, BENCH_ENGINES (default pglite,postgres), BENCH_WORKERS.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase } from '../src/db/client';
import { runMigrations } from '../src/db/migrate';
import { processTree, snapshot, spent } from './cpu';
import { BENCH_PASSWORD, loadBenchData } from './fixture';

const root = join(import.meta.dirname, '../../..');
const ACCOUNTS = 5000;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);

async function startServer(env: Record<string, string>, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'apps/server/src/main.ts')], {
    cwd: root,
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      VESTED_DEMO: '0',
      VESTED_SIGNIN_RATE: '1000',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('server did not start');
}

async function cookieFor(port: number, email: string): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`sign-in failed: ${res.status}`);
  return cookie;
}

type Result = {
  name: string;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  errors: number;
  /** CPU ms per request in the server's processes and in the database's (PostgreSQL backends). */
  serverCpu: number;
  dbCpu: number | null;
};

/** The processes whose CPU a request costs: the server (with its workers) and its database backends. */
type Costs = { server: number; dbPids: () => Promise<number[] | null> };

async function load(
  name: string,
  port: number,
  cookie: string,
  paths: string[],
  costs: Costs,
): Promise<Result> {
  let i = 0;
  const serverPids = processTree(costs.server);
  const dbPids = await costs.dbPids();
  const serverBefore = snapshot(serverPids);
  const dbBefore = snapshot(dbPids ?? []);
  // autocannon reports p97.5, not p95: keep every response time and take the percentiles ourselves.
  const times: number[] = [];
  const r = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${port}`,
        connections: 50,
        duration: DURATION,
        headers: { cookie },
        requests: [{ setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]! }) }],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  const requests = r.requests.total;
  const serverCpu = spent(serverBefore, snapshot(serverPids)) / requests;
  const dbAfter = await costs.dbPids();
  const dbCpu = dbAfter ? spent(dbBefore, snapshot(dbAfter)) / requests : null;
  times.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round((times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0) * 10) / 10;
  return {
    name,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    rps: r.requests.average,
    errors: r.non2xx + r.errors,
    serverCpu,
    dbCpu,
  };
}

async function benchEngine(engine: 'pglite' | 'postgres'): Promise<Result[]> {
  const port = engine === 'pglite' ? 3301 : 3302;
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  let dbPids: Costs['dbPids'] = async () => null;
  if (engine === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'vested-bench-'));
    env = { DATA_DIR: dir, DATABASE_URL: '' };
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
    const database = await openDatabase({ dataDir: dir });
    await runMigrations(database);
    console.log(`  seeding ${engine}…`, await seed(database.db));
    await database.close();
  } else {
    const server = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    const name = `vested_bench_${Date.now()}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    // BENCH_WORKERS=2 runs the server as a cluster of two processes (VESTED_WORKERS).
    env = { DATABASE_URL: url.toString(), VESTED_WORKERS: process.env.BENCH_WORKERS ?? '1' };
    dbPids = async () =>
      (
        await admin.query<{ pid: number }>(
          'select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
          [name],
        )
      ).rows.map((r) => r.pid);
    cleanup = async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
    const database = await openDatabase({ url: url.toString() });
    await runMigrations(database);
    console.log(`  seeding ${engine}…`, await seed(database.db));
    // A database in service has been vacuumed by autovacuum (a fresh load not yet): index-only scans
    // need the visibility map that vacuum writes.
    await database.db.execute(sql`vacuum analyze`);
    await database.close();
  }
  const child = await startServer(env, port);
  const costs: Costs = { server: child.pid!, dbPids };
  try {
    const director = await cookieFor(port, 'director@bench.example');
    const am = await cookieFor(port, 'am@bench.example');
    const ids = accountIds.slice(0, 200);
    const list = [1, 2, 3, 4, 5].map(
      (p) => `/api/v1/accounts?pageSize=50&page=${p}&objective=growth&status=active&sort=-updatedAt`,
    );
    const results = [
      await load(
        `${engine}: account list, director (filtered, sorted, page of 50)`,
        port,
        director,
        list,
        costs,
      ),
      await load(
        `${engine}: account list, account manager (visibility filter)`,
        port,
        am,
        ['/api/v1/accounts?pageSize=50&sort=name'],
        costs,
      ),
      await load(
        `${engine}: account page`,
        port,
        director,
        ids.map((id) => `/api/v1/accounts/${id}`),
        costs,
      ),
    ];
    return results;
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    await cleanup();
  }
}

let accountIds: string[] = [];
async function seed(db: Parameters<typeof loadBenchData>[0]) {
  const out = await loadBenchData(db, ACCOUNTS);
  accountIds = out.accountIds;
  return { accounts: out.accountIds.length, people: out.people, teamMembers: out.members };
}

const engines = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',') as ('pglite' | 'postgres')[];
const all: Result[] = [];
for (const engine of engines) {
  console.log(`\n${engine}: ${ACCOUNTS} accounts, 50 connections, ${DURATION}s per scenario`);
  all.push(...(await benchEngine(engine)));
}
console.log(
  '\n| scenario | p50 ms | p95 ms | p99 ms | req/s | errors | CPU ms/req server + db | vs target (p95 ≤ 20 ms, ≥ 1,000 req/s) |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
const cpu = (r: Result) => `${r.serverCpu.toFixed(2)}${r.dbCpu === null ? '' : ` + ${r.dbCpu.toFixed(2)}`}`;
for (const r of all) {
  const target = r.name.startsWith('postgres')
    ? `latency ${(20 / r.p95).toFixed(2)}× headroom, throughput ${(r.rps / 1000).toFixed(2)}× target`
    : 'PGlite: no target (one query at a time)';
  console.log(
    `| ${r.name} | ${r.p50} | ${r.p95} | ${r.p99} | ${Math.round(r.rps)} | ${r.errors} | ${cpu(r)} | ${target} |`,
  );
}

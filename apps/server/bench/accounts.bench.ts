/**
 * `npm run bench -- accounts`: the account list (page of 50 among 5,000 accounts, filtered and sorted)
 * and the account page, through real HTTP to a server in its own process, 50 connections, on PGlite and
 * on a PostgreSQL server (BENCH_DATABASE_URL, default the local server). Each scenario runs three ways:
 * as served (answers kept until the data changes, http/read-cache.ts), with the data changing ten times
 * a second under the readers (an editor saving one account in a loop), and with the cache off
 * (VESTED_READ_CACHE_MB=0: every read computed, what the first read after a change costs). Prints
 * p50/p95/p99 and requests/s, the CPU milliseconds each request cost the server and the database
 * (steadier than latency on a busy machine), and the ratio to the target (p95 ≤ 20 ms, ≥ 1,000 req/s
 * on PostgreSQL). Not a test. BENCH_SECONDS (default 10) per scenario, BENCH_ENGINES (default
 * pglite,postgres), BENCH_WORKERS.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase } from '../src/db/client';
import { runMigrations } from '../src/db/migrate';
import { loadBenchData } from './fixture';
import { httpBench, type Result } from './http-load';

const ACCOUNTS = 5000;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
/** A port nobody listens on (other servers may run on this machine). */
const PORT = await new Promise<number>((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as { port: number };
    probe.close(() => resolve(port));
  });
});
const { startServer, cookieFor, load, keepEditing } = httpBench(PORT, DURATION);

/** Each path read a few times, ten at once, and the answers dropped. */
async function warmUp(work: [cookie: string, paths: string[]][]): Promise<void> {
  for (const [cookie, paths] of work) {
    const all = Array.from({ length: 2000 }, (_, i) => paths[i % paths.length]!);
    for (let i = 0; i < all.length; i += 10) {
      await Promise.all(
        all
          .slice(i, i + 10)
          .map((path) =>
            fetch(`http://127.0.0.1:${PORT}${path}`, { headers: { cookie } }).then((r) => r.arrayBuffer()),
          ),
      );
    }
  }
}

async function benchEngine(engine: 'pglite' | 'postgres'): Promise<Result[]> {
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  let dbPids = async (): Promise<number[]> => [];
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
  const list = [1, 2, 3, 4, 5].map(
    (p) => `/api/v1/accounts?pageSize=50&page=${p}&objective=growth&status=active&sort=-updatedAt`,
  );
  const pages = accountIds.slice(0, 200).map((id) => `/api/v1/accounts/${id}`);
  const results: Result[] = [];
  // The edited account is not among the pages read, so its row lock never makes a reader wait.
  const edited = accountIds[accountIds.length - 1]!;
  for (const way of ['kept', 'changing', 'computed'] as const) {
    const child = await startServer({ ...env, VESTED_READ_CACHE_MB: way === 'computed' ? '0' : '64' });
    const pids = { server: child.pid!, db: dbPids };
    const how =
      way === 'kept' ? 'as served' : way === 'changing' ? 'data changing 10×/s' : 'every read computed';
    try {
      const director = await cookieFor('director@bench.example');
      const am = await cookieFor('am@bench.example');
      // Node compiles the server's hot code in its first seconds: warm it up on every path, unmeasured.
      await warmUp([
        [director, [...list, ...pages]],
        [am, ['/api/v1/accounts?pageSize=50&sort=name']],
      ]);
      const editor = way === 'changing' ? keepEditing(edited, 100) : null;
      for (const [what, cookie, paths] of [
        ['account list, director (filtered, sorted, page of 50)', director, list],
        ['account list, account manager (visibility filter)', am, ['/api/v1/accounts?pageSize=50&sort=name']],
        ['account page', director, pages],
      ] as const) {
        results.push(await load(`${engine}: ${what}, ${how}`, 20, 50, cookie, [...paths], pids));
      }
      const saves = await editor?.stop();
      if (saves !== undefined)
        console.log(`  ${engine}: the editor saved ${saves} times while the readers read`);
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  }
  await cleanup();
  return results;
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
for (const r of all) {
  const pglite = r.name.startsWith('pglite');
  const cpu = `${r.serverCpu.toFixed(2)}${pglite ? ' (database inside)' : ` + ${r.dbCpu.toFixed(2)}`}`;
  const target = pglite
    ? 'PGlite: no target (one query at a time)'
    : `p95 ${(r.p95 / r.target).toFixed(2)}× the target, throughput ${(r.rps / 1000).toFixed(2)}× the target`;
  console.log(
    `| ${r.name} | ${r.p50} | ${r.p95} | ${r.p99} | ${Math.round(r.rps)} | ${r.errors} | ${cpu} | ${target} |`,
  );
}

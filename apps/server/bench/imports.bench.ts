/**
 * `npm run bench -- imports`: a 1,000,000-row time-entry CSV (5,000 accounts, 3,000 people) imported
 * through the real HTTP endpoint into a PostgreSQL server (BENCH_DATABASE_URL, default the local
 * server; its own database, dropped at the end) that already holds a large company's economics
 * (10,000,000 labor entries and their rollup, economics-fixture.ts), by a server in its own process,
 * streaming its NDJSON progress; then the same file COPYed raw into a bare table, for the ratio (how
 * much the checking, valuing and rollup cost over the database's own fastest load); then the undo of
 * the whole import. The server prints where the import's time went, phase by phase.
 * Target: the import ≤ 15 s. Figures, not a test — they depend on whatever else the machine runs.
 * BENCH_ROWS, BENCH_ACCOUNTS and BENCH_ENTRIES (labor entries already present) change the size;
 * BENCH_KEEP=1 keeps the database to look into. BENCH_REUSE=<name> keeps the generated economics in a
 * database of that name (generated on the first run) and imports into a fresh copy of it each run
 * (CREATE DATABASE … TEMPLATE), so runs after the first skip the generation and start alike.
 * BENCH_EXPLAIN=<ms> has the server's log take the plan of every statement of the import slower than
 * that (auto_explain, with row counts and timings); BENCH_CPU_PROF=<dir> has the server write a CPU profile.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { serverNodeFlags } from '../../../scripts/server-node-flags.mjs';
import { openDatabase } from '../src/db/client';
import { runMigrations } from '../src/db/migrate';
import { costRates } from '../src/db/schema';
import { processTree, snapshot, spent } from './cpu';
import { generateEconomics } from './economics-fixture';
import { BENCH_PASSWORD, loadBenchData } from './fixture';
import { writeTimeEntriesCsv } from './imports-fixture';

const root = join(import.meta.dirname, '../../..');
const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 5000);
const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 10_000_000);
const REUSE = process.env.BENCH_REUSE;
const PORT = 3304;
const seconds = (ms: number) => Math.round(ms / 100) / 10;

async function startServer(url: string): Promise<ChildProcess> {
  // BENCH_CPU_PROF=<dir>: the server writes a V8 CPU profile there when it stops (where Node's time goes).
  const profile = process.env.BENCH_CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
    : [];
  const child = spawn(
    process.execPath,
    [...serverNodeFlags, ...profile, '--import', 'tsx', join(root, 'apps/server/src/main.ts')],
    {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: url,
        PORT: String(PORT),
        LOG_LEVEL: 'warn',
        VESTED_DEMO: '0',
        VESTED_IMPORT_TIMINGS: '1',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/api/health`)).ok) return child;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('server did not start');
}

async function signIn(email: string): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`http://127.0.0.1:${PORT}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`sign-in failed: ${res.status}`);
  const me = await fetch(`http://127.0.0.1:${PORT}/api/v1/auth/me`, { headers: { cookie } });
  return { cookie, csrf: ((await me.json()) as { csrfToken: string }).csrfToken };
}

type Line = { type: string; phase?: string; rows?: number; import?: { id: string; writtenCount: number } };

/** POSTs the file as the request body and reads the NDJSON answer line by line as it arrives. */
function upload(
  path: string,
  bytes: number,
  auth: { cookie: string; csrf: string },
  onLine: (l: Line) => void,
) {
  return new Promise<Line>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: PORT,
        method: 'POST',
        path: '/api/v1/imports?kind=time_entries&fileName=bench.csv',
        headers: {
          'content-type': 'text/csv',
          'content-length': bytes,
          accept: 'application/x-ndjson',
          cookie: auth.cookie,
          'x-csrf-token': auth.csrf,
        },
      },
      (res) => {
        let buffer = '';
        let last: Line | null = null;
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          for (let i = buffer.indexOf('\n'); i >= 0; i = buffer.indexOf('\n')) {
            const line = JSON.parse(buffer.slice(0, i)) as Line;
            buffer = buffer.slice(i + 1);
            last = line;
            onLine(line);
          }
        });
        res.on('end', () =>
          last ? resolve(last) : reject(new Error(`no answer: ${res.statusCode} ${buffer}`)),
        );
      },
    );
    req.on('error', reject);
    createReadStream(path).pipe(req);
  });
}

const server = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `vested_bench_imports_${Date.now()}`;
const admin = new pg.Client({ connectionString: server });
await admin.connect();
const urlOf = (db: string) => {
  const u = new URL(server);
  u.pathname = `/${db}`;
  return u.toString();
};
const exists = async (db: string) =>
  (await admin.query('select 1 from pg_database where datname = $1', [db])).rowCount === 1;

/** The accounts, people and (BENCH_ENTRIES) labor entries with their rollup the import lands among. */
async function populate(db: string): Promise<void> {
  const t0 = performance.now();
  if (ENTRIES > 0) {
    const database = await openDatabase({ url: urlOf(db) });
    await runMigrations(database);
    await database.close();
    const g = await generateEconomics(urlOf(db), ACCOUNTS, ENTRIES, (line) => console.log(line));
    console.log(
      `generated ${g.entries.toLocaleString('en')} investments, ${g.rollupRows.toLocaleString('en')} rollup rows in ${seconds(performance.now() - t0)} s`,
    );
    return;
  }
  const database = await openDatabase({ url: urlOf(db) });
  await runMigrations(database);
  await loadBenchData(database.db, ACCOUNTS);
  await database.db
    .insert(costRates)
    .values({ level: 'workspace', fromDate: '2020-01-01', hourlyMinor: 8500, currency: 'USD' });
  await database.close();
}

if (REUSE && !(await exists(REUSE))) {
  await admin.query(`create database ${REUSE}`);
  try {
    await populate(REUSE);
  } catch (err) {
    await admin.query(`drop database if exists ${REUSE} with (force)`);
    throw err;
  }
}
if (REUSE) {
  const t0 = performance.now();
  await admin.query(`create database ${name} template ${REUSE} strategy file_copy`);
  console.log(`copied ${REUSE} in ${seconds(performance.now() - t0)} s`);
} else await admin.query(`create database ${name}`);
const url = new URL(urlOf(name));
const dir = mkdtempSync(join(tmpdir(), 'vested-imports-'));
let child: ChildProcess | null = null;
// A bench stopped from outside (Ctrl-C, a timeout) takes its server with it.
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    child?.kill();
    process.exit(1);
  });
try {
  if (!REUSE) await populate(name);
  if (process.env.BENCH_EXPLAIN)
    await admin.query(`alter database ${name} set session_preload_libraries = 'auto_explain';
      alter database ${name} set auto_explain.log_min_duration = ${Number(process.env.BENCH_EXPLAIN)};
      alter database ${name} set auto_explain.log_analyze = on;
      alter database ${name} set auto_explain.log_nested_statements = on`);
  const database = await openDatabase({ url: url.toString() });
  // A copied database may predate the latest migrations.
  await runMigrations(database);
  const [present] = (
    (await database.db.execute(sql`select count(*)::int as n from investments`)) as unknown as {
      rows: { n: number }[];
    }
  ).rows;
  console.log(`${present!.n.toLocaleString('en')} investments present before the import`);
  const file = join(dir, 'time-entries.csv');
  let t = performance.now();
  const bytes = await writeTimeEntriesCsv(file, ROWS, ACCOUNTS);
  console.log(
    `generated ${ROWS.toLocaleString('en')} rows (${Math.round(bytes / 1e6)} MB) in ${seconds(performance.now() - t)} s`,
  );

  child = await startServer(url.toString());
  const auth = await signIn('director@bench.example');
  // CPU time of the server and of its database backends: unlike the wall clock, barely moved by
  // whatever else the machine runs.
  const backends = async () =>
    (
      await admin.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1', [name])
    ).rows.map((r) => r.pid);
  const serverPids = processTree(child.pid!);
  const cpuBefore = snapshot([...serverPids, ...(await backends())]);
  t = performance.now();
  const marks: string[] = [];
  const done = await upload(file, bytes, auth, (l) => {
    if (l.type === 'progress' && (l.phase === 'writing' || (l.rows ?? 0) % 250_000 === 0))
      marks.push(`${l.phase} ${l.rows?.toLocaleString('en')} at ${seconds(performance.now() - t)} s`);
  });
  const importMs = performance.now() - t;
  const cpuAfter = snapshot([...serverPids, ...(await backends())]);
  const cpu = {
    server: spent(
      new Map([...cpuBefore].filter(([pid]) => serverPids.includes(pid))),
      new Map([...cpuAfter].filter(([pid]) => serverPids.includes(pid))),
    ),
    database: spent(
      new Map([...cpuBefore].filter(([pid]) => !serverPids.includes(pid))),
      new Map([...cpuAfter].filter(([pid]) => !serverPids.includes(pid))),
    ),
  };
  if (done.type !== 'done') throw new Error(`import failed: ${JSON.stringify(done).slice(0, 500)}`);
  console.log(`progress: ${marks.join('; ')}`);

  const raw = new pg.Client({ connectionString: url.toString() });
  await raw.connect();
  // The rollup holds exactly the imported hours (the full check is checkRollup; this is its quick twin).
  const { rows: sums } = await raw.query(`select
      (select sum(round(hours * 1000000)) from investments) as entries,
      (select sum(micro_hours) from economics_monthly_rollup where kind = 'labor') as rollup`);
  console.log(`micro-hours in entries ${sums[0].entries}, in the rollup ${sums[0].rollup}`);
  await raw.query(
    'create table bare_copy (email text, account text, date text, hours text, note text, external_id text)',
  );
  t = performance.now();
  await pipeline(
    createReadStream(file),
    raw.query(copyFrom('copy bare_copy from stdin (format csv, header true)')),
  );
  const copyMs = performance.now() - t;
  await raw.end();

  // Kept databases keep their import, to look into.
  let undoMs = Number.NaN;
  if (!process.env.BENCH_KEEP) {
    t = performance.now();
    const undo = await fetch(`http://127.0.0.1:${PORT}/api/v1/imports/${done.import!.id}/undo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: auth.cookie, 'x-csrf-token': auth.csrf },
      body: JSON.stringify({ version: 1 }),
    });
    undoMs = performance.now() - t;
    if (!undo.ok) throw new Error(`undo failed: ${undo.status} ${await undo.text()}`);
  }

  const ratio = Math.round((importMs / copyMs) * 10) / 10;
  console.log('\nimport of time entries through POST /api/v1/imports (PostgreSQL, streamed NDJSON progress)');
  console.log(`  rows                 ${done.import!.writtenCount.toLocaleString('en')}`);
  console.log(
    `  import               ${seconds(importMs)} s  (target ≤ 15 s: ${importMs <= 15_000 ? 'met' : 'NOT met'})`,
  );
  console.log(`  rows per second      ${Math.round(ROWS / (importMs / 1000)).toLocaleString('en')}`);
  console.log(`  raw COPY, bare table ${seconds(copyMs)} s`);
  console.log(`  import ÷ raw COPY    ${ratio}×`);
  console.log(`  CPU of the import    server ${seconds(cpu.server)} s, database ${seconds(cpu.database)} s`);
  console.log(`  undo of the import   ${seconds(undoMs)} s`);
  console.log('  (other work on this machine shares its CPUs: compare runs, not single figures)');
  await database.close();
} finally {
  child?.kill();
  rmSync(dir, { recursive: true, force: true });
  await new Promise((r) => setTimeout(r, 500));
  if (process.env.BENCH_KEEP) console.log(`kept the database ${name}`);
  else await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}

/**
 * `npm run bench -- economics`: account economics at a large company's scale on a PostgreSQL server
 * (BENCH_DATABASE_URL, default the local server; its own database, dropped at the end): 5,000 accounts
 * and 10,000,000 labor entries generated in the database, the rollup built set-based, then through real
 * HTTP to a server in its own process (autocannon): the portfolio (p95 ≤ 100 ms), one account's
 * economics (p95 ≤ 20 ms), and the portfolio against a plain SELECT of the same sums over the rollup
 * (≤ 3×). Also how long the demo workspace takes to load on PGlite. Figures, not a test; CPU ms per
 * request are printed too, since latency depends on whatever else the machine runs.
 * BENCH_ACCOUNTS, BENCH_ENTRIES, BENCH_SECONDS and BENCH_DEMO=0 change the size, length and steps;
 * BENCH_KEEP=1 keeps the generated database, and BENCH_REUSE=<its name> measures it again without
 * generating (and keeps it).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { openDatabase } from '../src/db/client';
import { runMigrations } from '../src/db/migrate';
import { generateEconomics, timeDemoLoad } from './economics-fixture';
import { BENCH_PASSWORD } from './fixture';

const root = join(import.meta.dirname, '../../..');
const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 5000);
const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 10_000_000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
/** A port nobody listens on (other servers may run on this machine). */
const PORT = await new Promise<number>((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as { port: number };
    probe.close(() => resolve(port));
  });
});

/** CPU milliseconds used so far by each of these processes (Linux /proc; USER_HZ 100). */
function cpuMs(pids: number[]): Map<number, number> {
  const used = new Map<number, number>();
  for (const pid of pids)
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      used.set(pid, (Number(fields[11]) + Number(fields[12])) * 10);
    } catch {}
  return used;
}

/** CPU spent between two snapshots (processes that started in between count from zero). */
function spent(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}

async function startServer(url: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'apps/server/src/main.ts')], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(PORT),
      LOG_LEVEL: 'warn',
      VESTED_DEMO: '0',
      VESTED_SIGNIN_RATE: '1000',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/api/health`)).ok) return child;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('server did not start');
}

async function signIn(email: string): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${PORT}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`sign-in failed: ${res.status}`);
  return cookie;
}

type Figures = { p50: number; p95: number; rps: number; errors: number; cpuPerRequest: number };

function percentiles(times: number[], seconds: number, errors: number, cpu: number): Figures {
  times.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round((times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0) * 10) / 10;
  return {
    p50: at(0.5),
    p95: at(0.95),
    rps: times.length / seconds,
    errors,
    cpuPerRequest: cpu / Math.max(1, times.length),
  };
}

/** HTTP GETs of `paths` in turn for DURATION seconds over `connections` connections. */
async function http(
  cookie: string,
  paths: string[],
  connections: number,
  pids: () => Promise<number[]>,
): Promise<Figures> {
  let i = 0;
  const times: number[] = [];
  const before = cpuMs(await pids());
  const r = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${PORT}`,
        connections,
        duration: DURATION,
        headers: { cookie },
        // A request still queued at the end is counted, not dropped as an error after 10 s.
        timeout: 120,
        requests: [{ setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]! }) }],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    // autocannon reports p97.5, not p95: keep every response time and take the percentiles ourselves.
    instance.on('response', (_c, _s, _b, responseTime) => times.push(responseTime));
  });
  const figures = percentiles(times, DURATION, r.non2xx + r.errors, spent(before, cpuMs(await pids())));
  await drained(cookie);
  return figures;
}

/** Waits until requests still queued in the server are answered, so the next scenario starts clean. */
async function drained(cookie: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const started = performance.now();
    await fetch(`http://127.0.0.1:${PORT}/api/v1/economics/settings`, { headers: { cookie } });
    if (performance.now() - started < 100) return;
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** The portfolio's sums as one plain SELECT over the rollup (what the endpoint cannot be faster than). */
function plainSums(): string {
  return `select a.id, r.invested, r.revenue, r.delivery, r.has_returns, r.prev_revenue, r.prev_delivery,
      r.prev_has_returns
    from accounts a left join (
      select account_id,
        sum(base_minor) filter (where kind not in ('revenue', 'delivery_cost') and month >= $2) as invested,
        sum(base_minor) filter (where kind = 'revenue' and month >= $2) as revenue,
        sum(base_minor) filter (where kind = 'delivery_cost' and month >= $2) as delivery,
        bool_or(kind in ('revenue', 'delivery_cost') and month >= $2) as has_returns,
        sum(base_minor) filter (where kind = 'revenue' and month < $2) as prev_revenue,
        sum(base_minor) filter (where kind = 'delivery_cost' and month < $2) as prev_delivery,
        bool_or(kind in ('revenue', 'delivery_cost') and month < $2) as prev_has_returns
      from economics_monthly_rollup where month between $1 and $3 group by account_id
    ) r on r.account_id = a.id where a.archived_at is null`;
}

async function plainSelect(url: string, connections: number): Promise<Figures> {
  const month = (back: number) => {
    const d = new Date();
    d.setUTCDate(1);
    d.setUTCMonth(d.getUTCMonth() - back);
    return d.toISOString().slice(0, 7);
  };
  const params = [month(24), month(12), month(1)];
  const clients = await Promise.all(
    Array.from({ length: connections }, async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      return c;
    }),
  );
  const pids = (await clients[0]!.query('select pg_backend_pid() as pid')).rows.map((r) => r.pid);
  for (const c of clients.slice(1)) pids.push((await c.query('select pg_backend_pid() as pid')).rows[0].pid);
  const times: number[] = [];
  const before = cpuMs(pids);
  const until = performance.now() + DURATION * 1000;
  await Promise.all(
    clients.map(async (c) => {
      while (performance.now() < until) {
        const t = performance.now();
        await c.query(plainSums(), params);
        times.push(performance.now() - t);
      }
    }),
  );
  const cpu = spent(before, cpuMs(pids));
  await Promise.all(clients.map((c) => c.end()));
  return percentiles(times, DURATION, 0, cpu);
}

const server = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const reuse = process.env.BENCH_REUSE;
const name = reuse ?? `vested_bench_economics_${Date.now()}`;
const keep = reuse !== undefined || process.env.BENCH_KEEP === '1';
const admin = new pg.Client({ connectionString: server });
const url = new URL(server);
url.pathname = `/${name}`;
const log = (line: string) => console.log(line);

if (process.env.BENCH_DEMO !== '0') {
  const demo = await timeDemoLoad();
  log(
    `\nPGlite: the demo workspace loads in ${demo.totalMs.toFixed(0)} ms, of which its economics ${demo.economicsMs.toFixed(0)} ms (${demo.entries.toLocaleString('en')} entries, rollup built set-based)`,
  );
}

await admin.connect();
if (!reuse) await admin.query(`create database ${name}`);
let child: ChildProcess | undefined;
try {
  let accountIds: string[];
  if (reuse) {
    const c = new pg.Client({ connectionString: url.toString() });
    await c.connect();
    accountIds = (await c.query<{ id: string }>('select id from accounts order by name')).rows.map(
      (r) => r.id,
    );
    await c.end();
    log(`\nPostgreSQL: measuring ${name} again (${accountIds.length.toLocaleString('en')} accounts)`);
  } else {
    const database = await openDatabase({ url: url.toString() });
    await runMigrations(database);
    await database.close();
    log(
      `\nPostgreSQL: generating ${ACCOUNTS.toLocaleString('en')} accounts and ${ENTRIES.toLocaleString('en')} labor entries…`,
    );
    const g = await generateEconomics(url.toString(), ACCOUNTS, ENTRIES, log);
    accountIds = g.accountIds;
    log(
      `  entries generated in ${g.entriesSeconds.toFixed(1)} s; ${g.laborDays.toLocaleString('en')} labor days and ${g.rollupRows.toLocaleString('en')} rollup rows built set-based in ${g.rollupSeconds.toFixed(1)} s (${(g.entriesSeconds + g.rollupSeconds).toFixed(0)} s in all)`,
    );
  }

  child = await startServer(url.toString());
  const dbPids = async () =>
    (
      await admin.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1', [name])
    ).rows.map((r) => r.pid);
  const pids = async () => [child!.pid!, ...(await dbPids())];
  const director = await signIn('director@bench.example');
  const portfolio = [
    '/api/v1/portfolio?pageSize=50&sort=rank',
    '/api/v1/portfolio?pageSize=50&sort=-invested&objective=growth',
  ];
  const accounts = accountIds.slice(0, 200).map((id) => `/api/v1/accounts/${id}/economics`);
  for (const path of [...portfolio, ...accounts.slice(0, 5)]) {
    const res = await fetch(`http://127.0.0.1:${PORT}${path}`, { headers: { cookie: director } });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  }
  log(`\nMeasuring, ${DURATION} s each…`);
  const rows: [string, Figures, string][] = [];
  const a50 = await http(director, accounts, 50, pids);
  const p1 = await http(director, portfolio, 1, pids);
  const s1 = await plainSelect(url.toString(), 1);
  const p50 = await http(director, portfolio, 50, pids);
  const s10 = await plainSelect(url.toString(), 10);
  const ratio = p1.p50 / s1.p50;
  rows.push(['portfolio, 1 connection', p1, `${ratio.toFixed(2)}× the plain SELECT (target ≤ 3×)`]);
  rows.push(['plain SELECT of the same sums, 1 client', s1, '']);
  rows.push(['portfolio, 50 connections', p50, `p95 ${(p50.p95 / 100).toFixed(2)}× the target 100 ms`]);
  rows.push(['account economics, 50 connections', a50, `p95 ${(a50.p95 / 20).toFixed(2)}× the target 20 ms`]);
  rows.push([
    'plain SELECT of the same sums, 10 clients (the server pool)',
    s10,
    `the portfolio at 50 connections: ${(p50.p50 / s10.p50).toFixed(2)}× its p50`,
  ]);
  log('\n| scenario | p50 ms | p95 ms | req/s | errors | CPU ms/req (server + db) | vs target |');
  log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const [what, f, note] of rows)
    log(
      `| ${what} | ${f.p50} | ${f.p95} | ${Math.round(f.rps)} | ${f.errors} | ${f.cpuPerRequest.toFixed(1)} | ${note} |`,
    );
} finally {
  if (child) {
    child.kill('SIGTERM');
    await new Promise((r) => child!.once('exit', r));
  }
  if (keep) log(`\nKept the database ${name}.`);
  else await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}

/**
 * `npm run bench -- economics`: account economics at a large company's scale on a PostgreSQL server
 * (BENCH_DATABASE_URL, default the local server; its own database, dropped at the end): 5,000 accounts
 * and 10,000,000 labor entries generated in the database, the rollup built set-based, then through real
 * HTTP to a server in its own process (autocannon): the portfolio (p95 ≤ 100 ms), one account's
 * economics (p95 ≤ 20 ms), and the portfolio against a plain SELECT of the same sums over the rollup
 * (≤ 3×). Each read three ways: every read computed (VESTED_READ_CACHE_MB=0: what the first read after
 * a change costs — cold), as served (answers kept until data changes, http/read-cache.ts — warm), and
 * with a writer saving a monthly return every second under the readers (each save sends every reader
 * back to a computed answer). Also how long the demo workspace takes to load on PGlite. Figures, not a
 * test; CPU ms per request are printed too, since latency depends on whatever else the machine runs.
 * BENCH_ACCOUNTS, BENCH_ENTRIES, BENCH_SECONDS and BENCH_DEMO=0 change the size, length and steps;
 * BENCH_KEEP=1 keeps the generated database, and BENCH_REUSE=<its name> measures it again without
 * generating (and keeps it).
 */
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import pg from 'pg';
import { openDatabase } from '../src/db/client';
import { runMigrations } from '../src/db/migrate';
import { generateEconomics, timeDemoLoad } from './economics-fixture';
import { httpBench, type Result } from './http-load';

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

/** The same sums over the account × month summary (what the portfolio sums for a month other than the default). */
function plainSummarySums(): string {
  return `select a.id, r.invested, r.revenue, r.delivery, r.has_returns, r.prev_revenue, r.prev_delivery,
      r.prev_has_returns
    from accounts a left join (
      select account_id,
        sum(invested_minor) filter (where month >= $2) as invested,
        sum(revenue_minor) filter (where month >= $2) as revenue,
        sum(delivery_minor) filter (where month >= $2) as delivery,
        sum(return_rows) filter (where month >= $2) > 0 as has_returns,
        sum(revenue_minor) filter (where month < $2) as prev_revenue,
        sum(delivery_minor) filter (where month < $2) as prev_delivery,
        sum(return_rows) filter (where month < $2) > 0 as prev_has_returns
      from economics_account_month where month between $1 and $3 group by account_id
    ) r on r.account_id = a.id where a.archived_at is null`;
}

/** The same figures read from the kept window of the month (account-window.ts): what the portfolio reads. */
function plainWindowSums(): string {
  return `select a.id, w.invested_minor, w.revenue_minor, w.delivery_minor, w.return_rows > 0,
      w.prev_revenue_minor, w.prev_delivery_minor, w.prev_return_rows > 0
    from accounts a left join economics_account_window w on w.account_id = a.id and w.as_of = $1
    where a.archived_at is null`;
}

/**
 * A writer saving one account's revenue of last month every `everyMs` until stopped (alternating two
 * amounts): each save changes the rollup and moves the data generation, so kept answers go.
 */
function keepWriting(accountId: string, everyMs: number): { stop: () => Promise<number> } {
  let running = true;
  let saves = 0;
  const base = `http://127.0.0.1:${PORT}/api/v1`;
  const done = (async () => {
    const cookie = await cookieFor('director@bench.example');
    const { csrfToken } = (await (await fetch(`${base}/auth/me`, { headers: { cookie } })).json()) as {
      csrfToken: string;
    };
    const headers = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
    const month = new Date();
    month.setUTCDate(1);
    month.setUTCMonth(month.getUTCMonth() - 1);
    while (running) {
      const started = performance.now();
      const res = await fetch(`${base}/accounts/${accountId}/returns`, {
        method: 'PUT',
        headers,
        body: JSON.stringify({
          month: month.toISOString().slice(0, 7),
          kind: 'revenue',
          currency: 'USD',
          amount: saves % 2 === 0 ? 123_400 : 432_100,
        }),
      });
      if (!res.ok) throw new Error(`saving a return: ${res.status} ${await res.text()}`);
      saves++;
      await new Promise((r) => setTimeout(r, Math.max(0, everyMs - (performance.now() - started))));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await done;
      return saves;
    },
  };
}

async function plainSelect(
  url: string,
  connections: number,
  text: string,
  which: (months: string[]) => string[] = (months) => months,
): Promise<Figures> {
  const month = (back: number) => {
    const d = new Date();
    d.setUTCDate(1);
    d.setUTCMonth(d.getUTCMonth() - back);
    return d.toISOString().slice(0, 7);
  };
  const params = which([month(24), month(12), month(1)]);
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
        await c.query(text, params);
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
const { startServer, cookieFor, load } = httpBench(PORT, DURATION);

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
      `  entries generated in ${g.entriesSeconds.toFixed(1)} s; ${g.rollupRows.toLocaleString('en')} rollup rows built set-based in ${g.rollupSeconds.toFixed(1)} s (${(g.entriesSeconds + g.rollupSeconds).toFixed(0)} s in all)`,
    );
  }

  const dbPids = async () =>
    (
      await admin.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1', [name])
    ).rows.map((r) => r.pid);
  const portfolio = [
    '/api/v1/portfolio?pageSize=50&sort=rank',
    '/api/v1/portfolio?pageSize=50&sort=-invested&objective=growth',
  ];
  const accounts = accountIds.slice(0, 200).map((id) => `/api/v1/accounts/${id}/economics`);
  // The written account is not among the accounts read: its row locks never make a reader wait.
  const written = accountIds[accountIds.length - 1]!;
  const results: [Result, string][] = [];
  const vsTarget = (r: Result) => `p95 ${(r.p95 / r.target).toFixed(2)}× the target ${r.target} ms`;
  let s1: Figures | undefined;
  let s10: Figures | undefined;
  let summary1: Figures | undefined;
  let window1: Figures | undefined;
  for (const way of ['computed', 'kept', 'changing'] as const) {
    child = await startServer({
      DATABASE_URL: url.toString(),
      VESTED_READ_CACHE_MB: way === 'computed' ? '0' : '64',
    });
    const pids = { server: child.pid!, db: dbPids };
    const how =
      way === 'computed'
        ? 'every read computed (cold)'
        : way === 'kept'
          ? 'as served (warm)'
          : 'a return saved every second';
    try {
      const director = await cookieFor('director@bench.example');
      for (const path of [...portfolio, ...accounts.slice(0, 5)]) {
        const res = await fetch(`http://127.0.0.1:${PORT}${path}`, { headers: { cookie: director } });
        if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      }
      if (way === 'computed') log(`\nMeasuring, ${DURATION} s each…`);
      // Warm means every answer read is already kept: each path is read once before measuring.
      if (way === 'kept')
        for (const path of [...portfolio, ...accounts]) {
          const res = await fetch(`http://127.0.0.1:${PORT}${path}`, { headers: { cookie: director } });
          await res.text();
        }
      const writer = way === 'changing' ? keepWriting(written, 1000) : null;
      const scenarios: [string, number, number, string[]][] =
        way === 'kept'
          ? [
              ['portfolio', 100, 50, portfolio],
              ['account economics', 20, 50, accounts],
            ]
          : [
              ['portfolio', 100, 1, portfolio],
              ['portfolio', 100, 50, portfolio],
              ['account economics', 20, 1, accounts],
              ['account economics', 20, 50, accounts],
            ];
      for (const [what, target, connections, paths] of scenarios) {
        const conn = `${connections} connection${connections === 1 ? '' : 's'}`;
        const r = await load(`${what}, ${conn}, ${how}`, target, connections, director, paths, pids);
        results.push([r, vsTarget(r)]);
        await drained(director);
      }
      const saves = await writer?.stop();
      if (saves !== undefined) log(`  the writer saved ${saves} times while the readers read`);
      if (way === 'computed') {
        s1 = await plainSelect(url.toString(), 1, plainSums());
        s10 = await plainSelect(url.toString(), 10, plainSums());
        summary1 = await plainSelect(url.toString(), 1, plainSummarySums());
        window1 = await plainSelect(url.toString(), 1, plainWindowSums(), (months) => [months[2]!]);
      }
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child!.once('exit', r));
      child = undefined;
    }
  }
  const p1 = results.find(([r]) => r.name.startsWith('portfolio, 1 connection'))![0];
  const p50 = results.find(([r]) => r.name.startsWith('portfolio, 50 connections'))![0];
  log('\n| scenario | p50 ms | p95 ms | p99 ms | req/s | errors | CPU ms/req server + db | vs target |');
  log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const [r, note] of results)
    log(
      `| ${r.name} | ${r.p50} | ${r.p95} | ${r.p99} | ${Math.round(r.rps)} | ${r.errors} | ${r.serverCpu.toFixed(1)} + ${r.dbCpu.toFixed(1)} | ${note} |`,
    );
  const plain = (what: string, f: Figures, note: string) =>
    log(
      `| ${what} | ${f.p50} | ${f.p95} | | ${Math.round(f.rps)} | 0 | 0 + ${f.cpuPerRequest.toFixed(1)} | ${note} |`,
    );
  plain(
    'plain SELECT of the same sums over the rollup, 1 client',
    s1!,
    `the cold portfolio at 1 connection: ${(p1.p50 / s1!.p50).toFixed(2)}× its p50 (target ≤ 3×)`,
  );
  plain(
    'plain SELECT of the same sums over the rollup, 10 clients (the server pool)',
    s10!,
    `the cold portfolio at 50 connections: ${(p50.p50 / s10!.p50).toFixed(2)}× its p50`,
  );
  plain(
    'plain SELECT of the same sums over the account × month summary, 1 client',
    summary1!,
    `the cold portfolio at 1 connection: ${(p1.p50 / summary1!.p50).toFixed(2)}× its p50`,
  );
  plain(
    "plain SELECT of the same figures from the month's kept window, 1 client",
    window1!,
    `the cold portfolio at 1 connection: ${(p1.p50 / window1!.p50).toFixed(2)}× its p50`,
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

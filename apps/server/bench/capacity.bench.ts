/**
 * `npm run bench -- capacity`: the capacity matrix on a PostgreSQL server (BENCH_DATABASE_URL, default
 * the local one), through real HTTP to a server in its own process: 3,000 people × 5,000 accounts
 * (20,000 allocations with hours, capacities, 100 line managers of 29 people each).
 *  - the director's first page filtered by department (the target: p95 ≤ 100 ms);
 *  - the same grouped by line manager, over-allocated only (the filter runs before paging);
 *  - a line manager's own view (their line, through the recursive query).
 * Each runs two ways, each at 1 and at 50 connections: "cold", every read computed (VESTED_READ_CACHE_MB=0
 * — what the first read after any change costs), and "warm", answers kept until the data changes
 * (http/read-cache.ts); then warm with an editor saving an account ten times a second, so kept answers
 * keep going. Prints p50/p95/p99, requests/s and CPU per request in the server and in PostgreSQL — on a
 * shared machine the CPU per request is the steadier figure. A scenario that got no answer, or any
 * error, fails. BENCH_SECONDS (default 10) per scenario; BENCH_KEEP_DB=name seeds that database once and
 * keeps it. Not a test.
 */
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { sql } from 'drizzle-orm';
import { type Db, openDatabase } from '../src/db/client';
import { runMigrations } from '../src/db/migrate';
import { users } from '../src/db/schema';
import { hashPassword } from '../src/http/secrets';
import { benchDatabase } from './bench-database';
import { BENCH_PASSWORD, loadBenchData } from './fixture';
import { httpBench, type Result } from './http-load';

const ACCOUNTS = 5000;
/** A port nobody listens on (other servers may run on this machine). */
const PORT = await new Promise<number>((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as { port: number };
    probe.close(() => resolve(port));
  });
});
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);

/**
 * The matrix's facts on top of the shared fixture: every person a capacity (40–160 h, a few far too
 * small so some are over), every allocation its hours (4–40 h), people 100–2,999 reporting to one of
 * people 0–99, and a member user who is person 1 — the line manager of 29 people.
 */
async function seedCapacity(db: Db) {
  await db.execute(sql`update people set monthly_capacity_hours =
    case when right(name, 2) = '07' then 10 else 40 + (abs(hashtext(name)) % 121) end`);
  await db.execute(sql`update account_team_members set hours_per_month = 4 + (abs(hashtext(id::text)) % 37)`);
  await db.execute(sql`with numbered as (select id, row_number() over (order by name) - 1 as n from people)
    update people p set line_manager_person_id = boss.id
    from numbered me join numbered boss on boss.n = me.n % 100
    where p.id = me.id and me.n >= 100`);
  const [lead] = (
    (await db.execute(sql`select id from people order by name offset 1 limit 1`)) as unknown as {
      rows: { id: string }[];
    }
  ).rows;
  await db.insert(users).values({
    email: 'lead@bench.example',
    name: 'Line Lead',
    role: 'member',
    passwordHash: await hashPassword(BENCH_PASSWORD),
    personId: lead!.id,
  });
}

const { startServer, cookieFor, load, keepEditing } = httpBench(PORT, DURATION);

async function main() {
  // BENCH_KEEP_DB=name seeds that database once and keeps it, to measure again without seeding.
  const bench = await benchDatabase('capacity');
  let child: ChildProcess | undefined;
  const results: Result[] = [];
  try {
    const database = await openDatabase({ url: bench.url });
    await runMigrations(database);
    if (bench.fresh) {
      const seeded = await loadBenchData(database.db, ACCOUNTS);
      await seedCapacity(database.db);
      console.log(`  seeded ${ACCOUNTS} accounts, ${seeded.people} people, ${seeded.members} allocations`);
    }
    // A database in service has been vacuumed by autovacuum (a fresh load not yet, and the seed rewrote
    // every allocation): plans and index-only scans depend on what vacuum writes.
    await database.db.execute(sql`vacuum analyze`);
    // The edited account (the last one) shows on a director's page; readers never wait for its row lock.
    const edited = (
      (await database.db.execute(sql`select id from accounts order by name desc limit 1`)) as unknown as {
        rows: { id: string }[];
      }
    ).rows[0]!.id;
    await database.close();

    const pids = {
      server: 0,
      db: bench.backendPids,
    };
    const byDepartment = ['Sales', 'Delivery', 'Engineering', 'Marketing', 'Management'].map(
      (d) => `/api/v1/capacity/matrix?department=${d}&pageSize=50`,
    );
    const over = ['/api/v1/capacity/matrix?groupBy=lineManager&overAllocated=true&pageSize=50'];
    const own = ['/api/v1/capacity/matrix'];
    for (const way of ['cold', 'warm', 'changing'] as const) {
      child = await startServer({
        DATABASE_URL: bench.url,
        VESTED_READ_CACHE_MB: way === 'cold' ? '0' : '64',
      });
      pids.server = child.pid!;
      const how =
        way === 'cold'
          ? 'cold (every read computed)'
          : way === 'warm'
            ? 'warm (kept until a change)'
            : 'warm, data changing 10×/s';
      const director = await cookieFor('director@bench.example');
      const lead = await cookieFor('lead@bench.example');
      const editor = way === 'changing' ? keepEditing(edited, 100) : null;
      for (const connections of way === 'changing' ? [50] : [1, 50]) {
        const at = `${connections} connection${connections === 1 ? '' : 's'}, ${how}`;
        results.push(
          await load(
            `director, first page by department, ${at}`,
            100,
            connections,
            director,
            byDepartment,
            pids,
          ),
        );
        results.push(
          await load(
            `director, by line manager, over-allocated only, ${at}`,
            100,
            connections,
            director,
            over,
            pids,
          ),
        );
        results.push(await load(`line manager (29 people), ${at}`, 100, connections, lead, own, pids));
      }
      const saves = await editor?.stop();
      if (saves !== undefined) console.log(`  the editor saved ${saves} times while the readers read`);
      child.kill('SIGTERM');
      await new Promise((r) => child!.once('exit', r));
      child = undefined;
    }
    console.log(`\nPostgreSQL, 3,000 people × ${ACCOUNTS} accounts, ${DURATION}s per scenario`);
    console.log(
      '| scenario | p50 ms | p95 ms | p99 ms | req/s | KB/resp | CPU ms/req server · db | errors | p95 vs target |',
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const r of results) {
      // No answer at all (every request still waiting when the run ended) is a failure, not a p95 of 0.
      const verdict =
        r.rps === 0 || r.errors > 0
          ? 'FAILED (no answer or errors)'
          : `${r.p95 <= r.target ? 'met' : 'missed'} (≤ ${r.target} ms)`;
      console.log(
        `| ${r.name} | ${r.p50} | ${r.p95} | ${r.p99} | ${Math.round(r.rps)} | ${r.kb} | ${r.serverCpu.toFixed(1)} · ${r.dbCpu.toFixed(1)} | ${r.errors} | ${verdict} |`,
      );
    }
  } finally {
    if (child) {
      child.kill('SIGTERM');
      await new Promise((r) => child!.once('exit', r));
    }
    await bench.done();
  }
}

await main();

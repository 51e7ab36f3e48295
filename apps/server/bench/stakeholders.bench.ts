/**
 * `npm run bench -- stakeholders`: on a PostgreSQL server (BENCH_DATABASE_URL, default the local one),
 * through real HTTP to a server in its own process:
 *  - the map data of an account with 2,000 contacts (the org chart: every contact with its score and
 *    owners), target p95 ≤ 50 ms; and, for the record, the other map reads of its tab (grid, figures);
 *  - the relationships portfolio over 5,000 accounts and 50,000 contacts (sorted by cement, by gaps,
 *    filtered), target p95 ≤ 100 ms.
 * Each twice: cold, with the read cache off (VESTED_READ_CACHE_MB=0), so every request computes its
 * answer as the first read after a change does — at 1 connection (what one person waits for) and at 50
 * (fifty people each reading for the first time after a change; their keys differ, so the cache would
 * not share the work either); then warm, as served, where a read the data has not changed since is the
 * answer kept (http/read-cache.ts). Prints p50/p95/p99, requests/s, bytes per answer and CPU per request
 * in the server and in PostgreSQL — on a shared machine the CPU per request is the steadier figure. Not a
 * test: figures only. BENCH_SECONDS per scenario (default 10); BENCH_KEEP_DB=name seeds that database
 * once and keeps it.
 */
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { isoDate } from '@vested/domain';
import { sql } from 'drizzle-orm';
import { type Db, openDatabase } from '../src/db/client';
import { runMigrations } from '../src/db/migrate';
import { contactOwners, contacts, pulses, satisfactionReadings } from '../src/db/schema';
import { fillMissingSummaries } from '../src/features/stakeholders/account-summary';
import { mulberry32 } from '../src/seed/prng';
import { benchDatabase } from './bench-database';
import { loadBenchData } from './fixture';
import { httpBench, type Result } from './http-load';

const ACCOUNTS = 5000;
const CONTACTS = 50_000;
const BIG_ACCOUNT = 2000;
const PORT = 3311;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);

const roles = ['decision_maker', 'economic_buyer', 'influencer', 'technical_evaluator', 'user', 'champion'];
const attitudes = ['champion', 'supporter', 'neutral', 'skeptic', 'opponent'] as const;
const days = (base: string, n: number) => isoDate(new Date(Date.parse(`${base}T00:00:00Z`) + n * 86_400_000));

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += 1000) await insert(rows.slice(i, i + 1000));
}

/**
 * 50,000 contacts: 2,000 on the first account (a deep org chart: each reports to one of the first
 * contacts before it), the rest spread ~10 an account. About 3 readings each over the last year, an
 * owner for most, an answered pulse for every fifth.
 */
async function seedContacts(db: Db, accountIds: string[], personIds: string[], today: string) {
  const random = mulberry32(4);
  const rows: (typeof contacts.$inferInsert)[] = [];
  const readings: (typeof satisfactionReadings.$inferInsert)[] = [];
  const owners: (typeof contactOwners.$inferInsert)[] = [];
  const answered: (typeof pulses.$inferInsert)[] = [];
  const perAccount = (CONTACTS - BIG_ACCOUNT) / (accountIds.length - 1);
  for (let n = 0; n < CONTACTS; n++) {
    const big = n < BIG_ACCOUNT;
    const accountIndex = big
      ? 0
      : Math.min(accountIds.length - 1, 1 + Math.floor((n - BIG_ACCOUNT) / perAccount));
    const first = big ? 0 : BIG_ACCOUNT + Math.ceil((accountIndex - 1) * perAccount);
    const id = randomUUID();
    const boss = n > first ? rows[first + Math.floor((n - first - 1) / 4)]?.id : null;
    const left = random.next() < 0.05;
    rows.push({
      id,
      accountId: accountIds[accountIndex]!,
      name: `Contact ${n}`,
      title: 'Head of something',
      email: `contact${n}@client.example`,
      reportsToContactId: boss ?? null,
      decisionRole: random.pick(roles) as (typeof contacts.$inferInsert)['decisionRole'],
      influence: random.int(1, 5),
      interest: random.int(1, 5),
      attitude: random.pick(attitudes),
      interests: ['Fewer incidents', 'A faster release cycle'],
      status: left ? 'left' : 'active',
      leftOn: left ? days(today, -random.int(1, 200)) : null,
      createdAt: new Date(Date.parse(`${days(today, -400)}T09:00:00Z`)).toISOString(),
    });
    for (let r = random.int(0, 5); r > 0; r--) {
      readings.push({
        contactId: id,
        takenOn: days(today, -random.int(0, 360)),
        score: random.int(0, 10),
        source: 'meeting',
      });
    }
    if (random.next() < 0.8) {
      owners.push({
        contactId: id,
        personId: personIds[(accountIndex * 7 + (n % 3)) % personIds.length]!,
        depthNow: 'credible_source',
        lastTouchOn: days(today, -random.int(0, 120)),
      });
    }
    if (!left && random.next() < 0.2) {
      const usedAt = new Date(Date.parse(`${days(today, -random.int(1, 90))}T10:00:00Z`)).toISOString();
      answered.push({
        contactId: id,
        tokenHash: randomUUID(),
        expiresAt: usedAt,
        usedAt,
        npsAnswer: random.int(0, 10),
        csatAnswer: random.int(1, 5),
        createdAt: usedAt,
      });
    }
  }
  await insertChunked(rows, (c) => db.insert(contacts).values(c));
  await insertChunked(readings, (c) => db.insert(satisfactionReadings).values(c));
  await insertChunked(owners, (c) => db.insert(contactOwners).values(c));
  await insertChunked(answered, (c) => db.insert(pulses).values(c));
  return { contacts: rows.length, readings: readings.length, owners: owners.length, pulses: answered.length };
}

/** The accounts of a kept database, in the order the fixture made them (by name). */
async function existing(db: Db) {
  const rows = (await db.execute(sql`select id from accounts order by name`)) as unknown as {
    rows: { id: string }[];
  };
  return { accountIds: rows.rows.map((r) => r.id) };
}

const { startServer, cookieFor, load } = httpBench(PORT, DURATION);

/**
 * One reader, each read right after a change (a reading recorded on another account, which moves the data
 * generation): the first read after a change as the cache-on server serves it — the generation read, the
 * miss, the computation. Only the read is timed; the CPU of reads and writes cannot be told apart here.
 */
async function afterChange(
  name: string,
  target: number,
  cookie: string,
  paths: string[],
  contactId: string,
): Promise<Result> {
  const { csrfToken } = (await (
    await fetch(`http://127.0.0.1:${PORT}/api/v1/auth/me`, { headers: { cookie } })
  ).json()) as { csrfToken: string };
  const times: number[] = [];
  let bytes = 0;
  let errors = 0;
  const end = Date.now() + DURATION * 1000;
  for (let i = 0; Date.now() < end; i++) {
    const write = await fetch(`http://127.0.0.1:${PORT}/api/v1/contacts/${contactId}/readings`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({ takenOn: isoDate(new Date()), score: i % 11, source: 'meeting' }),
    });
    if (!write.ok) errors++;
    await write.arrayBuffer();
    const started = performance.now();
    const read = await fetch(`http://127.0.0.1:${PORT}${paths[i % paths.length]}`, { headers: { cookie } });
    bytes += (await read.arrayBuffer()).byteLength;
    times.push(performance.now() - started);
    if (!read.ok) errors++;
  }
  times.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round((times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0) * 10) / 10;
  return {
    name: `after a change (each read follows a write): ${name}, 1 connection`,
    target,
    connections: 1,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    rps: times.length / DURATION,
    errors,
    kb: Math.round(bytes / Math.max(1, times.length) / 1024),
    serverCpu: Number.NaN,
    dbCpu: Number.NaN,
  };
}

async function main() {
  // BENCH_KEEP_DB=name seeds that database once and keeps it, to measure again without seeding.
  const bench = await benchDatabase('stakeholders');
  const today = isoDate(new Date());
  let child: ChildProcess | undefined;
  try {
    const database = await openDatabase({ url: bench.url });
    await runMigrations(database);
    const base = !bench.fresh ? await existing(database.db) : await loadBenchData(database.db, ACCOUNTS);
    const personIds = (await database.db.execute(sql`select id from people order by name`)) as unknown as {
      rows: { id: string }[];
    };
    const seeded = !bench.fresh
      ? 'kept'
      : await seedContacts(
          database.db,
          base.accountIds,
          personIds.rows.map((p) => p.id),
          today,
        );
    const started = Date.now();
    const summaries = await fillMissingSummaries(database.db, new Date(), today);
    console.log(
      `  seeded ${ACCOUNTS} accounts,`,
      seeded,
      `; ${summaries} summaries in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    await database.db.execute(sql`analyze`);
    // The contact the editor of the "after a change" runs records readings on (a small account's).
    const edited = (
      (await database.db.execute(
        sql`select id from contacts where account_id = ${base.accountIds.at(-1)!} limit 1`,
      )) as unknown as { rows: { id: string }[] }
    ).rows[0]!.id;
    await database.close();

    const pids = (server: ChildProcess) => ({
      server: server.pid!,
      db: bench.backendPids,
    });
    const big = base.accountIds[0]!;
    const map = [`/api/v1/accounts/${big}/org-chart`];
    // What the Relationships tab reads of the map besides the chart, for the same account.
    const tab = [`/api/v1/accounts/${big}/stakeholder-grid`, `/api/v1/accounts/${big}/stakeholder-figures`];
    const portfolio = [
      '/api/v1/stakeholder-portfolio?sort=-cement&pageSize=50',
      '/api/v1/stakeholder-portfolio?sort=-gaps&pageSize=50&page=3',
      '/api/v1/stakeholder-portfolio?sort=weightedCement&tier=key&pageSize=25',
      '/api/v1/stakeholder-portfolio?sort=name&q=Account%200012&pageSize=25',
    ];
    const amPortfolio = ['/api/v1/stakeholder-portfolio?sort=-cement'];
    const results: Result[] = [];
    for (const mode of ['cold', 'warm'] as const) {
      child = await startServer({
        DATABASE_URL: bench.url,
        ...(mode === 'cold' ? { VESTED_READ_CACHE_MB: '0' } : {}),
      });
      const director = await cookieFor('director@bench.example');
      const am = await cookieFor('am@bench.example');
      const p = pids(child);
      // A few reads of every path first: the server's code compiled and warmed, and (warm) the answers kept.
      for (const [cookie, paths] of [
        [director, [...map, ...tab, ...portfolio]],
        [am, amPortfolio],
      ] as const)
        for (const path of paths)
          for (let i = 0; i < 3; i++)
            await (await fetch(`http://127.0.0.1:${PORT}${path}`, { headers: { cookie } })).arrayBuffer();
      const label = mode === 'cold' ? 'cold (every read computed)' : 'warm (answer kept)';
      if (mode === 'warm') {
        results.push(
          await afterChange('map of a 2,000-contact account', 50, director, map, edited),
          await afterChange('portfolio, director, sorted / filtered', 100, director, portfolio, edited),
        );
      }
      results.push(
        await load(`${label}: map of a 2,000-contact account, 1 connection`, 50, 1, director, map, p),
        await load(`${label}: map of a 2,000-contact account, 50 connections`, 50, 50, director, map, p),
        await load(`${label}: its grid and figures in turn, 1 connection`, 50, 1, director, tab, p),
        await load(
          `${label}: portfolio, director, sorted / filtered, 1 connection`,
          100,
          1,
          director,
          portfolio,
          p,
        ),
        await load(
          `${label}: portfolio, director, sorted / filtered, 50 connections`,
          100,
          50,
          director,
          portfolio,
          p,
        ),
        await load(
          `${label}: portfolio, account manager (visibility), 50 connections`,
          100,
          50,
          am,
          amPortfolio,
          p,
        ),
      );
      child.kill('SIGTERM');
      await new Promise((r) => child!.once('exit', r));
      child = undefined;
    }
    console.log(`\nPostgreSQL, ${ACCOUNTS} accounts, ${CONTACTS} contacts, ${DURATION}s per scenario`);
    console.log(
      '| scenario | p50 ms | p95 ms | p99 ms | req/s | KB/resp | CPU ms/req server · db | errors | p95 vs target |',
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const r of results) {
      console.log(
        `| ${r.name} | ${r.p50} | ${r.p95} | ${r.p99} | ${Math.round(r.rps)} | ${r.kb} | ${Number.isNaN(r.serverCpu) ? '—' : `${r.serverCpu.toFixed(1)} · ${r.dbCpu.toFixed(1)}`} | ${r.errors} | ${r.p95 <= r.target ? 'met' : 'missed'} (≤ ${r.target} ms) |`,
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

import { isoDate } from '@vested/domain';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { type Db, openDatabase } from '../src/db/client';
import { runMigrations } from '../src/db/migrate';
import * as schema from '../src/db/schema';
import { rebuildAccountMonths } from '../src/features/economics/account-month-summary';
import { rebuildRollup } from '../src/features/economics/rollup-bulk';
import { loadDemo } from '../src/seed/demo';
import type { DemoRows } from '../src/seed/demo-build';
import { buildDemoEconomics, loadDemoEconomics } from '../src/seed/demo-economics';
import { loadBenchData } from './fixture';

/**
 * A large company's economics, generated inside PostgreSQL (generate_series, no rows through Node):
 * the accounts and teams of fixture.ts (5,000 accounts, four people each), then `entries` labor entries
 * spread over the 36 months up to the current one — a few entries on each day someone works on an
 * account, as time trackers export them — plus trips, monthly revenue and delivery cost in USD, EUR and
 * GBP, exchange rates, cost rates per person, role and workspace (some changing mid-month), and value
 * events. The rollup is then built set-based from them (rebuildRollup in rollup-bulk.ts).
 */
export type Generated = {
  accountIds: string[];
  entries: number;
  rollupRows: number;
  /** Seconds: the raw entries, then the rollup built from them. */
  entriesSeconds: number;
  rollupSeconds: number;
};

const seconds = (since: number) => (performance.now() - since) / 1000;

export async function generateEconomics(
  url: string,
  accounts: number,
  entries: number,
  log: (line: string) => void,
): Promise<Generated> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const db = drizzle(client, { schema }) as unknown as Db;
  try {
    const { accountIds } = await loadBenchData(db, accounts);
    const q = (text: string) => client.query(text);
    await q(`set work_mem = '256MB'; set maintenance_work_mem = '1GB'; set synchronous_commit = off`);
    const start = `date_trunc('month', current_date)::date - interval '35 months'`;
    await q(`insert into cost_rates (level, from_date, hourly_minor, currency)
      values ('workspace', (${start})::date, 4500, 'USD')`);
    await q(`insert into cost_rates (level, role, from_date, hourly_minor, currency)
      select 'role', role, ((${start}) + make_interval(years => y))::date, base + y * 250, 'USD'
      from (values ('account_manager', 6500), ('engineer', 5200)) r(role, base), generate_series(0, 2) y`);
    // One person in ten has a rate of their own, in euros for some; half of them change it on a 15th.
    await q(`insert into cost_rates (level, person_id, from_date, hourly_minor, currency)
      select 'person', id, (${start})::date, 4000 + (n % 50) * 100, case when n % 3 = 0 then 'EUR' else 'USD' end
      from (select id, row_number() over (order by id) n from people) p where n % 10 = 0
      union all
      select 'person', id, ((${start}) + make_interval(months => (n % 30)::int))::date + 14, 4800 + (n % 50) * 100,
        case when n % 3 = 0 then 'EUR' else 'USD' end
      from (select id, row_number() over (order by id) n from people) p where n % 20 = 0`);
    await q(`insert into exchange_rates (currency, month, rate_per_base)
      select c, to_char((${start}) + make_interval(months => m), 'YYYY-MM'),
        round((base * (1 + 0.03 * sin(m / 4.0)))::numeric, 4)::text
      from (values ('EUR', 1.08), ('GBP', 1.27)) r(c, base), generate_series(0, 35) m`);

    // Entries: each team member logs `perMember` entries, three on each day they work on the account.
    const members = Number((await q('select count(*) as n from account_team_members')).rows[0].n);
    const perMember = Math.ceil(entries / members);
    await q(`create temporary table bench_members as
      select account_id, person_id, role, (row_number() over (order by account_id, person_id))::int as n
      from account_team_members`);
    // A bench database of its own, loaded the way a restore is: without the per-row foreign-key
    // triggers (the ids come from the tables they point to) and with the indexes built afterwards.
    await q('set session_replication_role = replica');
    // Typed entries, as if typed by hand: their partition (investments_typed) is the one loaded here.
    await q(`alter table investments_typed drop constraint investments_typed_pkey;
      drop index investments_account_idx`);
    const idOf = (n: string) => `('00000000-0000-4000-8000-' || lpad(to_hex(${n}), 12, '0'))::uuid`;
    let started = performance.now();
    const chunks = 10;
    for (let c = 0; c < chunks; c++) {
      await q(`insert into investments (id, account_id, kind, date, person_id, role, hours)
        select ${idOf(`(m.n - 1) * ${perMember} + s`)}, m.account_id, 'labor',
          (${start})::date + ((s - 1) / 3) * 6 + m.n % 6, m.person_id, m.role, 0.25 * (1 + floor(random() * 24))
        from bench_members m, generate_series(1, ${perMember}) s
        where m.n % ${chunks} = ${c} and (m.n - 1) * ${perMember} + s <= ${entries}`);
      log(
        `    ${(((c + 1) / chunks) * 100).toFixed(0)}% of the labor entries, ${seconds(started).toFixed(0)} s`,
      );
    }
    // Trips every third month, in the account's currency; revenue and delivery cost every month.
    await q(`create temporary table bench_accounts as
      select id, (row_number() over (order by id))::int as n,
        (array['USD', 'EUR', 'GBP'])[1 + (row_number() over (order by id))::int % 3] as currency
      from accounts`);
    await q(`insert into investments (account_id, kind, date, amount_minor, currency, note)
      select a.id, 'travel', (${start})::date + m * 30 + a.n % 25, 90000 + (a.n * 37 + m * 11) % 200000, a.currency,
        'Visit to the client'
      from bench_accounts a, generate_series(0, 35, 3) m`);
    await q(`insert into monthly_returns (account_id, month, kind, currency, amount_minor)
      select a.id, to_char((${start}) + make_interval(months => m), 'YYYY-MM'), k.kind, a.currency,
        case k.kind when 'revenue' then v else (v * (0.7 + (a.n % 20) / 100.0))::bigint end
      from bench_accounts a, generate_series(0, 34) m, (values ('revenue'), ('delivery_cost')) k(kind),
        lateral (select (4000000 + (a.n % 97) * 90000 + m * 20000)::bigint as v) r`);
    await q(`insert into value_events (account_id, date, kind, score)
      select a.id, (${start})::date + (a.n * 7 + e * 250) % 1060, (array['reference', 'case_study', 'logo_use'])[1 + e % 3], 1 + (a.n + e) % 6
      from bench_accounts a, generate_series(0, 3) e`);
    const indexing = performance.now();
    await q(`alter table investments_typed add constraint investments_typed_pkey primary key (id);
      create index investments_account_idx on investments using btree (account_id, date)`);
    log(`    indexes built in ${seconds(indexing).toFixed(0)} s`);
    const entriesSeconds = seconds(started);
    const total = Number((await q('select count(*) as n from investments')).rows[0].n);
    log(
      `    ${total.toLocaleString('en')} investments in ${entriesSeconds.toFixed(1)} s; building the rollup…`,
    );

    // Still as a restore: rollup rows point to the accounts their entries point to, so their triggers
    // stay off too; indexes and all else run.
    started = performance.now();
    const built = await rebuildRollup(db);
    const rollupSeconds = seconds(started);
    await q('set session_replication_role = origin');
    // The rollup's triggers were off with the rest: the account × month summary is built once from it.
    await rebuildAccountMonths(db);
    // Settled as autovacuum leaves the tables of a company that has had them for years: statistics,
    // and every row's visibility known (hint bits, the visibility map). Straight after a bulk load the
    // first statements to touch each page set those and write it again: the import bench ran 17.5 s on
    // a just-generated database and 14.0 s on the same one vacuumed (2.8 s of vacuum).
    await db.execute(sql`vacuum analyze`);
    return { accountIds, entries: total, ...built, entriesSeconds, rollupSeconds };
  } finally {
    await client.end();
  }
}

/**
 * How long `npm start` spends loading the demo workspace into an empty PGlite, and how much of that
 * its economics take: built and written again (the same rows, in a transaction rolled back).
 */
export async function timeDemoLoad(): Promise<{ totalMs: number; economicsMs: number; entries: number }> {
  const database = await openDatabase({});
  try {
    await runMigrations(database);
    const db = database.db;
    const today = isoDate(new Date());
    let started = performance.now();
    const summary = await loadDemo(db, today);
    const totalMs = performance.now() - started;
    const demo = {
      people: await db.select().from(schema.people),
      accounts: await db.select().from(schema.accounts),
      memberships: await db.select().from(schema.accountTeamMembers),
    } as unknown as DemoRows;
    let economicsMs = 0;
    await db
      .transaction(async (tx) => {
        await tx.execute(sql`truncate investments, monthly_returns, value_events, cost_rates, exchange_rates,
          economics_settings, economics_monthly_rollup`);
        started = performance.now();
        await loadDemoEconomics(tx, buildDemoEconomics(today, demo));
        economicsMs = performance.now() - started;
        tx.rollback();
      })
      .catch(() => {});
    return { totalMs, economicsMs, entries: summary.investments };
  } finally {
    await database.close();
  }
}

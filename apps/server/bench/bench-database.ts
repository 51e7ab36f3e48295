/**
 * A bench's own PostgreSQL database on the server named by BENCH_DATABASE_URL (default the local
 * server): made fresh and dropped at the end, or, with BENCH_KEEP_DB=name, made and seeded once and
 * kept, to measure again without seeding.
 */
import pg from 'pg';

export type BenchDatabase = {
  /** A connection to the server (not to the bench's database), for housekeeping. */
  admin: pg.Client;
  name: string;
  url: string;
  /** False when BENCH_KEEP_DB named a database seeded by an earlier run. */
  fresh: boolean;
  /** The database's backend processes (whose CPU a request costs), not counting `admin`. */
  backendPids: () => Promise<number[]>;
  /** Drop the database unless it is kept, and close `admin`. */
  done: () => Promise<void>;
};

export async function benchDatabase(prefix: string): Promise<BenchDatabase> {
  const server = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const kept = process.env.BENCH_KEEP_DB;
  const name = kept ?? `vested_bench_${prefix}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  const fresh = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount !== 1;
  if (fresh) await admin.query(`create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    admin,
    name,
    url: url.toString(),
    fresh,
    backendPids: async () =>
      (
        await admin.query<{ pid: number }>(
          'select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
          [name],
        )
      ).rows.map((r) => r.pid),
    done: async () => {
      if (!kept) await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

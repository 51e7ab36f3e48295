import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from './schema';

export type Schema = typeof schema;
/** The database as use cases see it; a transaction has the same shape. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type Database = {
  db: Db;
  engine: 'pglite' | 'postgres';
  /** The server's connection string (PostgreSQL only). */
  url?: string;
  close: () => Promise<void>;
};

/** PostgreSQL server when a URL is given, else the embedded PGlite in `dataDir` (or memory). */
export async function openDatabase(opts: {
  url?: string;
  dataDir?: string | null;
  poolSize?: number;
}): Promise<Database> {
  if (opts.url) {
    // JIT off: the app's queries are short, and a misestimated plan made PostgreSQL spend 1.5 s
    // compiling a query that ran in 190 ms (the matrix of a line manager, before it was rewritten).
    // A bulk statement that gains from JIT may `set local jit = on` in its transaction.
    const pool = new pg.Pool({ connectionString: opts.url, max: opts.poolSize ?? 10, options: '-c jit=off' });
    // An idle connection dropped by the server (restart, failover) must not crash the process: the pool
    // discards it and the next query opens a new one.
    pool.on('error', (err) => console.warn(`database connection lost: ${err.message}`));
    await pool.query('select 1');
    return {
      db: drizzlePg(pool, { schema }) as unknown as Db,
      engine: 'postgres',
      url: opts.url,
      close: () => pool.end(),
    };
  }
  const client = opts.dataDir ? await PGlite.create(opts.dataDir) : await PGlite.create();
  return {
    db: drizzlePglite(client, { schema }) as unknown as Db,
    engine: 'pglite',
    close: () => client.close(),
  };
}

import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { AppContext } from '../../context';
import type { Db } from '../../db/client';
import * as schema from '../../db/schema';
import type { StagedValue, StagingTarget } from './kind';

/**
 * THE ONE PLACE THE TWO ENGINES DIFFER. An import runs in one transaction and bulk-loads its checked
 * rows into its staging target: the temporary table `import_rows` (dropped at commit), or a table of the
 * kind's own (`stageInto`: time entries load their import's partition). Everything above this file is
 * the same on both engines:
 * - on a PostgreSQL server, rows stream in with COPY … FROM STDIN (pg-copy-streams) on the
 *   transaction's own connection: the fastest way into PostgreSQL, and memory holds one 64 KB chunk;
 * - on PGlite (one embedded connection, no COPY FROM STDIN), rows go in as multi-row INSERTs of 500.
 * From the staged rows the kind writes its records with set-based statements.
 */
export type StagingLoader = {
  /** Stages one row; a promise only when the caller must wait (a chunk is being flushed). */
  add(line: number, values: StagedValue[]): Promise<void> | undefined;
  /** Flushes what is buffered; after this the staged rows can be read. */
  finish(): Promise<void>;
  /** Gives up (the transaction is about to roll back): leaves the connection usable. */
  abort(): Promise<void>;
};

type Columns = readonly (readonly [string, string])[];

/** The temporary table import_rows: `line`, then the kind's columns. */
export async function createStaging(tx: Db, columns: Columns): Promise<StagingTarget> {
  const list = columns.map(([name, type]) => `${name} ${type}`).join(', ');
  await tx.execute(
    sql.raw(`create temporary table import_rows (line integer not null, ${list}) on commit drop`),
  );
  return {
    table: 'import_rows',
    columns: ['line', ...columns.map(([name]) => name)],
    values: (line, staged) => [line, ...staged],
  };
}

const special = /[\\\t\n\r]/;

/** A value in COPY's text format: tab-separated, \N for null, backslash escapes. */
export function copyText(v: StagedValue): string {
  if (v === null) return '\\N';
  if (typeof v !== 'string') return String(v);
  if (!special.test(v)) return v;
  return v.replace(/[\\\t\n\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
  );
}

function copyLoader(client: pg.PoolClient, target: StagingTarget): StagingLoader {
  const quote = (name: string) => client.escapeIdentifier(name);
  const stream = client.query(
    copyFrom(`copy ${quote(target.table)} (${target.columns.map(quote).join(', ')}) from stdin`),
  );
  let failure: Error | null = null;
  stream.on('error', (err) => {
    failure = err;
  });
  let buffer: string[] = [];
  let size = 0;
  const flush = async () => {
    if (failure) throw failure;
    if (buffer.length === 0) return;
    const chunk = buffer.join('');
    buffer = [];
    size = 0;
    if (!stream.write(chunk)) await Promise.race([once(stream, 'drain'), once(stream, 'error')]);
    if (failure) throw failure;
  };
  return {
    add(line, staged) {
      let text: string;
      if (target.copyLine) text = target.copyLine(line, staged);
      else {
        const values = target.values(line, staged);
        text = copyText(values[0] ?? null);
        for (let i = 1; i < values.length; i++) text += `\t${copyText(values[i] ?? null)}`;
        text += '\n';
      }
      buffer.push(text);
      size += text.length;
      return size >= 262_144 ? flush() : undefined;
    },
    async finish() {
      await flush();
      stream.end();
      await finished(stream);
      if (failure) throw failure;
    },
    async abort() {
      // Destroying the COPY sends CopyFail: the server ends the COPY and the connection can roll back.
      if (stream.writableFinished || stream.destroyed) return;
      stream.destroy(new Error('import abandoned'));
      await finished(stream).catch(() => undefined);
    },
  };
}

export function insertLoader(tx: Db, target: StagingTarget): StagingLoader {
  const names = sql.join(
    target.columns.map((c) => sql.identifier(c)),
    sql`, `,
  );
  let rows: StagedValue[][] = [];
  const flush = async () => {
    if (rows.length === 0) return;
    const values = rows.map(
      (r) =>
        sql`(${sql.join(
          r.map((v) => sql`${typeof v === 'bigint' ? String(v) : v}`),
          sql`, `,
        )})`,
    );
    rows = [];
    await tx.execute(
      sql`insert into ${sql.identifier(target.table)} (${names}) values ${sql.join(values, sql`, `)}`,
    );
  };
  return {
    add(line, staged) {
      rows.push(target.values(line, staged));
      return rows.length >= 500 ? flush() : undefined;
    },
    finish: flush,
    abort: async () => {
      rows = [];
    },
  };
}

/**
 * Memory for the transaction's sorts and hashes (a million staged rows grouped by day, by month,
 * sorted by account) and its index builds (an import's partition): with the server's defaults (4 MB,
 * 64 MB) they spill to disk in many passes. SET LOCAL ends with the transaction, so the pooled
 * connection goes back as it was.
 */
export async function bulkMemory(tx: Db): Promise<void> {
  await tx.execute(sql`set local work_mem = '256MB'`);
  await tx.execute(sql`set local maintenance_work_mem = '256MB'`);
}

/** What an import's transaction gives its work: the transaction and a loader for the staging table. */
export type ImportTx = { tx: Db; openLoader: (target: StagingTarget) => StagingLoader };

/**
 * Runs `work` in one transaction. On PostgreSQL the transaction gets a connection of its own (COPY
 * needs the raw client); nested transactions (the rollup's bulk writer) become savepoints as usual.
 */
export async function inImportTransaction<T>(ctx: AppContext, work: (t: ImportTx) => Promise<T>): Promise<T> {
  if (ctx.engine === 'pglite') {
    return ctx.db.transaction((tx) => work({ tx, openLoader: (target) => insertLoader(tx, target) }));
  }
  const pool = (ctx.db as unknown as { $client: pg.Pool }).$client;
  const client = await pool.connect();
  try {
    const own = drizzle(client, { schema }) as unknown as Db;
    return await own.transaction(async (tx) => {
      await bulkMemory(tx);
      return work({ tx, openLoader: (target) => copyLoader(client, target) });
    });
  } finally {
    client.release();
  }
}

import { eq } from 'drizzle-orm';
import pg from 'pg';
import type { Database } from '../db/client';
import { dataGeneration } from '../db/schema';

/**
 * Where the read cache learns the data generation (db/schema-generation.ts). Asking the database costs
 * a round trip on every cached read, a fifth of what a kept answer costs; on a PostgreSQL server the
 * counter's trigger also announces each new value (NOTIFY vested_generation, sent at commit, in commit
 * order), so a server that listens knows it without asking. Whatever this process itself writes, it
 * asks about before answering the write (`afterWrite`), so a person's next read here never misses their
 * own change; another app server hears of it within the notification's delivery, a millisecond or so.
 * While the listening connection is down, every read asks.
 */
export type GenerationSource = {
  current(): Promise<number>;
  afterWrite(): Promise<void>;
  close(): Promise<void>;
};

const CHANNEL = 'vested_generation';

export function askingGeneration(database: Database): () => Promise<number> {
  const current = database.db
    .select({ n: dataGeneration.n })
    .from(dataGeneration)
    .where(eq(dataGeneration.id, 1))
    .prepare('data_generation_current');
  return async () => Number((await current.execute())[0]?.n ?? 0);
}

export function generationSource(database: Database): GenerationSource {
  const ask = askingGeneration(database);
  if (database.engine !== 'postgres' || !database.url) {
    return { current: ask, afterWrite: async () => {}, close: async () => {} };
  }
  return listeningGeneration(database.url, ask);
}

function listeningGeneration(url: string, ask: () => Promise<number>): GenerationSource {
  /** The newest generation heard of, or null while not listening (then every read asks). */
  let known: number | null = null;
  /** The highest value announced, also while the first ask is under way (it may answer older). */
  let heard = 0;
  let client: pg.Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  const hear = (n: number) => {
    heard = Math.max(heard, n);
    if (known !== null) known = Math.max(known, n);
  };
  const lost = () => {
    known = null;
    client = null;
    if (!closed) retry ??= setTimeout(listen, 1_000);
  };
  async function listen(): Promise<void> {
    retry = undefined;
    const c = new pg.Client({ connectionString: url });
    c.on('notification', (message) => hear(Number(message.payload)));
    c.on('error', () => c.end().catch(() => {}));
    c.on('end', () => {
      if (client === c) lost();
    });
    try {
      await c.connect();
      await c.query(`listen ${CHANNEL}`);
      if (closed) return void (await c.end());
      client = c;
      // Listening first, then asking: a value announced in between is not lost (the larger one wins).
      const now = await ask();
      if (client === c) known = Math.max(heard, now);
    } catch {
      await c.end().catch(() => {});
      if (client === c || client === null) lost();
    }
  }
  void listen();

  return {
    current: async () => known ?? ask(),
    async afterWrite() {
      if (known === null) return;
      const n = await ask();
      hear(n);
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      const c = client;
      client = null;
      known = null;
      await c?.end().catch(() => {});
    },
  };
}

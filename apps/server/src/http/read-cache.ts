import type { FastifyRequest } from 'fastify';
import { actorOf } from './authenticate';

/**
 * Answers of heavy reads (a page of the account list, the portfolio, an org chart…), kept while the
 * data they were computed from cannot have changed. The database's data generation
 * (db/schema-generation.ts) moves at the commit of every transaction that changed business data, in
 * commit order; so a request first learns the generation (http/data-generation.ts: one indexed row, or
 * what the database announced), and any answer computed after
 * that generation was read is at least as new as everything the caller could have seen or written
 * before. When the generation moves, every kept answer goes: a change anywhere forgets everything,
 * which is coarse but cannot miss a dependency, and changes are rare beside reads.
 *
 * Callers asking for the same key at once share one computation. A key must name everything the answer
 * depends on besides the data: the route and its query, who asks (visibility and permissions come from
 * the user and role), and the day (team memberships and months begin and end by date). Failures are
 * never kept. Each server process keeps its own answers; no one needs to tell it anything.
 */
export type ReadCache = {
  read(key: string, compute: () => Promise<string>): Promise<string>;
};

/** What the kept answers may weigh in all (characters of JSON), oldest-used forgotten first. */
const MAX_CHARS = 64 * 1024 * 1024;

export function createReadCache(generation: () => Promise<number>, maxChars = MAX_CHARS): ReadCache {
  let newest = -1;
  let chars = 0;
  const kept = new Map<string, string>();
  const computing = new Map<string, Promise<string>>();

  const clear = () => {
    kept.clear();
    computing.clear();
    chars = 0;
  };

  const keep = (key: string, body: string) => {
    if (body.length > maxChars / 4) return;
    kept.set(key, body);
    chars += body.length;
    for (const [oldKey, old] of kept) {
      if (chars <= maxChars) break;
      kept.delete(oldKey);
      chars -= old.length;
    }
  };

  return {
    async read(key, compute) {
      if (maxChars === 0) return compute();
      const seen = await generation();
      if (seen > newest) {
        clear();
        newest = seen;
      }
      // A caller that read an older generation than the newest seen may take a newer answer; what it
      // computes itself is not kept, since it may already be out of date.
      const hit = kept.get(key);
      if (hit !== undefined) {
        kept.delete(key);
        kept.set(key, hit);
        return hit;
      }
      const running = computing.get(key);
      if (running) return running;
      const work = compute();
      if (seen !== newest) return work;
      computing.set(key, work);
      try {
        const body = await work;
        if (newest === seen) keep(key, body);
        return body;
      } finally {
        if (computing.get(key) === work) computing.delete(key);
      }
    },
  };
}

/** The key of a signed-in GET: who asks (user and role), on which day, and the path with its query. */
export function readKey(req: FastifyRequest, today: string): string {
  const who = actorOf(req);
  return `${who.userId} ${who.role} ${today} ${req.url}`;
}

/**
 * The data generation: one counter that moves whenever a transaction that changed business data
 * commits (triggers from the migration `data_generation_triggers`; the schema of tables it watches is
 * listed there). The read cache (http/read-cache.ts) keys computed answers by it, so an answer is reused
 * only while nothing it could depend on has changed. Part of the one schema: schema.ts re-exports this.
 */

import { sql } from 'drizzle-orm';
import { bigint, check, pgTable, smallint } from 'drizzle-orm/pg-core';

export const dataGeneration = pgTable(
  'data_generation',
  {
    id: smallint('id').primaryKey().default(1),
    n: bigint('n', { mode: 'number' }).notNull().default(0),
  },
  (t) => [check('data_generation_one_row', sql`${t.id} = 1`)],
);

/**
 * One row per committed writing transaction, deleted again by the deferred trigger that reads it: it
 * exists only so that the counter moves at commit, holding the counter's row lock for an instant
 * instead of from a transaction's first write to its end (an import would block every other writer).
 */
export const dataGenerationTouch = pgTable('data_generation_touch', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
});

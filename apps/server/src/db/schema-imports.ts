/**
 * Imports (issue 3, reused by later areas): one row per file a person imported — its kind, its content
 * hash (re-importing the same file of the same kind is a no-op), what it wrote, and the first row errors
 * of a failed attempt. The rows an import writes carry its id (`import_id` on investments, monthly
 * returns, exchange and cost rates), so undo deletes exactly them.
 * Part of the one schema: schema.ts re-exports this file.
 */
import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { at, id, stamps } from './columns';
import { users } from './schema';

export const importStatusValues = ['committed', 'failed', 'undone'] as const;

export const imports = pgTable(
  'imports',
  {
    id: id(),
    /** The import kind (time_entries, monthly_returns, …): plain text so later kinds plug in freely. */
    kind: text('kind').notNull(),
    status: text('status', { enum: importStatusValues }).notNull(),
    fileName: text('file_name').notNull(),
    /** SHA-256 (hex) of the file's bytes. */
    contentHash: text('content_hash').notNull(),
    format: text('format', { enum: ['csv', 'xlsx', 'vcf'] }).notNull(),
    preset: text('preset'),
    /** Field → column header, as applied. */
    mapping: jsonb('mapping').notNull().default({}),
    bytes: bigint('bytes', { mode: 'number' }).notNull().default(0),
    /** Data rows read from the file (the header not counted). */
    rowCount: integer('row_count').notNull().default(0),
    /** Records written (0 for a failed import). */
    writtenCount: integer('written_count').notNull().default(0),
    /** Records left out because they were already stored (same external id, same rate or return line). */
    skippedCount: integer('skipped_count').notNull().default(0),
    errorCount: integer('error_count').notNull().default(0),
    /** The first row errors ({ line, column?, reason }), capped; the full count is error_count. */
    errors: jsonb('errors').notNull().default([]),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    finishedAt: at('finished_at'),
    undoneAt: at('undone_at'),
    undoneByUserId: uuid('undone_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    ...stamps,
  },
  (t) => [
    // Two people importing the same file at once: the second waits on this index, then sees a no-op.
    uniqueIndex('imports_committed_hash_key').on(t.kind, t.contentHash).where(sql`${t.status} = 'committed'`),
    index('imports_created_idx').on(t.createdAt),
    index('imports_creator_idx').on(t.createdByUserId, t.createdAt),
  ],
);

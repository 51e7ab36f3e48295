import type { ImportDetail, ImportSummary, ListImportsQuery, Page, RowError } from '@vested/contracts';
import { canOnWorkspace } from '@vested/domain';
import { and, count, eq, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { imports, users } from '../../db/schema';
import type { SignedIn } from '../../http/authenticate';
import { notFound } from '../../http/errors';
import { offsetOf, orderBy } from '../../http/pagination';
import { iso } from '../accounts/queries';

const creator = alias(users, 'creator');
const undoer = alias(users, 'undoer');
const columns = {
  row: imports,
  creatorName: creator.name,
  undoerName: undoer.name,
};
type Row = { row: typeof imports.$inferSelect; creatorName: string | null; undoerName: string | null };

const base = (db: Db) =>
  db
    .select(columns)
    .from(imports)
    .leftJoin(creator, eq(creator.id, imports.createdByUserId))
    .leftJoin(undoer, eq(undoer.id, imports.undoneByUserId));

export function presentSummary({ row, creatorName, undoerName }: Row): ImportSummary {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    fileName: row.fileName,
    format: row.format,
    preset: row.preset,
    contentHash: row.contentHash,
    bytes: row.bytes,
    rowCount: row.rowCount,
    writtenCount: row.writtenCount,
    skippedCount: row.skippedCount,
    errorCount: row.errorCount,
    createdBy: { userId: row.createdByUserId, name: creatorName },
    createdAt: iso(row.createdAt),
    finishedAt: iso(row.finishedAt),
    undoneAt: iso(row.undoneAt),
    undoneBy: row.undoneAt ? { userId: row.undoneByUserId, name: undoerName } : null,
    version: row.version,
  };
}

export function presentDetail(r: Row): ImportDetail {
  return {
    ...presentSummary(r),
    mapping: r.row.mapping as Record<string, string[]>,
    errors: r.row.errors as RowError[],
  };
}

export async function loadDetail(db: Db, id: string): Promise<ImportDetail> {
  const [row] = await base(db).where(eq(imports.id, id));
  if (!row) throw notFound('Import');
  return presentDetail(row);
}

/** Finance and directors see every import; everyone else sees their own. */
export const seesAllImports = (actor: SignedIn) => canOnWorkspace(actor, 'manageEconomics');

export async function listImports(
  db: Db,
  actor: SignedIn,
  query: z.output<typeof ListImportsQuery>,
): Promise<Page<ImportSummary>> {
  const where = and(
    ...([
      seesAllImports(actor) ? undefined : eq(imports.createdByUserId, actor.userId),
      query.kind ? eq(imports.kind, query.kind) : undefined,
      query.status ? eq(imports.status, query.status) : undefined,
    ] as (SQL | undefined)[]),
  );
  const [rows, [total]] = await Promise.all([
    base(db)
      .where(where)
      .orderBy(
        ...orderBy(
          query.sort,
          {
            createdAt: imports.createdAt,
            fileName: imports.fileName,
            kind: imports.kind,
            status: imports.status,
          },
          imports.id,
        ),
      )
      .limit(query.pageSize)
      .offset(offsetOf(query.page, query.pageSize)),
    db.select({ n: count() }).from(imports).where(where),
  ]);
  return {
    items: rows.map(presentSummary),
    total: total?.n ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getImport(db: Db, actor: SignedIn, id: string): Promise<ImportDetail> {
  const [row] = await base(db).where(eq(imports.id, id));
  if (!row || (!seesAllImports(actor) && row.row.createdByUserId !== actor.userId)) throw notFound('Import');
  return presentDetail(row);
}

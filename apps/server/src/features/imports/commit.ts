import type { CommitImportQuery, ImportDetail, ImportProgressLine, ImportResult } from '@vested/contracts';
import { fieldPicker, isoDate } from '@vested/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import type { Db } from '../../db/client';
import { orderedImportId } from '../../db/ordered-ids';
import { imports } from '../../db/schema';
import type { SignedIn } from '../../http/authenticate';
import { invalid, ruleBroken } from '../../http/errors';
import { auditImport } from './audit';
import { loadDetail } from './history';
import { RowErrors } from './kind';
import { fileBody, importKey, kindFor, type Plan, planFor, readTable, Tap } from './plan';
import { type Table, UnreadableFile } from './read-file';
import { createStaging, inImportTransaction } from './staging';
import { PhaseTimer, timingsWanted } from './timings';

export type CommitQuery = z.output<typeof CommitImportQuery>;
export type Emit = (line: ImportProgressLine) => void;

/** Rows with errors: nothing was written; `detail` is the failed attempt as recorded, with its report. */
export class ImportRejected extends Error {
  constructor(readonly detail: ImportDetail) {
    super(
      `${detail.errorCount} ${detail.errorCount === 1 ? 'row has an error' : 'rows have errors'}; nothing was imported`,
    );
  }
}

class AlreadyImported extends Error {}
class RowsFailed extends Error {}

export type OpenedImport = {
  plan: Plan;
  table: Table;
  tap: Tap;
  query: CommitQuery;
  totalBytes: number | null;
};

async function committedWith(db: Db, kind: string, hash: string): Promise<string | null> {
  const [row] = await db
    .select({ id: imports.id })
    .from(imports)
    .where(and(eq(imports.kind, kind), eq(imports.contentHash, hash), eq(imports.status, 'committed')));
  return row?.id ?? null;
}

/**
 * Everything that can be refused before any answer is sent (so it is an ordinary 4xx): the right to
 * import the kind, a file already imported (when the client sent its hash), a file that cannot be read,
 * a mapping that does not fit its header.
 */
export async function openImport(
  ctx: AppContext,
  actor: SignedIn,
  body: unknown,
  query: CommitQuery,
  totalBytes: number | null,
): Promise<OpenedImport | { noOp: ImportResult }> {
  const kind = kindFor(actor, query.kind);
  if (query.sha256) {
    const id = await committedWith(ctx.db, kind.name, importKey(query.sha256, query.accountId));
    if (id) return { noOp: { noOp: true, import: await loadDetail(ctx.db, id) } };
  }
  const tap = new Tap();
  const table = await readTable(tap.through(fileBody(body)));
  const plan = planFor(kind, table.header, query);
  if (Object.keys(plan.problems).length > 0)
    throw invalid('The columns do not fit this import yet', plan.problems);
  return { plan, table, tap, query, totalBytes };
}

/**
 * THE IMPORT, in one transaction: every row is read, checked and its good rows bulk-loaded into the
 * staging table as the file streams in; the kind checks the staged rows as a whole (keys twice in the
 * file, conflicts with stored records); then the kind writes its records set-based, the rollup
 * follows, and the import is recorded with its audit rows. One bad row and nothing is written: the
 * transaction rolls back and the failed attempt is recorded with its first 1,000 row errors. The same
 * bytes of the same kind, already imported, add nothing (the content hash decides; a unique index
 * settles two people importing one file at once).
 */
export async function runImport(
  ctx: AppContext,
  actor: SignedIn,
  opened: OpenedImport,
  emit: Emit,
  opts: { progressEvery?: number } = {},
): Promise<ImportResult> {
  const { plan, table, tap, query, totalBytes } = opened;
  const every = opts.progressEvery ?? 5000;
  const timer = new PhaseTimer();
  const importId = orderedImportId(ctx.clock());
  const errors = new RowErrors();
  const now = () => ctx.clock().toISOString();
  let rows = 0;
  let hash = '';
  const progress = (phase: 'reading' | 'writing') =>
    emit({ type: 'progress', phase, rows, bytes: tap.bytes, totalBytes, errors: errors.count });
  const record = {
    kind: plan.kind.name,
    fileName: query.fileName,
    format: table.format,
    preset: plan.presetId,
    mapping: plan.mapping,
    createdByUserId: actor.userId,
  };

  try {
    const detail = await inImportTransaction(ctx, async ({ tx, openLoader }) => {
      const check = await plan.kind.prepare(tx, actor, {
        dateOrder: plan.dateOrder,
        preset: plan.preset,
        today: isoDate(ctx.clock()),
        accountId: query.accountId ?? null,
      });
      const target = plan.kind.stageInto
        ? await plan.kind.stageInto(tx, importId)
        : await createStaging(tx, plan.kind.staging);
      const pick = fieldPicker(plan.columns);
      const loader = openLoader(target);
      timer.mark('prepare');
      try {
        for await (const batch of table.rows) {
          // Reading: the upload arriving and split into rows; checking: the rows' own checks in Node;
          // staging: waiting for the database to take the staged rows.
          timer.mark('read file');
          for (const row of batch) {
            rows += 1;
            const checked = check(pick(row.cells), false);
            // Good rows are staged even after a bad one, so the whole-file checks can report theirs too.
            if (!checked.ok) errors.add(row.line, checked.field, checked.reason);
            else {
              const flushing = loader.add(row.line, checked.staged);
              if (flushing) {
                timer.mark('check rows');
                await flushing;
                timer.mark('stage rows');
              }
            }
            if (rows % every === 0) progress('reading');
          }
          timer.mark('check rows');
        }
        await loader.finish();
        timer.mark('stage rows');
      } catch (err) {
        await loader.abort();
        throw err;
      }
      // A connection dropped mid-upload must not pass for a shorter file.
      if (totalBytes !== null && tap.bytes !== totalBytes)
        throw invalid(
          `The file arrived incomplete (${tap.bytes} of ${totalBytes} bytes); nothing was imported`,
          {
            file: 'The upload was cut off',
          },
        );
      // Statistics of the staged rows, so the set-based statements that follow are planned for their size.
      await tx.execute(sql`analyze ${sql.identifier(target.table)}`);
      timer.mark('analyze staged');
      hash = importKey(tap.digest(), query.accountId);
      if (await committedWith(tx, plan.kind.name, hash)) throw new AlreadyImported();
      if (rows === 0)
        throw ruleBroken('The file has a header row but no data rows', { file: 'No data rows' });
      progress('writing');
      const w = {
        tx,
        importId,
        actor,
        fileName: query.fileName,
        errors,
        accountId: query.accountId ?? null,
        now: ctx.clock(),
        mark: (phase: string) => timer.mark(phase),
      };
      await plan.kind.check(w);
      timer.mark('check staged');
      if (errors.count > 0) throw new RowsFailed();
      await tx.insert(imports).values({
        ...record,
        id: importId,
        status: 'committed',
        contentHash: hash,
        bytes: tap.bytes,
        rowCount: rows,
        createdAt: now(),
        updatedAt: now(),
      });
      const written = await plan.kind.write(w);
      await tx
        .update(imports)
        .set({
          writtenCount: written.written,
          skippedCount: written.skipped,
          finishedAt: now(),
          updatedAt: now(),
        })
        .where(eq(imports.id, importId));
      await auditImport(tx, {
        actorUserId: actor.userId,
        importId,
        action: 'imported',
        changes: {
          kind: plan.kind.name,
          file: query.fileName,
          rows,
          written: written.written,
          skipped: written.skipped,
        },
      });
      const result = await loadDetail(tx, importId);
      timer.mark('record import');
      return result;
    });
    timer.mark('commit');
    if (timingsWanted()) console.error(timer.report(`import of ${rows} ${plan.kind.name} rows`));
    return { noOp: false, import: detail };
  } catch (err) {
    if (err instanceof AlreadyImported || isSameFileRace(err)) {
      const id = await committedWith(ctx.db, plan.kind.name, hash);
      if (id) return { noOp: true, import: await loadDetail(ctx.db, id) };
    }
    if (err instanceof UnreadableFile) throw invalid(err.message, { file: err.message });
    if (!(err instanceof RowsFailed)) throw err;
    const [failed] = await ctx.db
      .insert(imports)
      .values({
        ...record,
        status: 'failed',
        contentHash: hash,
        bytes: tap.bytes,
        rowCount: rows,
        errorCount: errors.count,
        errors: errors.sorted(),
        createdAt: now(),
        updatedAt: now(),
        finishedAt: now(),
      })
      .returning({ id: imports.id });
    throw new ImportRejected(await loadDetail(ctx.db, failed!.id));
  }
}

/** The unique index on committed (kind, hash) refused a second copy committed a moment earlier. */
function isSameFileRace(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 3; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, constraint } = e as { code?: unknown; constraint?: unknown };
    if (code === '23505' && constraint === 'imports_committed_hash_key') return true;
  }
  return false;
}

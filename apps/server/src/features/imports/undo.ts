import type { ImportDetail } from '@vested/contracts';
import type { ImportKindName } from '@vested/domain';
import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../context';
import { imports } from '../../db/schema';
import type { SignedIn } from '../../http/authenticate';
import { conflict, notFound, staleVersion } from '../../http/errors';
import { auditImport } from './audit';
import { loadDetail, seesAllImports } from './history';
import { importKindsByName } from './kinds';
import { kindFor } from './plan';
import { bulkMemory } from './staging';

/**
 * Undoes a whole import in one transaction: the kind deletes exactly the records carrying the import's
 * id (taking them out of the rollup, re-converting or revaluing what rates touched), the import is
 * marked undone, and the undo is audited. Records added since by other imports or by hand stay.
 */
export async function undoImport(
  ctx: AppContext,
  actor: SignedIn,
  id: string,
  version: number,
): Promise<ImportDetail> {
  return ctx.db.transaction(async (tx) => {
    if (ctx.engine === 'postgres') await bulkMemory(tx);
    const [row] = await tx.select().from(imports).where(eq(imports.id, id)).for('update');
    if (!row || (!seesAllImports(actor) && row.createdByUserId !== actor.userId)) throw notFound('Import');
    const kind = kindFor(actor, row.kind as ImportKindName);
    if (row.version !== version) throw staleVersion();
    if (row.status === 'undone') throw conflict('This import was already undone');
    if (row.status === 'failed') throw conflict('A failed import wrote nothing, so there is nothing to undo');
    const removed = await importKindsByName[kind.name].undo(tx, id, actor.userId, ctx.clock());
    const now = ctx.clock().toISOString();
    await tx
      .update(imports)
      .set({
        status: 'undone',
        undoneAt: now,
        undoneByUserId: actor.userId,
        version: sql`${imports.version} + 1`,
        updatedAt: now,
      })
      .where(eq(imports.id, id));
    await auditImport(tx, {
      actorUserId: actor.userId,
      importId: id,
      action: 'undone',
      changes: { kind: row.kind, file: row.fileName, removed },
    });
    return loadDetail(tx, id);
  });
}

import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { recordAudit } from '../audit/record-audit';

/**
 * An import is audited twice over: one workspace row (what file, how many records) and, for kinds whose
 * records belong to accounts, one row per account touched — so an account's history says "120 entries
 * imported from tempo-march.csv" without a row per entry. Both in the import's (or undo's) transaction.
 */
export async function auditImport(
  tx: Db,
  event: {
    actorUserId: string;
    importId: string;
    action: 'imported' | 'undone';
    changes: Record<string, unknown>;
  },
): Promise<void> {
  await recordAudit(tx, {
    actorUserId: event.actorUserId,
    entityType: 'import',
    entityId: event.importId,
    action: event.action,
    changes: Object.fromEntries(
      Object.entries(event.changes).map(([k, v]) =>
        event.action === 'imported' ? [k, { before: null, after: v }] : [k, { before: v, after: null }],
      ),
    ),
  });
}

/**
 * One audit row per account: `perAccount` selects `account_id` and `changes` (a jsonb object of
 * field → value) from the import's records.
 */
export async function auditPerAccount(
  tx: Db,
  event: { actorUserId: string; importId: string; action: 'imported' | 'undone'; perAccount: SQL },
): Promise<void> {
  const asChange =
    event.action === 'imported'
      ? sql`(select jsonb_object_agg(k, jsonb_build_object('before', null, 'after', v)) from jsonb_each(p.changes) as e(k, v))`
      : sql`(select jsonb_object_agg(k, jsonb_build_object('before', v, 'after', null)) from jsonb_each(p.changes) as e(k, v))`;
  await tx.execute(sql`insert into audit_log (actor_user_id, entity_type, entity_id, account_id, action, changes)
    select ${event.actorUserId}::uuid, 'import', ${event.importId}, p.account_id, ${event.action}, ${asChange}
    from (${event.perAccount}) p`);
}

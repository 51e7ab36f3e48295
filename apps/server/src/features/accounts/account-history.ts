import type { AccountDecision, AuditEntry, Page } from '@vested/contracts';
import { count, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { accountDecisions, auditLog, users } from '../../db/schema';
import { offsetOf } from '../../http/pagination';
import { iso } from './queries';

/** The audit trail of an account and of everything recorded against it (team, decisions), newest first. */
export async function accountHistory(
  db: Db,
  accountId: string,
  page: number,
  pageSize: number,
): Promise<Page<AuditEntry>> {
  const where = eq(auditLog.accountId, accountId);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: auditLog.id,
        at: auditLog.at,
        actorName: users.name,
        entityType: auditLog.entityType,
        entityId: auditLog.entityId,
        action: auditLog.action,
        changes: auditLog.changes,
      })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorUserId))
      .where(where)
      .orderBy(desc(auditLog.id))
      .limit(pageSize)
      .offset(offsetOf(page, pageSize)),
    db.select({ n: count() }).from(auditLog).where(where),
  ]);
  return {
    items: rows.map((r) => ({
      ...r,
      id: String(r.id),
      at: iso(r.at),
      changes: r.changes as AuditEntry['changes'],
    })),
    total: total?.n ?? 0,
    page,
    pageSize,
  };
}

export async function accountDecisionList(db: Db, accountId: string): Promise<AccountDecision[]> {
  const rows = await db
    .select({
      id: accountDecisions.id,
      kind: accountDecisions.kind,
      from: accountDecisions.fromValue,
      to: accountDecisions.toValue,
      reason: accountDecisions.reason,
      decidedByName: users.name,
      decidedAt: accountDecisions.decidedAt,
    })
    .from(accountDecisions)
    .leftJoin(users, eq(users.id, accountDecisions.decidedByUserId))
    .where(eq(accountDecisions.accountId, accountId))
    .orderBy(desc(accountDecisions.decidedAt));
  return rows.map((r) => ({ ...r, decidedAt: iso(r.decidedAt) }));
}

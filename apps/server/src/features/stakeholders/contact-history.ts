import type { AuditEntry, Page } from '@vested/contracts';
import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { auditLog, contactAudit, users } from '../../db/schema';
import { offsetOf } from '../../http/pagination';
import { iso } from '../accounts/queries';

/**
 * One contact's history, newest first: changes to them, readings, pulses sent and answered, owners added,
 * changed or removed, leaving, conflicts they are a side of. One indexed read through `contact_audit`; the
 * total rides along as an uncorrelated subquery (one round trip).
 */
export async function contactHistory(
  db: Db,
  contactId: string,
  page: number,
  pageSize: number,
): Promise<Page<AuditEntry>> {
  const mine = eq(contactAudit.contactId, contactId);
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorName: users.name,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      action: auditLog.action,
      changes: auditLog.changes,
      total: sql<number>`(select count(*)::int from ${contactAudit} where ${mine})`,
    })
    .from(contactAudit)
    .innerJoin(auditLog, eq(auditLog.id, contactAudit.auditId))
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(mine)
    .orderBy(desc(contactAudit.auditId))
    .limit(pageSize)
    .offset(offsetOf(page, pageSize));
  const total =
    rows[0]?.total ??
    (page === 1
      ? 0
      : ((await db.select({ n: sql<number>`count(*)::int` }).from(contactAudit).where(mine))[0]?.n ?? 0));
  return {
    items: rows.map(({ total: _t, ...r }) => ({
      ...r,
      id: String(r.id),
      at: iso(r.at),
      changes: r.changes as AuditEntry['changes'],
    })),
    total,
    page,
    pageSize,
  };
}

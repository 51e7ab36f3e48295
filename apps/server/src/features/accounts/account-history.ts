import type { AccountDecision, AuditEntry, Page } from '@vested/contracts';
import { count, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { accountDecisions, auditLog, people, users } from '../../db/schema';
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
  const items = rows.map((r) => ({
    ...r,
    id: String(r.id),
    at: iso(r.at),
    changes: r.changes as AuditEntry['changes'],
  }));
  return {
    items: await withPeopleNames(db, items),
    total: total?.n ?? 0,
    page,
    pageSize,
  };
}

/** A field that names a person by id: `personId`, `managerPersonId`, `previousPersonId`, … */
const personField = /(^p|P)ersonId$/;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Each entry with the names of the people its changes name by id, so the history reads "Alice → Bob"
 * rather than two ids. One query for the page; a person since deleted keeps their id.
 */
async function withPeopleNames(db: Db, items: AuditEntry[]): Promise<AuditEntry[]> {
  const idsOf = (entry: AuditEntry) =>
    Object.entries(entry.changes)
      .filter(([field]) => personField.test(field))
      .flatMap(([, change]) => [change.before, change.after])
      .filter((v): v is string => typeof v === 'string' && uuid.test(v));
  const ids = [...new Set(items.flatMap(idsOf))];
  if (ids.length === 0) return items;
  const found = await db
    .select({ id: people.id, name: people.name })
    .from(people)
    .where(inArray(people.id, ids));
  const names = new Map(found.map((p) => [p.id, p.name]));
  return items.map((entry) => {
    const own = idsOf(entry).filter((id) => names.has(id));
    return own.length === 0
      ? entry
      : { ...entry, names: Object.fromEntries(own.map((id) => [id, names.get(id)!])) };
  });
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

import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { contactAudit } from '../../db/schema';
import { type AuditEvent, recordAudit } from '../audit/record-audit';

export type StakeholderEntity =
  | 'contact'
  | 'contact_owner'
  | 'satisfaction_reading'
  | 'pulse'
  | 'conflict_of_interest';

/**
 * The audit row of a stakeholder-map change, always with the account it belongs to, and linked to the
 * contacts it is about so that each contact's history finds it.
 */
export async function auditStakeholders(
  tx: Db,
  event: Omit<AuditEvent, 'entityType' | 'accountId'> & {
    entityType: StakeholderEntity;
    accountId: string;
    contactIds: readonly string[];
  },
): Promise<void> {
  const { contactIds, ...audit } = event;
  await recordAudit(tx, audit);
  const ids = [...new Set(contactIds)];
  if (ids.length === 0) return;
  // currval is this session's last audit id, i.e. the row just written in this transaction.
  const auditId = sql`currval(pg_get_serial_sequence('audit_log', 'id'))`;
  await tx.insert(contactAudit).values(ids.map((contactId) => ({ contactId, auditId })));
}

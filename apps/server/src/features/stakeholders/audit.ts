import type { Db } from '../../db/client';
import { type AuditEvent, recordAudit } from '../audit/record-audit';

export type StakeholderEntity =
  | 'contact'
  | 'contact_owner'
  | 'satisfaction_reading'
  | 'pulse'
  | 'conflict_of_interest';

/** The audit row of a stakeholder-map change, always with the account it belongs to. */
export function auditStakeholders(
  tx: Db,
  event: Omit<AuditEvent, 'entityType' | 'accountId'> & { entityType: StakeholderEntity; accountId: string },
): Promise<void> {
  return recordAudit(tx, event);
}

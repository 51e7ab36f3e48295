import type { Changes } from '@vested/domain';
import type { Db } from '../../db/client';
import { auditLog } from '../../db/schema';

/** Every kind of record whose changes are audited, area by area. */
export type AuditedEntity =
  | 'account'
  | 'account_team_member'
  | 'account_decision'
  | 'person'
  | 'user'
  | 'api_token'
  | 'contact'
  | 'contact_owner'
  | 'satisfaction_reading'
  | 'pulse'
  | 'conflict_of_interest'
  | 'investment'
  | 'monthly_return'
  | 'value_event'
  | 'exchange_rate'
  | 'cost_rate'
  | 'economics_settings'
  | 'import'
  | 'team_role'
  | 'skill'
  | 'person_training'
  | 'account_team_plan'
  | 'manager_request'
  | 'manager_assessment';

export type AuditEvent = {
  actorUserId: string | null;
  entityType: AuditedEntity;
  entityId: string;
  accountId?: string | null;
  action: string;
  changes?: Changes;
};

/** Call inside the transaction of the change itself: the change and its audit row commit together. */
export async function recordAudit(tx: Db, event: AuditEvent): Promise<void> {
  await tx.insert(auditLog).values({
    actorUserId: event.actorUserId,
    entityType: event.entityType,
    entityId: event.entityId,
    accountId: event.accountId ?? null,
    action: event.action,
    changes: event.changes ?? {},
  });
}

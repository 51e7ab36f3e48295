import type { Db } from '../../db/client';
import { type AuditEvent, recordAudit } from '../audit/record-audit';

export type EconomicsEntity = Extract<
  AuditEvent['entityType'],
  'investment' | 'monthly_return' | 'value_event' | 'exchange_rate' | 'cost_rate' | 'economics_settings'
>;

/** The audit row of an economics change (in the transaction of the change). */
export function auditEconomics(
  tx: Db,
  event: Omit<AuditEvent, 'entityType'> & { entityType: EconomicsEntity },
): Promise<void> {
  return recordAudit(tx, event);
}

/** The audit changes of a deleted record: every field from its value to nothing. */
export function removed(fields: Record<string, unknown>): Record<string, { before: unknown; after: null }> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, { before: v ?? null, after: null }]));
}

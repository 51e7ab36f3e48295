import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rebuildRollup } from './rollup-bulk';

/**
 * Once, at the first start after migration 0019 (labor valued exactly, rounded once per row): a rollup
 * holding labor rows of the old rule (cost_micro null) is rebuilt from the raw entries. Under a lock,
 * so servers starting together rebuild it once. True when it rebuilt.
 */
export async function upgradeRollup(db: Db): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`lock table economics_monthly_rollup in exclusive mode`);
    const result = await tx.execute(
      sql`select exists (select 1 from economics_monthly_rollup where cost_micro is null) as stale`,
    );
    const [row] = (result as unknown as { rows: { stale: boolean }[] }).rows;
    if (!row?.stale) return false;
    await rebuildRollup(tx);
    return true;
  });
}

import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { factorsRelation, loadConversion, toBase } from '../economics/rollup-bulk-sql';

/**
 * When an import adds (or its undo removes) many exchange rates at once, the rollup rows they convert
 * follow set-based, with the same SQL forms of the domain's rules the bulk rollup writer uses
 * (economics/rollup-bulk-sql.ts). Cost rates revalue labor with economics/rollup-rates.ts's
 * revalueForRates, set-based already.
 */

/** Re-converts every rollup row of the (currency, month) pairs `pairs` selects, at today's rates. */
export async function reconvertPairs(tx: Db, pairs: SQL): Promise<void> {
  const conversion = await loadConversion(tx);
  await tx.execute(sql`update economics_monthly_rollup r
    set base_minor = ${toBase(conversion, sql`r.amount_minor`, sql`r.currency`, sql`f.factor`)}
    from (select distinct currency, month from (${pairs}) p0) p
      left join ${factorsRelation(conversion)} f on f.currency = p.currency and f.month = p.month
    where r.currency = p.currency and r.month = p.month`);
}

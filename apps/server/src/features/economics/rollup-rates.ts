import { type IsoDate, type TeamRole, valueLaborDay } from '@vested/domain';
import { and, eq, gte, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { costRates as costRatesTable, laborDays } from '../../db/schema';
import { contributionOf, costRatesOf, moveContribution, num, RateBook } from './rollup-store';

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

// When a rate changes, the rollup rows it values or converts follow in the same transaction.

/**
 * After a cost rate is added or removed: revalue the labor days it may change (from its date on, of its
 * person, of its role, or every day for a workspace default) and move their rollup contributions.
 */
export async function revalueLabor(
  tx: Db,
  scope: { personId?: string | null; role?: string | null; from: IsoDate },
): Promise<number> {
  const costs = costRatesOf(await tx.select().from(costRatesTable));
  const days = await tx
    .select()
    .from(laborDays)
    .where(
      and(
        gte(laborDays.date, scope.from),
        scope.personId ? eq(laborDays.personId, scope.personId) : undefined,
        scope.role ? eq(laborDays.role, scope.role) : undefined,
      ),
    );
  const book = new RateBook(tx);
  let changed = 0;
  for (const d of days) {
    const day = { ...d, role: d.role as TeamRole | null };
    const cost = valueLaborDay(day, costs);
    if ((cost?.amount ?? null) === d.costMinor && (cost?.currency ?? null) === d.costCurrency) continue;
    changed += 1;
    await tx
      .update(laborDays)
      .set({ costMinor: cost?.amount ?? null, costCurrency: cost?.currency ?? null })
      .where(
        and(
          eq(laborDays.accountId, d.accountId),
          eq(laborDays.personId, d.personId),
          d.role === null ? isNull(laborDays.role) : eq(laborDays.role, d.role),
          eq(laborDays.date, d.date),
        ),
      );
    await moveContribution(
      tx,
      book,
      day,
      contributionOf(d),
      contributionOf({ ...d, costMinor: cost?.amount ?? null, costCurrency: cost?.currency ?? null }),
    );
  }
  return changed;
}

/** After a month's rate of `currency` changes (or disappears): re-convert that month's rows. */
export async function reconvertMonth(tx: Db, currency: string, month: string): Promise<void> {
  const book = new RateBook(tx);
  const rows = rowsOf<{ account_id: string; kind: string; person_id: string | null; amount_minor: unknown }>(
    await tx.execute(sql`select account_id, kind, person_id, amount_minor from economics_monthly_rollup
      where currency = ${currency} and month = ${month}`),
  );
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    const values = [];
    for (const r of chunk)
      values.push(
        sql`(${r.account_id}::uuid, ${r.kind}, ${r.person_id}::uuid, ${await book.toBase(num(r.amount_minor), currency, month)}::bigint)`,
      );
    await tx.execute(sql`update economics_monthly_rollup r set base_minor = v.base
      from (values ${sql.join(values, sql`, `)}) as v(account_id, kind, person_id, base)
      where r.currency = ${currency} and r.month = ${month} and r.account_id = v.account_id
        and r.kind = v.kind and r.person_id is not distinct from v.person_id`);
  }
}

/** After the base currency changes (allowed only while no exchange rate exists): re-convert everything. */
export async function reconvertAll(tx: Db, base: string): Promise<void> {
  await tx.execute(sql`update economics_monthly_rollup
    set base_minor = case when currency = ${base} then amount_minor else null end`);
}

import {
  type CostRates,
  convert,
  costRates,
  parseDecimal,
  type TeamRole,
  unvaluedCurrency,
} from '@vested/domain';
import { and, eq, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { costRates as costRatesTable, economicsSettings, exchangeRates } from '../../db/schema';
import { microToMinor } from './rollup-bulk-sql';

/**
 * THE ONE WRITER OF THE ROLLUP (economics_monthly_rollup). Every use case that inserts, updates or
 * deletes an investment or a monthly return, or changes a rate, calls these in its own transaction, so
 * the sums can never disagree with the entries they sum (check-rollup.ts verifies).
 *
 * Labor: each entry is valued exactly at its day's cost rate (the domain's valueLaborEntry) and added to
 * its month's row in the rate's currency; the row's amount is its exact sum rounded once. A cost-rate
 * change recomputes the rows it touches (rollup-rates.ts). Each rollup row also keeps its sum converted
 * once into the base currency at its month's rate (null while that rate is missing).
 */

export const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(String(v)));
const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

export type RollupKey = {
  accountId: string;
  month: string;
  kind: string;
  currency: string;
  personId: string | null;
};
/** What one entry adds: a labor entry its exact value (costMicro) and no amount of its own. */
type Delta = { amount: number; microHours: number; entries: number; costMicro?: bigint };

/** The base currency and the month rates one transaction needs, each read once. */
export class RateBook {
  private base: string | undefined;
  private rates = new Map<string, string | null>();
  constructor(private tx: Db) {}

  async baseCurrency(): Promise<string> {
    if (this.base === undefined) {
      const [row] = await this.tx
        .select({ base: economicsSettings.baseCurrency })
        .from(economicsSettings)
        .where(eq(economicsSettings.id, 1));
      this.base = row?.base ?? 'USD';
    }
    return this.base;
  }

  /** `amount` of `currency` in the base currency at the month's rate; null when the rate is missing. */
  async toBase(amount: number, currency: string, month: string): Promise<number | null> {
    if (currency === unvaluedCurrency) return null;
    const base = await this.baseCurrency();
    if (currency === base) return amount;
    const key = `${currency} ${month}`;
    if (!this.rates.has(key)) {
      const [row] = await this.tx
        .select({ rate: exchangeRates.ratePerBase })
        .from(exchangeRates)
        .where(and(eq(exchangeRates.currency, currency), eq(exchangeRates.month, month)));
      this.rates.set(key, row?.rate ?? null);
    }
    const rate = this.rates.get(key);
    return rate ? convert({ amount, currency }, parseDecimal(rate), base).amount : null;
  }
}

/** Adds `delta` to one rollup row (creating it), drops it when no entry is left, re-converts it. */
export async function addToRollup(tx: Db, book: RateBook, key: RollupKey, delta: Delta): Promise<void> {
  const costMicro = String(delta.costMicro ?? 0n);
  if (delta.amount === 0 && delta.microHours === 0 && delta.entries === 0 && costMicro === '0') return;
  // A labor row's amount is its exact value rounded, never a sum of rounded amounts.
  const amount = (summed: SQL, exact: SQL) => (key.kind === 'labor' ? microToMinor(exact) : summed);
  const result = await tx.execute(sql`
    insert into economics_monthly_rollup as r
      (account_id, month, kind, currency, person_id, amount_minor, micro_hours, entries, cost_micro)
    values (${key.accountId}, ${key.month}, ${key.kind}, ${key.currency}, ${key.personId},
      ${amount(sql`${delta.amount}::bigint`, sql`${costMicro}::bigint`)}, ${delta.microHours}, ${delta.entries},
      ${costMicro}::bigint)
    on conflict on constraint monthly_rollup_key do update set
      amount_minor = ${amount(sql`r.amount_minor + ${delta.amount}::bigint`, sql`r.cost_micro + excluded.cost_micro`)},
      micro_hours = r.micro_hours + excluded.micro_hours,
      entries = r.entries + excluded.entries,
      cost_micro = r.cost_micro + excluded.cost_micro
    returning amount_minor, entries`);
  const [row] = rowsOf<{ amount_minor: unknown; entries: unknown }>(result);
  const where = sql`account_id = ${key.accountId} and month = ${key.month} and kind = ${key.kind}
    and currency = ${key.currency} and person_id is not distinct from ${key.personId}`;
  if (num(row?.entries) <= 0) {
    await tx.execute(sql`delete from economics_monthly_rollup where ${where}`);
    return;
  }
  const base = await book.toBase(num(row?.amount_minor), key.currency, key.month);
  await tx.execute(sql`update economics_monthly_rollup set base_minor = ${base} where ${where}`);
}

/**
 * Taken before labor is valued: a cost-rate change (revalueForRates, which takes a stronger lock on the
 * rollup) then either waits for this transaction and recomputes its entries too, or has committed and
 * the rates read next are the new ones. Writers do not wait for each other.
 */
export async function holdRatesStill(tx: Db): Promise<void> {
  await tx.execute(sql`lock table economics_monthly_rollup in row exclusive mode`);
}

/** The cost rates that can apply to `personId` in `role`: theirs, the role's, the workspace's. */
export async function costRatesFor(tx: Db, personId: string | null, role: string | null): Promise<CostRates> {
  const conditions: (SQL | undefined)[] = [eq(costRatesTable.level, 'workspace')];
  if (personId) conditions.push(eq(costRatesTable.personId, personId));
  if (role) conditions.push(eq(costRatesTable.role, role));
  const rows = await tx
    .select()
    .from(costRatesTable)
    .where(or(...conditions));
  return costRatesOf(rows);
}

export function costRatesOf(rows: (typeof costRatesTable.$inferSelect)[]): CostRates {
  const hourly = (r: (typeof rows)[number]) => ({ amount: r.hourlyMinor, currency: r.currency });
  return costRates({
    person: rows.flatMap((r) =>
      r.level === 'person' ? [{ personId: r.personId!, from: r.fromDate, hourly: hourly(r) }] : [],
    ),
    role: rows.flatMap((r) =>
      r.level === 'role' ? [{ role: r.role as TeamRole, from: r.fromDate, hourly: hourly(r) }] : [],
    ),
    workspace: rows.flatMap((r) =>
      r.level === 'workspace' ? [{ from: r.fromDate, hourly: hourly(r) }] : [],
    ),
  });
}

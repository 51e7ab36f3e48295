import {
  type CostRates,
  convert,
  costRates,
  type IsoDate,
  monthOf,
  parseDecimal,
  type TeamRole,
  unvaluedCurrency,
  valueLaborDay,
} from '@vested/domain';
import { and, eq, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { costRates as costRatesTable, economicsSettings, exchangeRates, laborDays } from '../../db/schema';

/**
 * THE ONE WRITER OF THE ROLLUP (economics_monthly_rollup and economics_labor_days). Every use case that
 * inserts, updates or deletes an investment or a monthly return, or changes a rate, calls these in its
 * own transaction, so the sums can never disagree with the entries they sum (check-rollup.ts verifies).
 *
 * Labor: a person's hours of one day and role are kept in economics_labor_days and valued there at the
 * day's cost rate (the domain's grain); the rollup holds the valued days of the month, in the rate's
 * currency. A cost-rate change revalues the days it touches. Each rollup row also keeps its sum converted
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
type Delta = { amount: number; microHours: number; entries: number };

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
  if (delta.amount === 0 && delta.microHours === 0 && delta.entries === 0) return;
  const result = await tx.execute(sql`
    insert into economics_monthly_rollup as r
      (account_id, month, kind, currency, person_id, amount_minor, micro_hours, entries)
    values (${key.accountId}, ${key.month}, ${key.kind}, ${key.currency}, ${key.personId},
      ${delta.amount}, ${delta.microHours}, ${delta.entries})
    on conflict on constraint monthly_rollup_key do update set
      amount_minor = r.amount_minor + excluded.amount_minor,
      micro_hours = r.micro_hours + excluded.micro_hours,
      entries = r.entries + excluded.entries
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

export type LaborDayKey = { accountId: string; personId: string; role: TeamRole | null; date: IsoDate };
type Contribution = { currency: string; amount: number; microHours: number; entries: number };

export async function moveContribution(
  tx: Db,
  book: RateBook,
  day: LaborDayKey,
  before: Contribution,
  after: Contribution,
): Promise<void> {
  const key = { accountId: day.accountId, month: monthOf(day.date), kind: 'labor', personId: day.personId };
  const minus = { amount: -before.amount, microHours: -before.microHours, entries: -before.entries };
  if (before.currency === after.currency) {
    await addToRollup(
      tx,
      book,
      { ...key, currency: after.currency },
      {
        amount: after.amount + minus.amount,
        microHours: after.microHours + minus.microHours,
        entries: after.entries + minus.entries,
      },
    );
    return;
  }
  await addToRollup(tx, book, { ...key, currency: before.currency }, minus);
  await addToRollup(tx, book, { ...key, currency: after.currency }, after);
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

export const contributionOf = (d: {
  costMinor: number | null;
  costCurrency: string | null;
  microHours: number;
  entries: number;
}): Contribution => ({
  currency: d.costCurrency ?? unvaluedCurrency,
  amount: d.costMinor ?? 0,
  microHours: d.microHours,
  entries: d.entries,
});

/** Adds (or, negative, removes) hours of one labor entry to its day, revalues the day, moves the rollup. */
export async function addLaborHours(
  tx: Db,
  book: RateBook,
  day: LaborDayKey,
  microHours: number,
  entries: number,
  costs: CostRates,
): Promise<void> {
  const result = await tx.execute(sql`
    insert into economics_labor_days as d (account_id, person_id, role, date, micro_hours, entries)
    values (${day.accountId}, ${day.personId}, ${day.role}, ${day.date}, ${microHours}, ${entries})
    on conflict on constraint labor_days_key do update set
      micro_hours = d.micro_hours + excluded.micro_hours, entries = d.entries + excluded.entries
    returning micro_hours, entries, cost_minor, cost_currency`);
  const [row] = rowsOf<{
    micro_hours: unknown;
    entries: unknown;
    cost_minor: unknown;
    cost_currency: string | null;
  }>(result);
  const now = { microHours: num(row?.micro_hours), entries: num(row?.entries) };
  const before = contributionOf({
    costMinor: row?.cost_minor === null ? null : num(row?.cost_minor),
    costCurrency: row?.cost_currency ?? null,
    microHours: now.microHours - microHours,
    entries: now.entries - entries,
  });
  const where = and(
    eq(laborDays.accountId, day.accountId),
    eq(laborDays.personId, day.personId),
    day.role === null ? isNull(laborDays.role) : eq(laborDays.role, day.role),
    eq(laborDays.date, day.date),
  );
  let after: Contribution = { currency: before.currency, amount: 0, microHours: 0, entries: 0 };
  if (now.entries <= 0) await tx.delete(laborDays).where(where);
  else {
    const cost = valueLaborDay({ ...day, ...now }, costs);
    await tx
      .update(laborDays)
      .set({ costMinor: cost?.amount ?? null, costCurrency: cost?.currency ?? null })
      .where(where);
    after = contributionOf({ costMinor: cost?.amount ?? null, costCurrency: cost?.currency ?? null, ...now });
  }
  await moveContribution(tx, book, day, before, after);
}

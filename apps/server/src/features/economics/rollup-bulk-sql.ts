import { isKnownCurrency, minorUnitExponent, parseDecimal, unvaluedCurrency } from '@vested/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';

/**
 * The domain's valuation and conversion rules as SQL, for the set-based rollup writer (rollup-bulk.ts).
 * Every figure is computed in exact `numeric` (products only: numeric division may round) and rounded
 * once: conversions half to even as the domain's divideHalfEven does, labor a half up as its
 * microToMinor does; the feature tests compare the results with the per-entry writer and with
 * checkRollup().
 */

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/** `x` (an exact numeric) rounded half to even to a bigint: 2.5 → 2, 3.5 → 4, −2.5 → −2. */
export function halfEven(x: SQL): SQL {
  const v = sql`(${x})::numeric`;
  // round() goes half away from zero; an exact tie that landed on an odd number steps back to the even one.
  return sql`(round(${v}) - case when abs(${v} - trunc(${v})) = 0.5 and mod(round(${v}), 2) <> 0
    then sign(${v}) else 0 end)::bigint`;
}

/** Micro-hours of one entry's exact `hours` (numeric(12,6), so the product is a whole number). */
export const microHoursOf = (hours: SQL) => sql`round(${hours} * 1000000)::bigint`;

/**
 * Cost rates as ranges [from, until): the latest rate of an owner with from ≤ date is the one whose
 * range holds the date. Joined three times (person, role, workspace) by `valuedEntries`; the table is tiny.
 */
const rateRanges = sql`(select level, person_id, role, from_date, hourly_minor, currency,
    lead(from_date) over (partition by level, person_id, role order by from_date) as until
  from cost_rates)`;

/**
 * `entries` (a relation with account_id, person_id, role, date, micro_hours) valued like the domain's
 * valueLaborEntry: the person's own rate of the day, else their role's, else the workspace default;
 * cost_micro = hourly × micro-hours, exact (millionths of the minor unit; rounded only per rollup row,
 * by `microToMinor`); null when no rate applies. A `select` of `columns` of e, then cost_micro and
 * cost_currency.
 */
export function valuedEntries(entries: SQL, columns: SQL): SQL {
  const within = (alias: string) =>
    sql.raw(`${alias}.from_date <= e.date and (${alias}.until is null or e.date < ${alias}.until)`);
  return sql`select ${columns},
      coalesce(pr.hourly_minor, rr.hourly_minor, wr.hourly_minor) * e.micro_hours as cost_micro,
      coalesce(pr.currency, rr.currency, wr.currency) as cost_currency
    from ${entries} e
      left join ${rateRanges} pr on pr.level = 'person' and pr.person_id = e.person_id and ${within('pr')}
      left join ${rateRanges} rr on rr.level = 'role' and rr.role = e.role and ${within('rr')}
      left join ${rateRanges} wr on wr.level = 'workspace' and ${within('wr')}`;
}

/** A labor row's amount from its exact value: millionths of the minor unit, a half up (the domain's microToMinor). */
export const microToMinor = (costMicro: SQL) =>
  sql`floor(((${costMicro})::numeric + 500000) / 1000000)::bigint`;

/** An exact decimal text of units × 10^exponent ('10835', −4 → '1.0835'). */
function decimalText(units: bigint, exponent: number): string {
  if (exponent >= 0) return (units * 10n ** BigInt(exponent)).toString();
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(-exponent + 1, '0');
  const point = digits.length + exponent;
  return `${negative ? '-' : ''}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * The workspace's base currency and, per currency × month with a rate, the exact factor taking an
 * amount in that currency's minor unit to the base's minor unit (rate × 10^(base exponent − exponent)),
 * as the domain's convert() does in BigInt. Read once per bulk write: the rate table is small.
 */
export type Conversion = { base: string; factors: string };

export async function loadConversion(tx: Db): Promise<Conversion> {
  const result = await tx.execute(sql`select
    (select base_currency from economics_settings where id = 1) as base,
    coalesce((select json_agg(json_build_array(currency, month, rate_per_base)) from exchange_rates), '[]') as rates`);
  const [row] = rowsOf<{ base: string | null; rates: unknown }>(result);
  const base = row?.base ?? 'USD';
  const rates = (typeof row?.rates === 'string' ? JSON.parse(row.rates) : row?.rates) as [
    string,
    string,
    string,
  ][];
  const baseExponent = minorUnitExponent(base);
  const factors = rates
    // A rate of a currency no entry can carry (not ISO 4217) converts nothing; the base is always 1.
    .filter(([currency]) => isKnownCurrency(currency) && currency !== base)
    .map(([currency, month, text]) => {
      const rate = parseDecimal(text);
      const exponent = baseExponent - minorUnitExponent(currency) - rate.scale;
      return { currency, month, factor: decimalText(rate.units, exponent) };
    });
  return { base, factors: JSON.stringify(factors) };
}

/** A `factors` relation (currency, month, factor) to join: one bound JSON parameter, not one per rate. */
export const factorsRelation = (c: Conversion) =>
  sql`(select * from json_to_recordset(${c.factors}::json) as f(currency text, month text, factor numeric))`;

/**
 * `amount` of `currency` in the base currency, given the factor joined for its month (null when the
 * month's rate is missing, or for unvalued hours): the rollup's base_minor.
 */
export function toBase(c: Conversion, amount: SQL, currency: SQL, factor: SQL): SQL {
  return sql`case when ${currency} = ${c.base} then ${amount}
    when ${currency} = ${unvaluedCurrency} or ${factor} is null then null
    else ${halfEven(sql`${amount}::numeric * ${factor}`)} end`;
}

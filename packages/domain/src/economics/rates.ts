import type { IsoDate } from '../dates';
import { assertIsoMonth, type IsoMonth, monthOf } from './calendar';
import { type Decimal, parseDecimal } from './decimal';
import { EconomicsError, MissingRate } from './errors';
import { type CurrencyCode, convert, type Money, minorUnitExponent } from './money';

/** 1 unit of `currency` = `ratePerBase` units of the workspace base currency, for the whole `month`. */
export type ExchangeRate = { currency: CurrencyCode; month: IsoMonth; ratePerBase: string };

export type ExchangeRates = {
  base: CurrencyCode;
  /** The rate of that month: the base currency is always '1'; a missing one throws MissingRate. */
  rateFor(currency: CurrencyCode, month: IsoMonth): string;
  /** `value` in the base currency at the rate of `month` (rounded half-even, see convert). */
  toBase(value: Money, month: IsoMonth): Money;
};

/**
 * The workspace's rate table. Rates are per calendar month (one figure per month is what finance
 * publishes and what a monthly return needs); there is deliberately no "nearest month" fallback, because
 * a silently borrowed rate is a wrong figure nobody notices. Conflicting duplicates are refused.
 */
export function exchangeRates(base: CurrencyCode, rates: readonly ExchangeRate[]): ExchangeRates {
  minorUnitExponent(base);
  const table = new Map<string, { text: string; value: Decimal }>();
  for (const rate of rates) {
    minorUnitExponent(rate.currency);
    assertIsoMonth(rate.month);
    const value = parseDecimal(rate.ratePerBase);
    if (value.units <= 0n)
      throw new EconomicsError(
        'invalid_decimal',
        `The ${rate.currency} rate for ${rate.month} must be above zero`,
      );
    const key = `${rate.currency} ${rate.month}`;
    const seen = table.get(key);
    const same = (a: Decimal, b: Decimal) =>
      a.units * 10n ** BigInt(b.scale) === b.units * 10n ** BigInt(a.scale);
    if (rate.currency === base && !same(value, { units: 1n, scale: 0 }))
      throw new EconomicsError(
        'conflicting_rate',
        `The base currency ${base} is always 1, not ${rate.ratePerBase}`,
      );
    if (seen && !same(seen.value, value))
      throw new EconomicsError(
        'conflicting_rate',
        `Two different ${rate.currency} rates for ${rate.month}: ${seen.text} and ${rate.ratePerBase}`,
      );
    table.set(key, { text: rate.ratePerBase, value });
  }

  const lookup = (currency: CurrencyCode, month: IsoMonth) => {
    assertIsoMonth(month);
    if (currency === base) return { text: '1', value: { units: 1n, scale: 0 } };
    const found = table.get(`${currency} ${month}`);
    if (!found) throw new MissingRate(currency, month);
    return found;
  };

  return {
    base,
    rateFor: (currency, month) => lookup(currency, month).text,
    toBase: (value, month) =>
      value.currency === base ? value : convert(value, lookup(value.currency, month).value, base),
  };
}

/** `value` dated `date` in the base currency, at the rate of the date's month. */
export function toBaseOn(rates: ExchangeRates, value: Money, date: IsoDate): Money {
  return rates.toBase(value, monthOf(date));
}

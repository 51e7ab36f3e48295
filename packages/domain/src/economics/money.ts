import { type Decimal, divideHalfEven, parseDecimal, pow10 } from './decimal';
import { EconomicsError } from './errors';

/** ISO 4217 code, e.g. 'USD'. */
export type CurrencyCode = string;

/**
 * An amount of money: an integer count of the currency's minor unit (cents for USD, yen for JPY, fils
 * for KWD) and its ISO 4217 code. Integers add exactly; only conversion ever rounds.
 */
export type Money = { amount: number; currency: CurrencyCode };

// ISO 4217 minor-unit exponents of the currencies a services company meets. A code not listed is an
// error rather than a guess: treating KWD as 2 decimals would be off by a factor of ten.
const exponents = new Map<CurrencyCode, number>([
  ...'JPY KRW ISK CLP VND UGX XOF XAF'.split(' ').map((c) => [c, 0] as const),
  ...'KWD BHD OMR JOD TND LYD IQD'.split(' ').map((c) => [c, 3] as const),
  ...(
    'USD EUR GBP CHF CAD AUD NZD SEK NOK DKK PLN CZK HUF RON BGN RSD TRY RUB BYN UAH KZT UZS GEL AMD AZN ' +
    'ILS AED SAR QAR EGP ZAR NGN KES INR PKR LKR BDT CNY HKD TWD SGD MYR THB IDR PHP BRL MXN ARS COP PEN UYU'
  )
    .split(' ')
    .map((c) => [c, 2] as const),
]);

export function isKnownCurrency(currency: string): boolean {
  return exponents.has(currency);
}

/** How many decimals the currency's minor unit has: USD 2, JPY 0, KWD 3. */
export function minorUnitExponent(currency: CurrencyCode): number {
  const exponent = exponents.get(currency);
  if (exponent === undefined)
    throw new EconomicsError(
      'unknown_currency',
      `Unknown currency '${currency}' (expected an ISO 4217 code)`,
    );
  return exponent;
}

function checked(amount: number, currency: CurrencyCode): Money {
  if (!Number.isSafeInteger(amount))
    throw new EconomicsError('invalid_amount', `Amount must be a whole number of minor units: ${amount}`);
  return { amount, currency };
}

/** A validated Money: a known currency and a safe integer amount of its minor unit. */
export function money(amount: number, currency: CurrencyCode): Money {
  minorUnitExponent(currency);
  return checked(amount, currency);
}

export function zero(currency: CurrencyCode): Money {
  return money(0, currency);
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency)
    throw new EconomicsError(
      'currency_mismatch',
      `Cannot combine ${a.currency} and ${b.currency} without converting one of them`,
    );
}

export function addMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return checked(a.amount + b.amount, a.currency);
}

export function subtractMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return checked(a.amount - b.amount, a.currency);
}

/** The sum of amounts that must all be in `currency` (which also names the currency of an empty sum). */
export function sumMoney(items: readonly Money[], currency: CurrencyCode): Money {
  return items.reduce(addMoney, zero(currency));
}

/**
 * `value` in `to`, where 1 unit of value's currency = `rate` units of `to`. Computed exactly in BigInt
 * over both minor-unit exponents (100 JPY at 0.0067 is 0.67 USD = 67 cents), then rounded half-even
 * (see divideHalfEven) to the target's minor unit.
 */
export function convert(value: Money, rate: string | Decimal, to: CurrencyCode): Money {
  const r = typeof rate === 'string' ? parseDecimal(rate) : rate;
  if (r.units <= 0n) throw new EconomicsError('invalid_decimal', 'An exchange rate must be above zero');
  const fromExponent = minorUnitExponent(value.currency);
  const toExponent = minorUnitExponent(to);
  const numerator = BigInt(checked(value.amount, value.currency).amount) * r.units * pow10(toExponent);
  const amount = divideHalfEven(numerator, pow10(fromExponent + r.scale));
  return checked(Number(amount), to);
}

/** Minor units as a plain decimal string for messages and exports: 123456 USD → '1234.56'. */
export function toDecimalString(amount: number, currency: CurrencyCode): string {
  const exponent = minorUnitExponent(currency);
  const digits = Math.abs(amount)
    .toString()
    .padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  const sign = amount < 0 ? '-' : '';
  return exponent === 0 ? `${sign}${whole}` : `${sign}${whole}.${digits.slice(-exponent)}`;
}

import { EconomicsError } from './errors';

/**
 * An exact decimal: value = units / 10^scale. Exchange rates ('1.0835'), hours and ratios pass through
 * this instead of binary floating point, so 0.1 is 0.1 and a sum never drifts.
 */
export type Decimal = { units: bigint; scale: number };

/** Up to 10 decimals: enough for any published exchange rate. */
const decimalPattern = /^(-?)(\d+)(?:\.(\d{1,10}))?$/;

// Figures raise 10 to small powers thousands of times a request: those come from a table.
const powers = Array.from({ length: 41 }, (_, i) => 10n ** BigInt(i));

export function pow10(exponent: number): bigint {
  return powers[exponent] ?? 10n ** BigInt(exponent);
}

export function parseDecimal(text: string): Decimal {
  const m = decimalPattern.exec(text.trim());
  if (!m)
    throw new EconomicsError('invalid_decimal', `Not a decimal number with at most 10 decimals: '${text}'`);
  const fraction = m[3] ?? '';
  const units = BigInt(`${m[2]}${fraction}`);
  return { units: m[1] === '-' ? -units : units, scale: fraction.length };
}

/**
 * A setting typed as a JS number (0.05, 1.2) as the decimal a person meant: JS prints a number with the
 * fewest digits that read back to it, so String(0.1) is '0.1', not 0.1000000000000000055….
 */
export function decimalFromNumber(value: number): Decimal {
  let d = fromNumbers.get(value);
  if (d) return d;
  if (!Number.isFinite(value)) throw new EconomicsError('invalid_decimal', `Not a finite number: ${value}`);
  const text = String(value);
  d = parseDecimal(text.includes('e') ? value.toFixed(10) : text);
  // Settings (targets, shares, inflation) are a handful of numbers judged against every account: each
  // is parsed once. Decimals are never changed in place, so sharing one is safe.
  if (fromNumbers.size >= 1000) fromNumbers.clear();
  fromNumbers.set(value, d);
  return d;
}
const fromNumbers = new Map<number, Decimal>();

/**
 * THE ROUNDING RULE of Vested (the only place a fraction of a minor unit is dropped): round half to
 * even, also called banker's rounding. A result between two whole units goes to the nearer one; an
 * exact tie goes to the even one (2.5 → 2, 3.5 → 4, −2.5 → −2). Unlike "half up" it has no upward
 * drift when many rounded amounts are summed. Conversions, labor valuation and ratios all use it.
 */
export function divideHalfEven(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new EconomicsError('invalid_decimal', 'Division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  let quotient = n / d;
  const twiceRemainder = (n % d) * 2n;
  if (twiceRemainder > d || (twiceRemainder === d && quotient % 2n === 1n)) quotient += 1n;
  return negative ? -quotient : quotient;
}

/** integer × decimal, rounded half-even back to an integer (the caller's unit). */
export function multiplyHalfEven(integer: bigint, factor: Decimal): bigint {
  return divideHalfEven(integer * factor.units, pow10(factor.scale));
}

/** A ratio as a JS number with `decimals` places, rounded half-even; null when `denominator` is 0. */
export function ratio(numerator: bigint, denominator: bigint, decimals = 4): number | null {
  if (denominator === 0n) return null;
  return Number(divideHalfEven(numerator * pow10(decimals), denominator)) / 10 ** decimals;
}

/** -1, 0 or 1 as `integer` is below, at or above `base × factor`, compared exactly. */
export function compareToScaled(integer: bigint, base: bigint, factor: Decimal): -1 | 0 | 1 {
  const left = integer * pow10(factor.scale);
  const right = base * factor.units;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Exact product of two decimals. */
export function multiplyDecimals(a: Decimal, b: Decimal): Decimal {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

/** Exact 1 + d (or 1 − d with sign −1). */
export function onePlus(d: Decimal, sign: 1 | -1 = 1): Decimal {
  return { units: pow10(d.scale) + BigInt(sign) * d.units, scale: d.scale };
}

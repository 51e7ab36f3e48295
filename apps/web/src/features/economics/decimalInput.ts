import { isKnownCurrency, minorUnitExponent, toDecimalString } from '@vested/domain';

/**
 * What people type into money and percent fields, turned into the API's exact forms (integer minor
 * units; decimal text) without a binary float in between. Russian writes the decimal comma ("1 234,50");
 * English may group thousands with commas ("1,234.50").
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: 'number' | 'decimals' | 'negative' };

/** Typed text → a plain decimal "1234.50" (dot, no grouping), or null when it is not a number. */
export function normalizeDecimal(text: string, language: string): string | null {
  let s = text.trim().replace(/[\s\u00a0\u202f']/g, '');
  if (language === 'ru') {
    // One decimal mark, a comma or a point; groups are spaces (already gone).
    if ((s.match(/[.,]/g) ?? []).length > 1) return null;
    s = s.replace(',', '.');
  } else if (s.includes(',')) {
    // Commas only as thousands separators, in whole groups of three: "12,5,5" is a typo, not 1255.
    if (!/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return null;
    s = s.replace(/,/g, '');
  }
  if (/^-?\.\d+$/.test(s)) s = s.replace('.', '0.');
  return /^-?\d+(\.\d+)?$/.test(s) ? s : null;
}

/** "1 234,50" in EUR → 123450 (cents); more decimals than the currency has is an error, not rounded. */
export function parseMoneyInput(
  text: string,
  currency: string,
  language: string,
  { allowNegative = false } = {},
): Parsed<number> {
  const plain = normalizeDecimal(text, language);
  if (plain === null) return { ok: false, error: 'number' };
  const negative = plain.startsWith('-');
  if (negative && !allowNegative) return { ok: false, error: 'negative' };
  const [whole = '0', fraction = ''] = plain.replace('-', '').split('.');
  const exponent = isKnownCurrency(currency) ? minorUnitExponent(currency) : 2;
  if (fraction.length > exponent) return { ok: false, error: 'decimals' };
  const minor = BigInt(`${whole}${fraction.padEnd(exponent, '0')}`);
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, error: 'number' };
  return { ok: true, value: (negative ? -1 : 1) * Number(minor) };
}

/** 123450 EUR → "1234.50" (or "1234,50" in Russian) for an input field. */
export function moneyToInput(amount: number, currency: string, language: string): string {
  const text = isKnownCurrency(currency) ? toDecimalString(amount, currency) : String(amount / 100);
  return language === 'ru' ? text.replace('.', ',') : text;
}

/** Shift a decimal's point by `places` (2: a fraction "0.045" → percent "4.5"; −2 back), exactly. */
export function shiftDecimal(plain: string, places: number): string {
  const negative = plain.startsWith('-');
  const [whole = '0', fraction = ''] = plain.replace('-', '').split('.');
  let digits = whole + fraction;
  let point = whole.length + places;
  if (point < 1) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  if (point > digits.length) digits = digits.padEnd(point, '0');
  const head = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const tail = digits.slice(point).replace(/0+$/, '');
  const out = tail ? `${head}.${tail}` : head;
  return negative && /[1-9]/.test(out) ? `-${out}` : out;
}

/** A stored fraction ("0.25") as a percent for a field ("25", or "2,5" in Russian). */
export function fractionToPercentInput(fraction: string, language: string): string {
  const text = shiftDecimal(fraction, 2);
  return language === 'ru' ? text.replace('.', ',') : text;
}

/** A typed percent ("2,5") as the fraction the API takes ("0.025"), or null when not a number. */
export function percentInputToFraction(text: string, language: string): string | null {
  const plain = normalizeDecimal(text, language);
  return plain === null ? null : shiftDecimal(plain, -2);
}

/** A typed decimal ("1,2") as the API's decimal text ("1.2"), or null when not a number. */
export function decimalInput(text: string, language: string): string | null {
  return normalizeDecimal(text, language);
}

import type { IsoDate } from '../dates';
import { isIsoDate, isIsoMonth } from '../economics/calendar';
import { isKnownCurrency, minorUnitExponent } from '../economics/money';
import { type TeamRole, teamRoles } from '../roles';

/**
 * Reading one cell of an imported file: dates in the formats time trackers export, hours as decimals or
 * clock durations, money as text turned into integer minor units without ever passing through a float.
 * Each parser returns a value or a reason in plain English (the web translates the reason), never throws:
 * a 1,000,000-row file meets many bad cells, and a thrown error costs far more than a returned one.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (reason: string): Parsed<never> => ({ ok: false, reason });

/** Day-first (31/12/2025) or month-first (12/31/2025, Harvest's and US spreadsheets') for slashed dates. */
export type DateOrder = 'mdy' | 'dmy';

const isoLike =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?(?: ?[AP]M)?)?$/i;
const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/;

const pad = (n: string) => n.padStart(2, '0');

function calendarDay(year: string, month: string, day: string, text: string): Parsed<IsoDate> {
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return isIsoDate(iso) ? ok(iso) : bad(`'${text}' is not a calendar date`);
}

/**
 * A day as exports write it: 2025-03-07, 2025-03-07 09:30 (Tempo), 2025-03-07T09:30:00Z, 2025/03/07,
 * 07.03.2025, and 3/7/2025 (month first unless `order` is 'dmy'). A time of day is ignored: the entry
 * belongs to the day written, whatever the time zone.
 */
export function parseDay(text: string, order: DateOrder = 'mdy'): Parsed<IsoDate> {
  const t = text.trim();
  if (t === '') return bad('The date is missing');
  let m = isoLike.exec(t);
  if (m) return calendarDay(m[1]!, m[2]!, m[3]!, t);
  m = slashed.exec(t);
  if (m) return order === 'mdy' ? calendarDay(m[3]!, m[1]!, m[2]!, t) : calendarDay(m[3]!, m[2]!, m[1]!, t);
  m = dotted.exec(t);
  if (m) return calendarDay(m[3]!, m[2]!, m[1]!, t);
  return bad(`'${t}' is not a date (use YYYY-MM-DD)`);
}

/** A month: 2025-03, 2025/03, 03/2025, 03.2025, or any day of it (2025-03-31). */
export function parseMonth(text: string, order: DateOrder = 'mdy'): Parsed<string> {
  const t = text.trim();
  if (t === '') return bad('The month is missing');
  let m = /^(\d{4})[-/.](\d{1,2})$/.exec(t);
  if (m) return month(`${m[1]}-${pad(m[2]!)}`, t);
  m = /^(\d{1,2})[-/.](\d{4})$/.exec(t);
  if (m) return month(`${m[2]}-${pad(m[1]!)}`, t);
  const day = parseDay(t, order);
  return day.ok ? ok(day.value.slice(0, 7)) : bad(`'${t}' is not a month (use YYYY-MM)`);
}

function month(iso: string, text: string): Parsed<string> {
  return isIsoMonth(iso) ? ok(iso) : bad(`'${text}' is not a month (use YYYY-MM)`);
}

const microPerHour = 1_000_000n;

/** n / d rounded half to even (the product's one rounding rule). */
function halfEven(n: bigint, d: bigint): bigint {
  let q = n / d;
  const twice = (n % d) * 2n;
  if (twice > d || (twice === d && q % 2n === 1n)) q += 1n;
  return q;
}

/**
 * Hours of one entry in millionths of an hour (the economics grain): '7.5', '7,5', '1:30' (h:mm),
 * '01:30:00' (Toggl's h:mm:ss), '1h 30m'. Above zero and at most 24 a day.
 */
export function parseHours(text: string): Parsed<bigint> {
  const t = text.trim().toLowerCase();
  if (t === '') return bad('Hours are missing');
  const micro = decimalHours(t) ?? clockHours(t) ?? wordHours(t);
  if (micro === null) return bad(`'${text.trim()}' is not a number of hours (e.g. 1.5 or 1:30)`);
  if (micro <= 0n) return bad('Hours must be above zero');
  if (micro > 24n * microPerHour) return bad(`${text.trim()} hours is more than a day`);
  return ok(micro);
}

/** '7.5' or '7,5' (at most 6 decimals: the micro-hour grain). */
function decimalHours(t: string): bigint | null {
  const m = /^(\d{1,6})(?:[.,](\d{1,6}))?$/.exec(t);
  if (!m) return null;
  return BigInt(m[1]!) * microPerHour + BigInt((m[2] ?? '').padEnd(6, '0') || '0');
}

/** '1:30' or '01:30:00'; seconds round half-even to the micro-hour. */
function clockHours(t: string): bigint | null {
  const m = /^(\d{1,4}):([0-5]\d)(?::([0-5]\d))?$/.exec(t);
  if (!m) return null;
  const seconds = BigInt(m[1]!) * 3600n + BigInt(m[2]!) * 60n + BigInt(m[3] ?? '0');
  return halfEven(seconds * microPerHour, 3600n);
}

/** '1h 30m', '2h', '45m'. */
function wordHours(t: string): bigint | null {
  const m = /^(?:(\d{1,4})\s*h)?\s*(?:(\d{1,4})\s*m)?$/.exec(t);
  if (!m || (!m[1] && !m[2])) return null;
  return halfEven((BigInt(m[1] ?? '0') * 60n + BigInt(m[2] ?? '0')) * microPerHour, 60n);
}

/** Micro-hours as the exact decimal text the numeric(12,6) column keeps: 1500000n → '1.500000'. */
export function microHoursText(micro: bigint): string {
  return `${micro / microPerHour}.${String(micro % microPerHour).padStart(6, '0')}`;
}

/** An ISO 4217 code the economics know, in any letter case. */
export function parseCurrency(text: string): Parsed<string> {
  const t = text.trim().toUpperCase();
  if (t === '') return bad('The currency is missing');
  return isKnownCurrency(t) ? ok(t) : bad(`'${text.trim()}' is not a known currency code (e.g. EUR)`);
}

/**
 * The digits of an amount as typed in a spreadsheet, split into sign, whole part and fraction:
 * '1,234.50', '1.234,50', '1 234,50', "1'234.50", '(120.00)' (negative), '-120'. With one kind of
 * separator only, several group thousands ('1,234,567'), a single one is the decimal mark ('12,5') —
 * except before exactly three digits: '1,234' is 1234 in London and 1.234 in Berlin, so it is refused
 * as ambiguous rather than guessed (a wrong guess is off by a factor of 1,000).
 */
type Amount = { negative: boolean; whole: string; fraction: string };

function splitAmount(text: string): Amount | 'ambiguous' | null {
  let t = text.trim().replace(/[\s\u00a0\u202f']/g, '');
  let negative = false;
  if (/^\(.*\)$/.test(t)) {
    negative = true;
    t = t.slice(1, -1);
  }
  if (t.startsWith('-')) {
    negative = !negative;
    t = t.slice(1);
  } else if (t.startsWith('+')) t = t.slice(1);
  if (!/^[\d.,]+$/.test(t) || !/\d/.test(t)) return null;
  const lastDot = t.lastIndexOf('.');
  const lastComma = t.lastIndexOf(',');
  let decimalMark: string | null = null;
  if (lastDot >= 0 && lastComma >= 0) decimalMark = lastDot > lastComma ? '.' : ',';
  else if (lastDot >= 0 || lastComma >= 0) {
    const mark = lastDot >= 0 ? '.' : ',';
    const count = t.split(mark).length - 1;
    const after = t.length - t.lastIndexOf(mark) - 1;
    if (count === 1 && after === 3) return 'ambiguous';
    decimalMark = count === 1 ? mark : null;
  }
  const [wholeRaw, fraction = ''] = decimalMark
    ? [t.slice(0, t.lastIndexOf(decimalMark)), t.slice(t.lastIndexOf(decimalMark) + 1)]
    : [t];
  const whole = wholeRaw!.replace(/[.,]/g, '');
  if (!/^\d*$/.test(fraction) || (whole === '' && fraction === '')) return null;
  return { negative, whole: whole || '0', fraction };
}

const ambiguous = (text: string) =>
  `'${text.trim()}' could be read two ways: write it without thousands separators, with a dot for decimals`;

/**
 * An amount of `currency` in integer minor units: '1,234.56' EUR → 123456. More decimals than the
 * currency has is a reason, not a rounding ('12.345' USD). `allowNegative` for corrections.
 */
export function parseMoney(
  text: string,
  currency: string,
  opts: { allowNegative?: boolean } = {},
): Parsed<number> {
  if (text.trim() === '') return bad('The amount is missing');
  const exponent = minorUnitExponent(currency);
  const parts = splitAmount(text);
  if (parts === 'ambiguous') return bad(ambiguous(text));
  if (!parts) return bad(`'${text.trim()}' is not an amount`);
  const fraction = parts.fraction.replace(/0+$/, '');
  if (fraction.length > exponent)
    return bad(`${currency} has ${exponent} decimals; '${text.trim()}' has more`);
  const minor = BigInt(parts.whole) * 10n ** BigInt(exponent) + BigInt(fraction.padEnd(exponent, '0') || '0');
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) return bad(`'${text.trim()}' is too large`);
  if (parts.negative && minor !== 0n && !opts.allowNegative) return bad('The amount cannot be negative');
  return ok(Number(parts.negative ? -minor : minor));
}

/** An exchange rate as the exact decimal text kept ('1,0835' → '1.0835'): above zero, ≤ 10 decimals. */
export function parseRate(text: string): Parsed<string> {
  const t = text.trim();
  if (t === '') return bad('The rate is missing');
  const parts = splitAmount(t);
  if (parts === 'ambiguous') return bad(ambiguous(t));
  if (!parts || parts.negative) return bad(`'${t}' is not a rate (e.g. 1.0835)`);
  const fraction = parts.fraction.replace(/0+$/, '');
  if (fraction.length > 10) return bad(`'${t}' has more than 10 decimals`);
  const whole = parts.whole.replace(/^0+(?=\d)/, '');
  if (/^0*$/.test(whole + fraction)) return bad('The rate must be above zero');
  return ok(fraction ? `${whole}.${fraction}` : whole);
}

/** A team role by its code or its words: 'Account manager', 'technical-lead' → technical_lead. */
export function parseTeamRole(text: string): Parsed<TeamRole> {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return (teamRoles as readonly string[]).includes(t)
    ? ok(t as TeamRole)
    : bad(`'${text.trim()}' is not a team role (one of ${teamRoles.join(', ')})`);
}

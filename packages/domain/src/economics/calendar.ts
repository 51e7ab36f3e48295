import type { IsoDate } from '../dates';
import { EconomicsError } from './errors';

/** Calendar months travel as 'YYYY-MM'; like dates, they compare correctly as strings. */
export type IsoMonth = string;

const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysIn = (y: number, m: number) => (m === 2 && leap(y) ? 29 : monthDays[m - 1]!);

/** The number the ASCII digits of `s` from `from` to `to` spell, or NaN when one is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return Number.NaN;
    n = n * 10 + c;
  }
  return n;
}

// Date arithmetic goes through UTC midnights: no time zone or daylight saving can shift a day. A date
// is valid when it reads back unchanged from its UTC midnight; checked by arithmetic (no Date object,
// no regular expression: an account's figures check thousands of dates), with the same answer for
// every string as that round trip — years before 0100 never round-trip (Date.UTC reads 0–99 as
// 1900–1999), so they are refused too (calendar.test.ts compares both on every day of many years).
function toUtc(date: IsoDate): number {
  if (date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
    const y = digits(date, 0, 4);
    const m = digits(date, 5, 7);
    const d = digits(date, 8, 10);
    if (y >= 100 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)) return Date.UTC(y, m - 1, d);
  }
  throw new EconomicsError('invalid_date', `Not a calendar date (YYYY-MM-DD): '${date}'`);
}

function fromUtc(utc: number): IsoDate {
  return new Date(utc).toISOString().slice(0, 10);
}

export function isIsoDate(value: string): boolean {
  try {
    toUtc(value);
    return true;
  } catch {
    return false;
  }
}

export function isIsoMonth(value: string): boolean {
  if (value.length !== 7 || value.charCodeAt(4) !== 45) return false;
  const m = digits(value, 5, 7);
  return !Number.isNaN(digits(value, 0, 4)) && m >= 1 && m <= 12;
}

export function assertIsoMonth(value: string): IsoMonth {
  if (!isIsoMonth(value)) throw new EconomicsError('invalid_date', `Not a month (YYYY-MM): '${value}'`);
  return value;
}

export function monthOf(date: IsoDate): IsoMonth {
  toUtc(date);
  return date.slice(0, 7);
}

export function firstDayOf(month: IsoMonth): IsoDate {
  return `${assertIsoMonth(month)}-01`;
}

export function lastDayOf(month: IsoMonth): IsoDate {
  const [y, m] = assertIsoMonth(month).split('-').map(Number) as [number, number];
  // Day 0 of the next month is the last day of this one (Date.UTC reads years 0–99 as 1900–1999:
  // kept as it was for them; every real year is counted directly).
  if (y < 100) return fromUtc(Date.UTC(y, m, 0));
  return `${month}-${daysIn(y, m)}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtc(toUtc(date) + days * 86_400_000);
}

/** Whole days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
}

export function addMonths(month: IsoMonth, months: number): IsoMonth {
  const [y, m] = assertIsoMonth(month).split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included; empty when `to` comes first. */
export function monthsFromTo(from: IsoMonth, to: IsoMonth): IsoMonth[] {
  const months: IsoMonth[] = [];
  for (let m = assertIsoMonth(from); m <= assertIsoMonth(to); m = addMonths(m, 1)) months.push(m);
  return months;
}

/**
 * The same day twelve months earlier. A month's last day maps to that month's last day (2025-02-28 →
 * 2024-02-29), so a trailing year ending on a month's end always spans exactly twelve month-ends.
 */
export function yearBefore(date: IsoDate): IsoDate {
  const month = monthOf(date);
  const earlier = addMonths(month, -12);
  if (date === lastDayOf(month)) return lastDayOf(earlier);
  const day = date.slice(8, 10);
  const clamped = `${earlier}-${day}`;
  return clamped > lastDayOf(earlier) ? lastDayOf(earlier) : clamped;
}

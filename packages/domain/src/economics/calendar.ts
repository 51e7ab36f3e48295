import type { IsoDate } from '../dates';
import { EconomicsError } from './errors';

/** Calendar months travel as 'YYYY-MM'; like dates, they compare correctly as strings. */
export type IsoMonth = string;

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const monthPattern = /^(\d{4})-(\d{2})$/;

// Date arithmetic goes through UTC midnights: no time zone or daylight saving can shift a day.
function toUtc(date: IsoDate): number {
  const m = datePattern.exec(date);
  const utc = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Number.NaN;
  if (Number.isNaN(utc) || new Date(utc).toISOString().slice(0, 10) !== date)
    throw new EconomicsError('invalid_date', `Not a calendar date (YYYY-MM-DD): '${date}'`);
  return utc;
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
  const m = monthPattern.exec(value);
  return m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12;
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
  // Day 0 of the next month is the last day of this one.
  return fromUtc(Date.UTC(y, m, 0));
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

import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  isIsoDate,
  isIsoMonth,
  lastDayOf,
  monthsFromTo,
  yearBefore,
} from './calendar';

describe('calendar', () => {
  it("knows each month's last day, leap years included", () => {
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(lastDayOf('2025-02')).toBe('2025-02-28');
    expect(lastDayOf('2025-04')).toBe('2025-04-30');
    expect(lastDayOf('2025-12')).toBe('2025-12-31');
  });

  it('steps months across year ends', () => {
    expect(addMonths('2025-11', 3)).toBe('2026-02');
    expect(addMonths('2025-01', -1)).toBe('2024-12');
    expect(monthsFromTo('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsFromTo('2026-02', '2025-11')).toEqual([]);
  });

  it('counts days without time zones', () => {
    expect(daysBetween('2025-01-15', '2025-07-01')).toBe(167);
    expect(daysBetween('2025-03-31', '2025-03-30')).toBe(-1);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });

  it("goes a year back keeping a month's end at a month's end", () => {
    expect(yearBefore('2026-03-15')).toBe('2025-03-15');
    expect(yearBefore('2025-02-28')).toBe('2024-02-29');
    expect(yearBefore('2024-02-29')).toBe('2023-02-28');
    expect(yearBefore('2026-03-31')).toBe('2025-03-31');
  });

  it('refuses what is not a date or a month', () => {
    expect(isIsoDate('2025-02-30')).toBe(false);
    expect(isIsoDate('2025-2-3')).toBe(false);
    expect(isIsoDate('2025-02-28')).toBe(true);
    expect(isIsoMonth('2025-13')).toBe(false);
    expect(isIsoMonth('2025-12')).toBe(true);
    expect(() => addDays('2025-02-30', 1)).toThrow(/Not a calendar date/);
  });
});

// The calendar checks dates by arithmetic; the reference is the round trip through a UTC midnight it
// replaced. Every day string of many years — real ones, years Date.UTC reads as 19xx, impossible
// months and days — must get the same answer from both.
describe('calendar checks by arithmetic as the Date round trip did', () => {
  const roundTrip = (s: string) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    const utc = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Number.NaN;
    return !Number.isNaN(utc) && new Date(utc).toISOString().slice(0, 10) === s;
  };
  const lastDayByDate = (month: string) => {
    const [y, m] = month.split('-').map(Number) as [number, number];
    return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  };
  const pad = (n: number, w: number) => String(n).padStart(w, '0');

  it('agrees on every day string of many years, valid or not', () => {
    for (const y of [
      0, 1, 50, 99, 100, 101, 1600, 1899, 1900, 1999, 2000, 2023, 2024, 2025, 2100, 2400, 9999,
    ])
      for (let m = 0; m <= 13; m++) {
        const month = `${pad(y, 4)}-${pad(m, 2)}`;
        expect(isIsoMonth(month)).toBe(m >= 1 && m <= 12);
        if (m >= 1 && m <= 12) expect(lastDayOf(month), month).toBe(lastDayByDate(month));
        for (let d = 0; d <= 32; d++) {
          const day = `${month}-${pad(d, 2)}`;
          expect(isIsoDate(day), day).toBe(roundTrip(day));
        }
      }
  });

  it('refuses what is not YYYY-MM-DD', () => {
    for (const s of [
      '2025-1-01',
      '2025-01-1',
      '25-01-01',
      '2025/01/01',
      '2025-01-01T00',
      ' 2025-01-01',
      '２０２５-01-01',
      '2025-0a-01',
      '+2025-01-01',
      '',
    ])
      expect(isIsoDate(s), s).toBe(false);
    for (const s of ['2025-1', '2025/01', '2025-001', '202a-01', '']) expect(isIsoMonth(s), s).toBe(false);
  });
});

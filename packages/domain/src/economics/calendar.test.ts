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

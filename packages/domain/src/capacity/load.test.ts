import { describe, expect, it } from 'vitest';
import { type Allocation, daysCovered, loadOverMonths, monthLoad, roundHours } from './load';

const alloc = (hoursPerMonth: number, from: string, to: string | null, accountId = 'acc'): Allocation => ({
  accountId,
  role: 'engineer',
  hoursPerMonth,
  from,
  to,
});

describe('proration by calendar days', () => {
  it('counts the days of the month an allocation covers, both ends included', () => {
    expect(daysCovered('2026-06-16', null, '2026-06')).toBe(15); // 16..30
    expect(daysCovered('2026-05-01', '2026-06-10', '2026-06')).toBe(10); // 1..10
    expect(daysCovered('2026-06-10', '2026-06-10', '2026-06')).toBe(1);
    expect(daysCovered('2026-07-01', null, '2026-06')).toBe(0);
    expect(daysCovered('2026-01-01', '2026-05-31', '2026-06')).toBe(0);
    expect(daysCovered('2028-02-01', null, '2028-02')).toBe(29); // leap year
  });

  it('adds partial allocations of a month and warns when they exceed capacity', () => {
    // June 2026 has 30 days.
    //   A: 40 h/month from 16 June → 15 days → 40 × 15 / 30 = 20 h
    //   B: 60 h/month 1 May – 10 June → 10 days → 60 × 10 / 30 = 20 h
    //   C: 100 h/month for all of June → 100 h
    // Allocated 140 h against 120 h of capacity: over by 20 h.
    // In hour-days: 600 + 600 + 3000 = 4200 > 120 × 30 = 3600.
    const load = monthLoad(
      120,
      [
        alloc(40, '2026-06-16', null, 'a'),
        alloc(60, '2026-05-01', '2026-06-10', 'b'),
        alloc(100, '2026-06-01', '2026-06-30', 'c'),
      ],
      '2026-06',
    );
    expect(load.items.map((i) => [i.accountId, i.hours])).toEqual([
      ['a', 20],
      ['b', 20],
      ['c', 100],
    ]);
    expect(load).toMatchObject({
      allocatedHours: 140,
      capacityHours: 120,
      freeHours: -20,
      overAllocated: true,
      overByHours: 20,
      allocatedHourDays: 4200,
      capacityHourDays: 3600,
    });
  });

  it('is exactly at capacity without a warning, and rounds shown hours to one decimal', () => {
    // 90 h full month + 30 h from 16 June (15 of 30 days → 15 h) = 105; + 10 h from 21 June (10 days →
    // 3.33 h) = 108.33 h; capacity 108 → over by 0.33 h, shown as 0.3.
    const exact = monthLoad(120, [alloc(120, '2026-01-01', null)], '2026-06');
    expect(exact).toMatchObject({ allocatedHours: 120, freeHours: 0, overAllocated: false, overByHours: 0 });
    const load = monthLoad(
      108,
      [alloc(90, '2026-06-01', null), alloc(30, '2026-06-16', null), alloc(10, '2026-06-21', null)],
      '2026-06',
    );
    expect(load.items.map((i) => i.hours)).toEqual([90, 15, 3.3]);
    expect(load).toMatchObject({
      allocatedHours: 108.3,
      overAllocated: true,
      overByHours: 0.3,
      freeHours: -0.3,
    });
  });

  it('follows allocations month by month across a year boundary and a leap February', () => {
    // 29 h/month from 15 Feb 2028: February has 29 days, 15 covered → 29 × 15 / 29 = 15 h.
    // 62 h/month 20 Dec 2027 – 10 Jan 2028: December 12 of 31 days → 24 h; January 10 of 31 → 20 h.
    const allocations = [alloc(29, '2028-02-15', null, 'x'), alloc(62, '2027-12-20', '2028-01-10', 'y')];
    const months = loadOverMonths(30, allocations, ['2027-12', '2028-01', '2028-02', '2028-03']);
    expect(months.map((m) => [m.month, m.allocatedHours, m.freeHours, m.overAllocated])).toEqual([
      ['2027-12', 24, 6, false],
      ['2028-01', 20, 10, false],
      ['2028-02', 15, 15, false],
      ['2028-03', 29, 1, false],
    ]);
  });

  it('has no capacity checks while capacity is not set', () => {
    const load = monthLoad(null, [alloc(500, '2026-06-01', null)], '2026-06');
    expect(load).toMatchObject({
      allocatedHours: 500,
      freeHours: null,
      overAllocated: false,
      overByHours: 0,
    });
  });

  it('rounds half away from zero', () => {
    expect(roundHours(3.25)).toBe(3.3);
    expect(roundHours(-3.25)).toBe(-3.3);
    expect(roundHours(10 / 3)).toBe(3.3);
  });
});

describe('counting days without Date objects', () => {
  it('agrees with the calendar across month ends, leap days and centuries', () => {
    // Whole months: every month of 1999–2001 and February of 1900 (not leap), 2000 (leap), 2100 (not).
    const months = ['1900-02', '2000-02', '2100-02', '2024-02', '2025-02', '2026-01', '2026-04', '2026-12'];
    expect(months.map((m) => daysCovered('1800-01-01', null, m))).toEqual([28, 29, 28, 29, 28, 31, 30, 31]);
    // A stretch across a year end: 30 and 31 December plus 1–2 January = 2 days in each month.
    expect(daysCovered('2025-12-30', '2026-01-02', '2025-12')).toBe(2);
    expect(daysCovered('2025-12-30', '2026-01-02', '2026-01')).toBe(2);
  });
});

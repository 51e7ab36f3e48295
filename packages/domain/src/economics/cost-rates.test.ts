import { describe, expect, it } from 'vitest';
import { costRates, laborCost, toMicroHours } from './cost-rates';
import { MissingCostRate } from './errors';
import { money } from './money';

const usd = (amount: number) => money(amount, 'USD');
const rates = costRates({
  person: [
    { personId: 'ann', from: '2026-01-01', hourly: usd(6000) },
    { personId: 'ann', from: '2026-03-16', hourly: usd(8000) },
    { personId: 'bob', from: '2026-06-01', hourly: money(7000, 'EUR') },
  ],
  role: [{ role: 'engineer', from: '2025-01-01', hourly: usd(4500) }],
  workspace: [{ from: '2020-01-01', hourly: usd(3000) }],
});

describe('costRateFor', () => {
  it("uses the person's latest rate from on or before the day", () => {
    expect(rates.costRateFor('ann', 'account_manager', '2026-03-15')).toEqual({
      hourly: usd(6000),
      level: 'person',
      from: '2026-01-01',
    });
    expect(rates.costRateFor('ann', 'account_manager', '2026-03-16').hourly).toEqual(usd(8000));
  });

  it('falls back to the role, then the workspace default, and says which', () => {
    // bob's own rate starts in June: before it, his role's rate applies.
    expect(rates.costRateFor('bob', 'engineer', '2026-05-31')).toMatchObject({
      level: 'role',
      hourly: usd(4500),
    });
    expect(rates.costRateFor('bob', 'engineer', '2026-06-01')).toMatchObject({ level: 'person' });
    expect(rates.costRateFor('cy', 'sales', '2026-05-31')).toMatchObject({
      level: 'workspace',
      hourly: usd(3000),
    });
    expect(rates.costRateFor('cy', null, '2026-05-31')).toMatchObject({ level: 'workspace' });
  });

  it('throws a typed error when nothing applies', () => {
    const none = costRates({ person: [], role: [], workspace: [{ from: '2026-01-01', hourly: usd(1) }] });
    expect(() => none.costRateFor('cy', 'sales', '2025-12-31')).toThrow(MissingCostRate);
    expect(() => none.costRateFor('cy', 'sales', '2025-12-31')).toThrow(
      'No cost rate for person cy (role sales) on 2025-12-31, and no workspace default',
    );
  });

  it('refuses two rates of one person from the same day', () => {
    const twice = { personId: 'ann', from: '2026-01-01', hourly: usd(1) };
    expect(() => costRates({ person: [twice, twice], role: [], workspace: [] })).toThrow(/Two cost rates/);
  });
});

describe('laborCost', () => {
  const entry = (date: string, hours: number) => ({
    personId: 'ann',
    role: 'account_manager' as const,
    date,
    hours,
  });

  it('values fractional hours: 1.25 h × 80.00 = 100.00', () => {
    expect(laborCost(entry('2026-04-01', 1.25), rates).cost).toEqual(usd(10000));
    expect(laborCost(entry('2026-04-01', 0.1), rates).cost).toEqual(usd(800)); // 0.1 is exactly 0.1 h
  });

  it('values days before and after a mid-month rate change differently', () => {
    // 8 h × 60.00 on the 15th, 8 h × 80.00 from the 16th
    expect(laborCost(entry('2026-03-15', 8), rates).cost).toEqual(usd(48000));
    expect(laborCost(entry('2026-03-16', 8), rates).cost).toEqual(usd(64000));
  });

  it('rounds a half cent up, so adding whole cents to a month never shifts its rounding', () => {
    const r = (cents: number) =>
      costRates({
        person: [{ personId: 'ann', from: '2026-01-01', hourly: usd(cents) }],
        role: [],
        workspace: [],
      });
    expect(laborCost(entry('2026-04-01', 0.5), r(3333)).cost).toEqual(usd(1667)); // 16.665 → 16.67
    expect(laborCost(entry('2026-04-01', 0.5), r(3335)).cost).toEqual(usd(1668)); // 16.675 → 16.68
    // 16.665 + 3 h × 33.33 = 116.655 → 116.66: exactly 99.99 more, where half-even would give 116.66 − 16.66.
    expect(laborCost(entry('2026-04-01', 3.5), r(3333)).cost).toEqual(usd(1667 + 9999));
  });

  it('keeps the currency of the rate and refuses negative hours', () => {
    expect(laborCost({ personId: 'bob', role: null, date: '2026-06-02', hours: 2 }, rates).cost).toEqual(
      money(14000, 'EUR'),
    );
    expect(() => toMicroHours(-1)).toThrow(/Hours must be/);
    expect(() => toMicroHours(Number.NaN)).toThrow(/Hours must be/);
  });
});

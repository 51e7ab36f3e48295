import { describe, expect, it } from 'vitest';
import { paybackDate, returnCountsOn } from './payback';

const from = '2025-01-01';
const to = '2025-12-31';

describe('paybackDate', () => {
  it('lands on the last day of the month whose return closes the gap', () => {
    const investments = [{ date: '2025-01-10', amount: 3000 }];
    const returns = [
      { month: '2025-01', amount: 1000 },
      { month: '2025-02', amount: 1999 }, // cumulative 2 999 on 28 Feb: one short
      { month: '2025-03', amount: 1 }, // 3 000 on 31 Mar: paid back
    ];
    expect(paybackDate(investments, returns, from, to)).toBe('2025-03-31');
    expect(returnCountsOn('2024-02')).toBe('2024-02-29');
  });

  it('counts equality as paid back, and a same-day investment before judging', () => {
    const investments = [{ date: '2025-01-31', amount: 1000 }];
    expect(paybackDate(investments, [{ month: '2025-01', amount: 1000 }], from, to)).toBe('2025-01-31');
    expect(paybackDate(investments, [{ month: '2025-01', amount: 999 }], from, to)).toBeNull();
  });

  it('can land on an investment day when the return came first', () => {
    const investments = [{ date: '2025-02-10', amount: 500 }];
    expect(paybackDate(investments, [{ month: '2025-01', amount: 1000 }], from, to)).toBe('2025-02-10');
  });

  it('needs something invested, and only counts what lies in the period', () => {
    expect(paybackDate([], [{ month: '2025-01', amount: 1000 }], from, to)).toBeNull();
    const investments = [{ date: '2025-01-10', amount: 1000 }];
    // The month's return counts on 31 Jan: a period ending on the 30th has not seen it.
    expect(paybackDate(investments, [{ month: '2025-01', amount: 1000 }], from, '2025-01-30')).toBeNull();
    // An investment before the period is not part of it.
    expect(paybackDate(investments, [{ month: '2025-02', amount: 1 }], '2025-02-01', to)).toBeNull();
  });

  it('is the first such day even when a later month dips below again', () => {
    const investments = [
      { date: '2025-01-10', amount: 1000 },
      { date: '2025-02-10', amount: 5000 },
    ];
    const returns = [
      { month: '2025-01', amount: 1000 },
      { month: '2025-02', amount: 0 },
    ];
    expect(paybackDate(investments, returns, from, to)).toBe('2025-01-31');
  });
});

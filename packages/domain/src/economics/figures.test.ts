import { describe, expect, it } from 'vitest';
import { costRates } from './cost-rates';
import { accountFigures, roiMultiple, trailingTwelveMonths, yearOverYear } from './figures';
import { buildLedger, type MonthlyReturn } from './ledger';
import { money } from './money';
import { exchangeRates } from './rates';

const usd = (amount: number) => money(amount, 'USD');
const rates = exchangeRates('USD', [
  { currency: 'EUR', month: '2025-02', ratePerBase: '1.05' },
  { currency: 'EUR', month: '2025-03', ratePerBase: '1.1' },
]);
const costs = costRates({
  person: [{ personId: 'am', from: '2024-01-01', hourly: usd(5000) }],
  role: [],
  workspace: [],
});
const monthly = (month: string, revenue: number, cost: number): MonthlyReturn[] => [
  { month, kind: 'revenue', money: usd(revenue) },
  { month, kind: 'delivery_cost', money: usd(cost) },
];

// One account, worked by hand (USD cents):
//   10 Jan  labor  40 h × 50.00               2 000.00   (am)
//   14 Feb  travel 2 000.00 EUR × 1.05        2 100.00   (am)
//    3 Mar  study                               900.00   (no person)
//   margin  Jan 3 000 − 2 000 = 1 000;  Feb 5 000 − 3 500 = 1 500;  Mar 6 000 − 4 000 = 2 000;  Apr 4 000 − 3 000 = 1 000
//   cumulative: 31 Jan 1 000 vs 2 000; 28 Feb 2 500 vs 4 100; 31 Mar 4 500 vs 5 000; 30 Apr 5 500 vs 5 000 → payback
const ledger = buildLedger(
  {
    investments: [
      { kind: 'labor', date: '2025-01-10', personId: 'am', role: 'account_manager', hours: 40 },
      { kind: 'travel', date: '2025-02-14', money: money(200000, 'EUR'), personId: 'am' },
      { kind: 'business_study', date: '2025-03-03', money: usd(90000), personId: null },
    ],
    returns: [
      ...monthly('2025-01', 300000, 200000),
      ...monthly('2025-02', 500000, 350000),
      ...monthly('2025-03', 600000, 400000),
      ...monthly('2025-04', 400000, 300000),
    ],
    valueEvents: [
      { kind: 'reference', date: '2025-03-10', score: 3, moneyEquivalent: money(50000, 'EUR') }, // 550.00 USD
      { kind: 'case_study', date: '2025-05-01', score: 5, moneyEquivalent: null },
    ],
  },
  rates,
  costs,
);

describe('roiMultiple', () => {
  it('is returned ÷ invested to 4 decimals, and not defined without investment', () => {
    expect(roiMultiple(12000, 10000)).toBe(1.2);
    expect(roiMultiple(15000, 10000)).toBe(1.5);
    expect(roiMultiple(0, 10000)).toBe(0);
    expect(roiMultiple(-500, 10000)).toBe(-0.05);
    expect(roiMultiple(10000, 30000)).toBe(0.3333);
    expect(roiMultiple(12000, 0)).toBeNull();
  });
});

describe('accountFigures', () => {
  const jan2apr = accountFigures(ledger, { from: '2025-01-01', to: '2025-04-30' }, 'margin');

  it('sums what was invested, by kind and by person', () => {
    expect(jan2apr.invested).toEqual({
      total: 500000,
      byKind: { labor: 200000, travel: 210000, business_study: 90000, organizational: 0, other: 0 },
      byPerson: [
        { personId: 'am', amount: 410000 },
        { personId: null, amount: 90000 },
      ],
    });
  });

  it('sums what came back, per the basis, and the ROI multiple', () => {
    expect(jan2apr.returned).toEqual({
      total: 550000,
      revenue: 1800000,
      deliveryCost: 1250000,
      margin: 550000,
      months: 4,
    });
    expect(jan2apr.net).toBe(50000);
    expect(jan2apr.roiMultiple).toBe(1.1);
    const onRevenue = accountFigures(ledger, jan2apr.period, 'revenue');
    expect(onRevenue.returned.total).toBe(1800000);
    expect(onRevenue.roiMultiple).toBe(3.6);
  });

  it('draws monthly and cumulative curves', () => {
    expect(
      jan2apr.monthly.map((m) => [
        m.month,
        m.invested,
        m.returned,
        m.cumulativeInvested,
        m.cumulativeReturned,
      ]),
    ).toEqual([
      ['2025-01', 200000, 100000, 200000, 100000],
      ['2025-02', 210000, 150000, 410000, 250000],
      ['2025-03', 90000, 200000, 500000, 450000],
      ['2025-04', 0, 100000, 500000, 550000],
    ]);
    expect(jan2apr.monthly.at(-1)?.cumulativeNet).toBe(50000);
  });

  it("finds the payback date on the last day of April, when April's return counts", () => {
    expect(jan2apr.paybackDate).toBe('2025-04-30');
    const toApr29 = accountFigures(ledger, { from: '2025-01-01', to: '2025-04-29' }, 'margin');
    expect(toApr29.returned.total).toBe(450000);
    expect(toApr29.roiMultiple).toBe(0.9);
    expect(toApr29.paybackDate).toBeNull();
  });

  it('counts value events of the period apart from the financial return', () => {
    expect(jan2apr.value).toEqual({ score: 3, events: 1, moneyEquivalent: 55000 });
  });

  it('gives "not defined" ROI and no payback for a period without investment', () => {
    const may = accountFigures(ledger, { from: '2025-05-01', to: '2025-05-31' }, 'margin');
    expect(may.invested.total).toBe(0);
    expect(may.roiMultiple).toBeNull();
    expect(may.paybackDate).toBeNull();
    expect(may.value.score).toBe(5);
  });
});

describe('trailing twelve months and year over year', () => {
  const months = (year: number, margin: number) =>
    Array.from({ length: 12 }, (_, i) =>
      monthly(`${year}-${String(i + 1).padStart(2, '0')}`, margin, 0),
    ).flat();
  const twoYears = buildLedger(
    { investments: [], returns: [...months(2024, 100000), ...months(2025, 120000)], valueEvents: [] },
    rates,
    costs,
  );

  it('spans exactly twelve monthly returns as of a month end, or mid-month', () => {
    expect(trailingTwelveMonths('2025-12-31')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(trailingTwelveMonths('2025-03-15')).toEqual({ from: '2024-03-16', to: '2025-03-15' });
    expect(trailingTwelveMonths('2025-02-28')).toEqual({ from: '2024-03-01', to: '2025-02-28' });
    for (const asOf of ['2025-12-31', '2025-03-15', '2025-02-28', '2025-02-27'])
      expect(accountFigures(twoYears, trailingTwelveMonths(asOf), 'margin').returned.months).toBe(12);
  });

  it('compares the return with the twelve months before', () => {
    // 12 × 1 200.00 = 14 400.00 against 12 × 1 000.00 = 12 000.00: +20%
    expect(yearOverYear(twoYears, '2025-12-31', 'margin')).toEqual({
      current: 1440000,
      previous: 1200000,
      change: 240000,
      growth: 0.2,
      currentHasReturns: true,
      previousHasReturns: true,
    });
    // As of mid-March 2025: Mar 2024–Feb 2025 (10 × 1 000 + 2 × 1 200) against Mar 2023–Feb 2024 (2 × 1 000)
    expect(yearOverYear(twoYears, '2025-03-15', 'margin')).toMatchObject({
      current: 1240000,
      previous: 200000,
    });
  });

  it('has no growth figure without a previous year', () => {
    expect(yearOverYear(twoYears, '2024-12-31', 'margin')).toMatchObject({
      previous: 0,
      growth: null,
      previousHasReturns: false,
    });
  });
});

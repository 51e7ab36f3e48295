import { describe, expect, it } from 'vitest';
import { costRates } from './cost-rates';
import { buildLedger, type Investment, type MonthlyReturn } from './ledger';
import { type Money, money } from './money';
import { exchangeRates } from './rates';

const usd = (amount: number) => money(amount, 'USD');
const eur = (amount: number) => money(amount, 'EUR');
const rates = exchangeRates('USD', [
  { currency: 'EUR', month: '2026-03', ratePerBase: '1.0835' },
  { currency: 'GBP', month: '2026-03', ratePerBase: '1.27' },
  { currency: 'JPY', month: '2026-03', ratePerBase: '0.0067' },
  { currency: 'EUR', month: '2026-04', ratePerBase: '0.5' },
]);
const costs = costRates({
  person: [
    { personId: 'ann', from: '2026-01-01', hourly: usd(6000) },
    { personId: 'ann', from: '2026-03-16', hourly: usd(8000) },
    { personId: 'eva', from: '2026-01-01', hourly: eur(3335) },
  ],
  role: [],
  workspace: [],
});
const none = { investments: [], returns: [], valueEvents: [] };
const travel = (date: string, m: Money, personId: string | null = 'ann'): Investment => ({
  kind: 'travel',
  date,
  money: m,
  personId,
});
const labor = (personId: string, date: string, hours: number): Investment => ({
  kind: 'labor',
  date,
  personId,
  role: null,
  hours,
});

describe('buildLedger: returns', () => {
  it('converts a multi-currency month with that month’s rates', () => {
    const returns: MonthlyReturn[] = [
      { month: '2026-03', kind: 'revenue', money: eur(1_000_000) }, // 10 000.00 × 1.0835 = 10 835.00
      { month: '2026-03', kind: 'revenue', money: money(500_000, 'GBP') }, // 5 000.00 × 1.27 = 6 350.00
      { month: '2026-03', kind: 'revenue', money: money(1_000_000, 'JPY') }, // 1 000 000 × 0.0067 = 6 700.00
      { month: '2026-03', kind: 'revenue', money: usd(200_000) }, // 2 000.00
      { month: '2026-03', kind: 'delivery_cost', money: eur(800_000) }, // 8 000.00 × 1.0835 = 8 668.00
    ];
    const ledger = buildLedger({ ...none, returns }, rates, costs);
    expect(ledger.returns).toEqual([{ month: '2026-03', revenue: 2_588_500, deliveryCost: 866_800 }]);
  });

  it('fails with the currency and month when a rate is missing', () => {
    const returns: MonthlyReturn[] = [{ month: '2026-05', kind: 'revenue', money: eur(1) }];
    expect(() => buildLedger({ ...none, returns }, rates, costs)).toThrow('No EUR rate for 2026-05');
  });
});

describe('buildLedger: investments', () => {
  it('values labor at each day’s cost rate across a mid-month change', () => {
    const ledger = buildLedger(
      { ...none, investments: [labor('ann', '2026-03-15', 8), labor('ann', '2026-03-16', 8)] },
      rates,
      costs,
    );
    expect(ledger.investments).toEqual([
      { date: '2026-03-15', kind: 'labor', personId: 'ann', amount: 48000 }, // 8 h × 60.00
      { date: '2026-03-16', kind: 'labor', personId: 'ann', amount: 64000 }, // 8 h × 80.00
    ]);
  });

  it("values a person's hours of one day together, so splitting them changes nothing", () => {
    // eva: 33.35 EUR/h. 0.3 h + 0.2 h valued apart would be 10.005 → 10.00 and 6.67: 16.67 EUR.
    // Valued together: 0.5 h → 16.675 → 16.68 EUR; × 1.0835 = 18.072… → 18.07 USD.
    const ledger = buildLedger(
      { ...none, investments: [labor('eva', '2026-03-02', 0.3), labor('eva', '2026-03-02', 0.2)] },
      rates,
      costs,
    );
    expect(ledger.investments).toEqual([
      { date: '2026-03-02', kind: 'labor', personId: 'eva', amount: 1807 },
    ]);
  });

  it('values labor exactly and rounds once a month, a half up, so hours spread over days cost as one day', () => {
    // eva: 33.35 EUR/h. Rounded per day, 0.3 h (10.005 → 10.00) + 0.2 h (6.67) would be 16.67 EUR.
    // Exactly: 16.675 EUR for the month → 16.68, × 1.0835 = 18.072… → 18.07 USD, as for 0.5 h on one day.
    // By day: the first day's running 10.005 → 10.01 (a half up) → × 1.0835 = 10.845835 → 10.85 USD;
    // the second day adds 18.07 − 10.85 = 7.22 USD.
    const ledger = buildLedger(
      { ...none, investments: [labor('eva', '2026-03-03', 0.2), labor('eva', '2026-03-02', 0.3)] },
      rates,
      costs,
    );
    expect(ledger.investments).toEqual([
      { date: '2026-03-02', kind: 'labor', personId: 'eva', amount: 1085 },
      { date: '2026-03-03', kind: 'labor', personId: 'eva', amount: 722 },
    ]);
  });

  it('converts a month’s sum once, spreading it over its days so they add up', () => {
    // Two 0.05 EUR trips in April at 0.5: apart 0.025 → 0.02 each (0.04); the month's 0.10 EUR is 0.05.
    // The first day gets convert(0.05) = 0.02, the second convert(0.10) − 0.02 = 0.03.
    const ledger = buildLedger(
      { ...none, investments: [travel('2026-04-20', eur(5)), travel('2026-04-02', eur(5))] },
      rates,
      costs,
    );
    expect(ledger.investments.map((i) => [i.date, i.amount])).toEqual([
      ['2026-04-02', 2],
      ['2026-04-20', 3],
    ]);
  });

  it('converts value events’ money equivalents and refuses fractional scores', () => {
    const valueEvents = [
      { kind: 'reference' as const, date: '2026-03-10', score: 3, moneyEquivalent: eur(50000) },
      { kind: 'award' as const, date: '2026-03-01', score: 5, moneyEquivalent: null },
    ];
    expect(buildLedger({ ...none, valueEvents }, rates, costs).valueEvents).toEqual([
      { date: '2026-03-01', kind: 'award', score: 5, moneyEquivalent: null },
      { date: '2026-03-10', kind: 'reference', score: 3, moneyEquivalent: 54175 },
    ]);
    const bad = [{ kind: 'other' as const, date: '2026-03-01', score: 1.5, moneyEquivalent: null }];
    expect(() => buildLedger({ ...none, valueEvents: bad }, rates, costs)).toThrow(/whole number/);
  });
});

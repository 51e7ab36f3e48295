import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { costRates } from './cost-rates';
import { accountFigures, type ReturnBasis } from './figures';
import { buildLedger, type EconomicsEntries, type Investment, type MonthlyReturn } from './ledger';
import { money } from './money';
import { exchangeRates } from './rates';

// Rates chosen so that conversions round (EUR at 1.0835, JPY at 0.0067): invariance must hold anyway.
const months = ['2025-01', '2025-02', '2025-03'];
const rates = exchangeRates(
  'USD',
  months.flatMap((month, i) => [
    { currency: 'EUR', month, ratePerBase: ['1.0835', '1.0401', '0.9987'][i]! },
    { currency: 'JPY', month, ratePerBase: '0.0067' },
  ]),
);
const costs = costRates({
  person: [
    { personId: 'ann', from: '2025-01-01', hourly: money(3333, 'USD') },
    { personId: 'ann', from: '2025-02-15', hourly: money(4567, 'USD') },
    { personId: 'eva', from: '2025-01-01', hourly: money(3335, 'EUR') },
  ],
  role: [],
  workspace: [{ from: '2025-01-01', hourly: money(2999, 'USD') }],
});
const period = { from: '2025-01-01', to: '2025-03-31' };

const date = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 28 }))
  .map(([m, d]) => `2025-0${m}-${String(d).padStart(2, '0')}`);
const person = fc.constantFrom('ann', 'eva', 'sam');
// Hours in hundredths (1.25 h = 125), so a split into parts is exact.
const labor = fc.record({ date, personId: person, hundredths: fc.integer({ min: 0, max: 1200 }) });
const spent = fc.record({
  date,
  kind: fc.constantFrom('travel', 'business_study', 'organizational', 'other') as fc.Arbitrary<'travel'>,
  currency: fc.constantFrom('USD', 'EUR', 'JPY'),
  amount: fc.integer({ min: 0, max: 5_000_000 }),
  personId: fc.option(person, { nil: null }),
});
const revenue = fc.record({
  month: fc.constantFrom(...months),
  kind: fc.constantFrom('revenue', 'delivery_cost') as fc.Arbitrary<'revenue'>,
  currency: fc.constantFrom('USD', 'EUR', 'JPY'),
  amount: fc.integer({ min: 0, max: 50_000_000 }),
});
const entries = fc.record({ labor: fc.array(labor), spent: fc.array(spent), returns: fc.array(revenue) });
type Generated = typeof entries extends fc.Arbitrary<infer T> ? T : never;

const toEntries = (g: Generated): EconomicsEntries => ({
  investments: [
    ...g.labor.map(
      (l): Investment => ({
        kind: 'labor',
        date: l.date,
        personId: l.personId,
        role: null,
        hours: l.hundredths / 100,
      }),
    ),
    ...g.spent.map((s): Investment => ({ ...s, money: money(s.amount, s.currency) })),
  ],
  returns: g.returns.map(
    (r): MonthlyReturn => ({ month: r.month, kind: r.kind, money: money(r.amount, r.currency) }),
  ),
  valueEvents: [],
});
const figures = (e: EconomicsEntries, basis: ReturnBasis = 'margin') =>
  accountFigures(buildLedger(e, rates, costs), period, basis);

// Splits n into two non-negative parts that add up to it.
const cut = (n: number, at: number) => [Math.floor(n * at), n - Math.floor(n * at)] as const;

describe('figures do not depend on how entries are ordered or split (properties)', () => {
  it('are the same for any order of the entries', () => {
    fc.assert(
      fc.property(entries, fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })), (g, keys) => {
        const e = toEntries(g);
        const shuffle = <T>(xs: readonly T[]) =>
          xs
            .map((x) => ({ x, k: keys.next().value as number }))
            .sort((a, b) => a.k - b.k)
            .map((p) => p.x);
        const shuffled = { ...e, investments: shuffle(e.investments), returns: shuffle(e.returns) };
        expect(figures(shuffled)).toEqual(figures(e));
      }),
    );
  });

  it('are the same when an entry is split into parts that add up to it', () => {
    fc.assert(
      fc.property(entries, fc.double({ min: 0, max: 1, noNaN: true }), (g, at) => {
        const split: Generated = {
          labor: g.labor.flatMap((l) => cut(l.hundredths, at).map((hundredths) => ({ ...l, hundredths }))),
          spent: g.spent.flatMap((s) => cut(s.amount, at).map((amount) => ({ ...s, amount }))),
          returns: g.returns.flatMap((r) => cut(r.amount, at).map((amount) => ({ ...r, amount }))),
        };
        const whole = figures(toEntries(g));
        expect(figures(toEntries(split))).toEqual(whole);
      }),
    );
  });

  it('add up: kinds, people and months each sum to the total', () => {
    fc.assert(
      fc.property(entries, (g) => {
        const f = figures(toEntries(g));
        const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
        expect(sum(Object.values(f.invested.byKind))).toBe(f.invested.total);
        expect(sum(f.invested.byPerson.map((p) => p.amount))).toBe(f.invested.total);
        expect(sum(f.monthly.map((m) => m.invested))).toBe(f.invested.total);
        expect(sum(f.monthly.map((m) => m.returned))).toBe(f.returned.total);
      }),
    );
  });

  it('draw non-decreasing cumulative curves for non-negative entries', () => {
    fc.assert(
      fc.property(entries, (g) => {
        // Revenue basis: every return line is then non-negative (a margin can be negative).
        const f = figures(toEntries(g), 'revenue');
        f.monthly.forEach((m, i) => {
          const before = f.monthly[i - 1];
          expect(m.cumulativeInvested).toBeGreaterThanOrEqual(before?.cumulativeInvested ?? 0);
          expect(m.cumulativeReturned).toBeGreaterThanOrEqual(before?.cumulativeReturned ?? 0);
        });
      }),
    );
  });
});

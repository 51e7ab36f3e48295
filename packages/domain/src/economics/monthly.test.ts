import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastDayOf, monthOf } from './calendar';
import { costRates } from './cost-rates';
import { MissingRate } from './errors';
import { accountFigures, trailingFigures } from './figures';
import { buildLedger, type Investment, type MonthlyReturn } from './ledger';
import { money } from './money';
import { ledgerFromMonthly, monthlySums, toBaseAmount } from './monthly';
import { exchangeRates } from './rates';

// Rounding rates and a mid-month cost-rate change: the monthly sums must still equal the raw ledger.
const rates = exchangeRates(
  'USD',
  ['2025-01', '2025-02', '2025-03'].flatMap((month, i) => [
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
  role: [{ role: 'engineer', from: '2025-01-01', hourly: money(2501, 'USD') }],
  workspace: [{ from: '2025-01-01', hourly: money(2999, 'USD') }],
});

const date = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 28 }))
  .map(([m, d]) => `2025-0${m}-${String(d).padStart(2, '0')}`);
const person = fc.constantFrom('ann', 'eva', 'sam');
const investment: fc.Arbitrary<Investment> = fc.oneof(
  fc.record({
    kind: fc.constant('labor' as const),
    date,
    personId: person,
    role: fc.constantFrom(null, 'engineer' as const),
    hours: fc.integer({ min: 1, max: 1200 }).map((h) => h / 100),
  }),
  fc.record({
    kind: fc.constantFrom('travel', 'business_study', 'organizational', 'other') as fc.Arbitrary<'travel'>,
    date,
    money: fc
      .tuple(fc.integer({ min: 0, max: 5_000_000 }), fc.constantFrom('USD', 'EUR', 'JPY'))
      .map(([a, c]) => money(a, c)),
    personId: fc.option(person, { nil: null }),
  }),
);
const ret: fc.Arbitrary<MonthlyReturn> = fc.record({
  month: fc.constantFrom('2025-01', '2025-02', '2025-03'),
  kind: fc.constantFrom('revenue', 'delivery_cost') as fc.Arbitrary<'revenue'>,
  money: fc
    .tuple(fc.integer({ min: 0, max: 9_000_000 }), fc.constantFrom('USD', 'EUR', 'JPY'))
    .map(([a, c]) => money(a, c)),
});

function fromMonthly(investments: Investment[], returns: MonthlyReturn[]) {
  const sums = monthlySums(
    {
      labor: investments.flatMap((i) => (i.kind === 'labor' ? [i] : [])),
      spent: investments.flatMap((i) => (i.kind === 'labor' ? [] : [i])),
      returns,
    },
    costs,
  );
  return ledgerFromMonthly(
    'USD',
    sums.map((s) => ({ ...s, base: toBaseAmount(s, rates) })),
    [],
  );
}

describe('monthly sums (the rollup) give the figures of the raw entries', () => {
  it('for whole months: totals, kinds, people, curves, trailing figures', () => {
    fc.assert(
      fc.property(fc.array(investment, { maxLength: 40 }), fc.array(ret, { maxLength: 8 }), (inv, rets) => {
        // One line per month × kind × currency, as the returns table keeps them.
        const seen = new Set<string>();
        const returns = rets.filter((r) => {
          const key = `${r.month} ${r.kind} ${r.money.currency}`;
          return !seen.has(key) && seen.add(key);
        });
        const raw = buildLedger({ investments: inv, returns, valueEvents: [] }, rates, costs);
        const rolled = fromMonthly(inv, returns);
        for (const period of [
          { from: '2025-01-01', to: '2025-03-31' },
          { from: '2025-02-01', to: '2025-02-28' },
        ]) {
          for (const basis of ['margin', 'revenue'] as const) {
            const a = accountFigures(raw, period, basis);
            const b = accountFigures(rolled, period, basis);
            expect({ ...b, paybackDate: null }).toEqual({ ...a, paybackDate: null });
            // A payback a return causes (on a month's end) is the domain's date exactly; one on the day
            // of a first investment, after returns came in, is known only to its month (see ledgerFromMonthly).
            if (a.paybackDate === null || a.paybackDate === lastDayOf(monthOf(a.paybackDate)))
              expect(b.paybackDate).toBe(a.paybackDate);
          }
        }
        expect({ ...trailingFigures(rolled, '2025-03-31', 'margin'), paybackDate: null }).toEqual({
          ...trailingFigures(raw, '2025-03-31', 'margin'),
          paybackDate: null,
        });
      }),
      { numRuns: 200 },
    );
  });

  it('a sum whose month has no rate is refused, naming the currency and month', () => {
    expect(() =>
      ledgerFromMonthly(
        'USD',
        [{ month: '2025-04', kind: 'travel', currency: 'EUR', personId: null, entries: 1, base: null }],
        [],
      ),
    ).toThrow(new MissingRate('EUR', '2025-04'));
  });
});

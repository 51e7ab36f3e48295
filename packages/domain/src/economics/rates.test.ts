import { describe, expect, it } from 'vitest';
import { EconomicsError, MissingRate } from './errors';
import { money } from './money';
import { exchangeRates, toBaseOn } from './rates';

const rates = exchangeRates('USD', [
  { currency: 'EUR', month: '2026-02', ratePerBase: '1.05' },
  { currency: 'EUR', month: '2026-03', ratePerBase: '1.0835' },
  { currency: 'JPY', month: '2026-03', ratePerBase: '0.0067' },
]);

describe('exchange rates', () => {
  it('gives the rate of the month, and 1 for the base currency', () => {
    expect(rates.rateFor('EUR', '2026-03')).toBe('1.0835');
    expect(rates.rateFor('EUR', '2026-02')).toBe('1.05');
    expect(rates.rateFor('USD', '1999-01')).toBe('1');
  });

  it('converts a figure with the rate of its own month', () => {
    expect(rates.toBase(money(10000, 'EUR'), '2026-02')).toEqual(money(10500, 'USD'));
    expect(toBaseOn(rates, money(10000, 'EUR'), '2026-03-31')).toEqual(money(10835, 'USD'));
    expect(rates.toBase(money(777, 'USD'), '2030-01')).toEqual(money(777, 'USD'));
  });

  it('names the currency and the month of a missing rate, never using 1.0', () => {
    let error: unknown;
    try {
      rates.toBase(money(100, 'EUR'), '2026-04');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MissingRate);
    expect(error).toBeInstanceOf(EconomicsError);
    expect(error).toMatchObject({ code: 'missing_rate', currency: 'EUR', month: '2026-04' });
    expect((error as Error).message).toBe('No EUR rate for 2026-04');
    expect(() => rates.rateFor('GBP', '2026-03')).toThrow('No GBP rate for 2026-03');
  });

  it('refuses conflicting, malformed or impossible rates', () => {
    const r = (ratePerBase: string, currency = 'EUR', month = '2026-03') => ({
      currency,
      month,
      ratePerBase,
    });
    expect(() => exchangeRates('USD', [r('1.08'), r('1.09')])).toThrow(/Two different EUR rates for 2026-03/);
    expect(() => exchangeRates('USD', [r('1.08'), r('1.080')])).not.toThrow();
    expect(() => exchangeRates('USD', [r('1.1', 'USD')])).toThrow(/always 1/);
    expect(() => exchangeRates('USD', [r('0')])).toThrow(/above zero/);
    expect(() => exchangeRates('USD', [r('1,08')])).toThrow(/Not a decimal/);
    expect(() => exchangeRates('USD', [r('1.08', 'EUR', '2026-3')])).toThrow(/Not a month/);
    expect(() => exchangeRates('USD', [r('1.08', 'XXX')])).toThrow(/Unknown currency/);
  });
});

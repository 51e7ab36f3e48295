import { describe, expect, it } from 'vitest';
import { EconomicsError } from './errors';
import {
  addMoney,
  convert,
  minorUnitExponent,
  money,
  subtractMoney,
  sumMoney,
  toDecimalString,
} from './money';

const usd = (amount: number) => money(amount, 'USD');
const eur = (amount: number) => money(amount, 'EUR');

describe('currencies', () => {
  it('knows the minor unit of each currency', () => {
    for (const c of ['USD', 'EUR', 'GBP', 'CHF']) expect(minorUnitExponent(c)).toBe(2);
    expect(minorUnitExponent('JPY')).toBe(0);
    expect(minorUnitExponent('KRW')).toBe(0);
    expect(minorUnitExponent('KWD')).toBe(3);
    expect(minorUnitExponent('BHD')).toBe(3);
  });

  it('refuses an unknown currency instead of guessing', () => {
    for (const code of ['XYZ', 'usd', 'constructor', ''])
      expect(() => minorUnitExponent(code)).toThrow(expect.objectContaining({ code: 'unknown_currency' }));
  });

  it('refuses amounts that are not whole minor units', () => {
    expect(() => usd(1.5)).toThrow(expect.objectContaining({ code: 'invalid_amount' }));
    expect(() => usd(Number.MAX_SAFE_INTEGER + 1)).toThrow(EconomicsError);
  });
});

describe('adding', () => {
  it('adds and sums within one currency', () => {
    expect(addMoney(usd(1050), usd(-50))).toEqual(usd(1000));
    expect(subtractMoney(usd(12000), usd(10000))).toEqual(usd(2000));
    expect(sumMoney([eur(1), eur(2), eur(3)], 'EUR')).toEqual(eur(6));
    expect(sumMoney([], 'EUR')).toEqual(eur(0));
  });

  it('never mixes currencies silently', () => {
    expect(() => addMoney(usd(1), eur(1))).toThrow(/Cannot combine USD and EUR/);
    expect(() => sumMoney([usd(1)], 'EUR')).toThrow(expect.objectContaining({ code: 'currency_mismatch' }));
  });
});

describe('convert', () => {
  it('multiplies by the rate exactly', () => {
    // 100.00 EUR × 1.0835 = 108.35 USD
    expect(convert(eur(10000), '1.0835', 'USD')).toEqual(usd(10835));
    // 1 000 000 JPY × 0.0067 = 6 700.00 USD
    expect(convert(money(1_000_000, 'JPY'), '0.0067', 'USD')).toEqual(usd(670000));
  });

  it('rounds a half cent to the even cent, both ways', () => {
    expect(convert(eur(5), '0.5', 'USD')).toEqual(usd(2)); // 0.025 → 0.02
    expect(convert(eur(7), '0.5', 'USD')).toEqual(usd(4)); // 0.035 → 0.04
    expect(convert(eur(15), '0.5', 'USD')).toEqual(usd(8)); // 0.075 → 0.08
    expect(convert(eur(-5), '0.5', 'USD')).toEqual(usd(-2)); // −0.025 → −0.02
    expect(convert(eur(10000), '1.00005', 'USD')).toEqual(usd(10000)); // 100.005 → 100.00
    expect(convert(eur(10000), '1.00015', 'USD')).toEqual(usd(10002)); // 100.015 → 100.02
  });

  it('accounts for different minor units', () => {
    // 150 JPY × 0.0067 = 1.005 USD → 100.5 cents → 100 (even); 450 JPY → 3.015 USD → 302 cents
    expect(convert(money(150, 'JPY'), '0.0067', 'USD')).toEqual(usd(100));
    expect(convert(money(450, 'JPY'), '0.0067', 'USD')).toEqual(usd(302));
    // 1 000.00 USD × 149.5 = 149 500 JPY
    expect(convert(usd(100000), '149.5', 'JPY')).toEqual(money(149500, 'JPY'));
    // 1.000 KWD × 3.25 = 3.25 USD; 1.00 USD × 0.3077 = 0.3077 KWD → 307.7 fils → 308
    expect(convert(money(1000, 'KWD'), '3.25', 'USD')).toEqual(usd(325));
    expect(convert(usd(100), '0.3077', 'KWD')).toEqual(money(308, 'KWD'));
  });

  it('uses all ten decimals of a rate and refuses a rate of zero', () => {
    expect(convert(usd(100_000_000_000), '1.0000000005', 'EUR')).toEqual(eur(100_000_000_050));
    expect(() => convert(usd(1), '0', 'EUR')).toThrow(/above zero/);
  });
});

describe('toDecimalString', () => {
  it('writes minor units as a plain decimal', () => {
    expect(toDecimalString(123456, 'USD')).toBe('1234.56');
    expect(toDecimalString(-5, 'USD')).toBe('-0.05');
    expect(toDecimalString(1500, 'JPY')).toBe('1500');
    expect(toDecimalString(1, 'KWD')).toBe('0.001');
  });
});

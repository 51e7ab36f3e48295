import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareToScaled, decimalFromNumber, divideHalfEven, parseDecimal, ratio } from './decimal';

describe('parseDecimal', () => {
  it('reads rates exactly, without floating point', () => {
    expect(parseDecimal('1.0835')).toEqual({ units: 10835n, scale: 4 });
    expect(parseDecimal('149.5')).toEqual({ units: 1495n, scale: 1 });
    expect(parseDecimal('-0.05')).toEqual({ units: -5n, scale: 2 });
    expect(parseDecimal('0.0000000001')).toEqual({ units: 1n, scale: 10 });
  });

  it('refuses anything else', () => {
    for (const bad of ['', 'abc', '1.', '.5', '1e5', '1,5', '0.00000000001'])
      expect(() => parseDecimal(bad)).toThrow(/Not a decimal/);
  });

  it('reads a typed number as the decimal meant (0.1, not 0.1000000000000000055)', () => {
    expect(decimalFromNumber(0.1)).toEqual({ units: 1n, scale: 1 });
    expect(decimalFromNumber(1.2)).toEqual({ units: 12n, scale: 1 });
    expect(decimalFromNumber(1e-7)).toEqual({ units: 1000n, scale: 10 });
  });
});

describe('divideHalfEven: the rounding rule', () => {
  it('rounds an exact half to the even neighbour, both ways and for negatives', () => {
    expect(divideHalfEven(5n, 2n)).toBe(2n); // 2.5 → 2
    expect(divideHalfEven(7n, 2n)).toBe(4n); // 3.5 → 4
    expect(divideHalfEven(-5n, 2n)).toBe(-2n);
    expect(divideHalfEven(-7n, 2n)).toBe(-4n);
    expect(divideHalfEven(5n, -2n)).toBe(-2n);
  });

  it('rounds anything else to the nearer unit', () => {
    expect(divideHalfEven(251n, 100n)).toBe(3n);
    expect(divideHalfEven(249n, 100n)).toBe(2n);
    expect(divideHalfEven(2n, 3n)).toBe(1n);
    expect(divideHalfEven(-2n, 3n)).toBe(-1n);
  });

  it('is never more than half a unit off, and symmetric in sign (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.bigInt({ min: 1n, max: 10n ** 9n }),
        (n, d) => {
          const q = divideHalfEven(n, d);
          const error = q * d - n;
          return 2n * (error < 0n ? -error : error) <= d && divideHalfEven(-n, d) === -q;
        },
      ),
    );
  });
});

describe('ratio and exact comparisons', () => {
  it('gives 4 decimals, half-even', () => {
    expect(ratio(120n, 100n)).toBe(1.2);
    expect(ratio(1n, 3n)).toBe(0.3333);
    expect(ratio(2n, 3n)).toBe(0.6667);
    expect(ratio(10005n, 100000n)).toBe(0.1); // 0.10005 → 0.1000
    expect(ratio(10015n, 100000n)).toBe(0.1002); // 0.10015 → 0.1002
    expect(ratio(1n, 0n)).toBeNull();
  });

  it('compares an integer with base × factor exactly', () => {
    expect(compareToScaled(120000n, 100000n, parseDecimal('1.2'))).toBe(0);
    expect(compareToScaled(119999n, 100000n, parseDecimal('1.2'))).toBe(-1);
    expect(compareToScaled(120001n, 100000n, parseDecimal('1.2'))).toBe(1);
  });
});

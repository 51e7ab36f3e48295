import { describe, expect, it } from 'vitest';
import {
  microHoursText,
  parseCurrency,
  parseDay,
  parseHours,
  parseMoney,
  parseMonth,
  parseRate,
  parseTeamRole,
} from './values';

const value = <T>(r: { ok: true; value: T } | { ok: false; reason: string }) => (r.ok ? r.value : r.reason);

describe('dates as exports write them', () => {
  it.each([
    ['2025-03-07', '2025-03-07'],
    ['2025-3-7', '2025-03-07'],
    ['2025-03-07 09:30', '2025-03-07'], // Tempo's "Work date"
    ['2025-03-07T23:59:00+03:00', '2025-03-07'], // the day written, whatever the zone
    ['2025/03/07', '2025-03-07'],
    ['07.03.2025', '2025-03-07'],
    ['3/7/2025', '2025-03-07'], // Harvest: month first
    [' 12/31/2025 ', '2025-12-31'],
  ])('%s → %s', (text, iso) => expect(value(parseDay(text))).toBe(iso));

  it('reads slashed dates day-first when asked', () => {
    expect(value(parseDay('3/7/2025', 'dmy'))).toBe('2025-07-03');
    expect(value(parseDay('31/12/2025', 'dmy'))).toBe('2025-12-31');
  });

  it('names what is wrong', () => {
    expect(value(parseDay(''))).toBe('The date is missing');
    expect(value(parseDay('2025-02-30'))).toBe("'2025-02-30' is not a calendar date");
    expect(value(parseDay('31/12/2025'))).toBe("'31/12/2025' is not a calendar date"); // month 31
    expect(value(parseDay('yesterday'))).toBe("'yesterday' is not a date (use YYYY-MM-DD)");
  });

  it('reads months, or a day for its month', () => {
    expect(value(parseMonth('2025-03'))).toBe('2025-03');
    expect(value(parseMonth('03/2025'))).toBe('2025-03');
    expect(value(parseMonth('2025-03-31'))).toBe('2025-03');
    expect(value(parseMonth('2025-13'))).toBe("'2025-13' is not a month (use YYYY-MM)");
  });
});

describe('hours in micro-hours, exactly', () => {
  it.each([
    ['1.5', 1_500_000n],
    ['7,25', 7_250_000n],
    ['0.000001', 1n],
    ['1:30', 1_500_000n],
    ['01:30:00', 1_500_000n], // Toggl
    // 20 minutes = 1/3 h = 333,333.33… micro-hours → 333,333 (half-even drops the third)
    ['0:20', 333_333n],
    // 1 second = 277.77… micro-hours → 278
    ['00:00:01', 278n],
    ['1h 30m', 1_500_000n],
    ['45m', 750_000n],
    ['24', 24_000_000n],
  ])('%s → %s', (text, micro) => expect(value(parseHours(text))).toBe(micro));

  it('refuses what is not a day of work', () => {
    expect(value(parseHours('0'))).toBe('Hours must be above zero');
    expect(value(parseHours('00:00:00'))).toBe('Hours must be above zero');
    expect(value(parseHours('24.5'))).toBe('24.5 hours is more than a day');
    expect(value(parseHours('1.0000001'))).toBe("'1.0000001' is not a number of hours (e.g. 1.5 or 1:30)");
    expect(value(parseHours('-2'))).toBe("'-2' is not a number of hours (e.g. 1.5 or 1:30)");
    expect(value(parseHours(''))).toBe('Hours are missing');
  });

  it('prints micro-hours as the numeric column keeps them', () => {
    expect(microHoursText(1_500_000n)).toBe('1.500000');
    expect(microHoursText(278n)).toBe('0.000278');
  });
});

describe('money in minor units, never through a float', () => {
  it.each([
    ['1234.56', 'EUR', 123456],
    ['1,234.56', 'USD', 123456],
    ['1.234,56', 'EUR', 123456],
    ['1 234,56', 'EUR', 123456],
    ["1'234.50", 'CHF', 123450],
    ['1,234,567', 'USD', 123456700], // several commas group thousands
    ['12,5', 'EUR', 1250], // otherwise it is the decimal mark
    ['0.1', 'USD', 10], // 0.1 + 0.2 trouble never starts: digits, not floats
    ['1500', 'JPY', 1500],
    ['2.5', 'KWD', 2500],
    ['90071992547409.91', 'USD', 9007199254740991],
  ])('%s %s → %i', (text, currency, minor) => expect(value(parseMoney(text, currency))).toBe(minor));

  it('takes negatives only where corrections are allowed', () => {
    expect(value(parseMoney('-120.00', 'EUR', { allowNegative: true }))).toBe(-12000);
    expect(value(parseMoney('(120.00)', 'EUR', { allowNegative: true }))).toBe(-12000);
    expect(value(parseMoney('-120.00', 'EUR'))).toBe('The amount cannot be negative');
  });

  it('never rounds a cent away', () => {
    expect(value(parseMoney('12.3456', 'USD'))).toBe("USD has 2 decimals; '12.3456' has more");
    expect(value(parseMoney('1.5', 'JPY'))).toBe("JPY has 0 decimals; '1.5' has more");
    expect(value(parseMoney('12.3400', 'USD'))).toBe(1234); // trailing zeros are no precision lost
  });

  it('asks rather than guesses when one separator stands before three digits', () => {
    // 1,234 is 1234 in London and 1.234 in Berlin: off by 1,000 either way if guessed.
    expect(value(parseMoney('1,234', 'USD'))).toMatch(/could be read two ways/);
    expect(value(parseMoney('1.234', 'EUR'))).toMatch(/could be read two ways/);
    expect(value(parseMoney('1,234.00', 'USD'))).toBe(123400);
  });

  it('refuses what is not an amount', () => {
    expect(value(parseMoney('12 EUR', 'EUR'))).toBe("'12 EUR' is not an amount");
    expect(value(parseMoney('', 'EUR'))).toBe('The amount is missing');
    expect(value(parseMoney('90071992547409.92', 'USD'))).toBe("'90071992547409.92' is too large");
  });
});

describe('rates, currencies and roles', () => {
  it('keeps a rate as the exact decimal typed', () => {
    expect(value(parseRate('1.0835'))).toBe('1.0835');
    expect(value(parseRate('1,0835'))).toBe('1.0835');
    expect(value(parseRate('0.0100'))).toBe('0.01');
    expect(value(parseRate('150'))).toBe('150');
    expect(value(parseRate('1,083'))).toMatch(/could be read two ways/);
    expect(value(parseRate('0'))).toBe('The rate must be above zero');
    expect(value(parseRate('0.12345678901'))).toBe("'0.12345678901' has more than 10 decimals");
  });

  it('reads currency codes in any case', () => {
    expect(value(parseCurrency(' eur '))).toBe('EUR');
    expect(value(parseCurrency('EURO'))).toBe("'EURO' is not a known currency code (e.g. EUR)");
  });

  it('reads team roles by code or words', () => {
    expect(value(parseTeamRole('Account manager'))).toBe('account_manager');
    expect(value(parseTeamRole('technical-lead'))).toBe('technical_lead');
    expect(value(parseTeamRole('Developer'))).toMatch(/^'Developer' is not a team role/);
  });
});

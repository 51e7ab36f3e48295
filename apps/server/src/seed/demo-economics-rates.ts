import {
  type CostRates,
  costRates,
  type ExchangeRates,
  exchangeRates,
  type IsoMonth,
  monthOf,
  monthsFromTo,
} from '@vested/domain';
import type { costRates as costRatesTable, exchangeRates as exchangeRatesTable } from '../db/schema';
import { addMonths } from './dates';
import {
  demoEconomicsSettings,
  irinaRaisedMonthsAgo,
  personRates,
  roleHourly,
  usdPer,
  workspaceHourly,
} from './demo-economics-plan';
import type { Random } from './prng';

type CostRateRow = typeof costRatesTable.$inferInsert;
type ExchangeRateRow = typeof exchangeRatesTable.$inferInsert;

export type DemoRates = {
  costRateRows: CostRateRow[];
  exchangeRateRows: ExchangeRateRow[];
  /** The same rates as the domain reads them, to work out what the rollup will hold. */
  costs: CostRates;
  rates: ExchangeRates;
};

/** 4% a year, rounded to whole cents. */
const raised = (hourly: number, years: number) => Math.round(hourly * 1.04 ** years);

/**
 * Cost rates from the start of the history: a workspace default, a rate per role rising every
 * 1 January, a few people with their own (two in euros), one raised on the 15th of a month. Exchange
 * rates for every month of the history up to today's, drifting by at most 1.5% a month.
 */
export function buildDemoRates(
  today: string,
  historyStart: string,
  rng: Random,
  personId: (key: string) => string,
): DemoRates {
  const costRateRows: CostRateRow[] = [
    { level: 'workspace', fromDate: historyStart, hourlyMinor: workspaceHourly, currency: 'USD' },
  ];
  const firstYear = Number(historyStart.slice(0, 4));
  const lastYear = Number(today.slice(0, 4));
  for (const [role, hourly] of Object.entries(roleHourly))
    for (let year = firstYear; year <= lastYear; year++) {
      const fromDate = year === firstYear ? historyStart : `${year}-01-01`;
      if (fromDate > today) continue;
      costRateRows.push({
        level: 'role',
        role,
        fromDate,
        hourlyMinor: raised(hourly, year - firstYear),
        currency: 'USD',
      });
    }
  for (const p of personRates) {
    const id = personId(p.person);
    costRateRows.push({
      level: 'person',
      personId: id,
      fromDate: historyStart,
      hourlyMinor: p.hourly,
      currency: p.currency,
    });
    if (p.raise)
      costRateRows.push({
        level: 'person',
        personId: id,
        fromDate: `${monthOf(addMonths(today, -irinaRaisedMonthsAgo))}-15`,
        hourlyMinor: p.raise,
        currency: p.currency,
      });
  }

  const exchangeRateRows: ExchangeRateRow[] = [];
  const months: IsoMonth[] = monthsFromTo(monthOf(historyStart), monthOf(today));
  for (const [currency, usd] of Object.entries(usdPer)) {
    let level = usd;
    const digits = usd < 0.1 ? 6 : 4;
    for (const month of months) {
      level = Math.min(usd * 1.08, Math.max(usd * 0.92, level * (1 + (rng.next() - 0.5) * 0.03)));
      exchangeRateRows.push({ currency, month, ratePerBase: level.toFixed(digits) });
    }
  }

  const hourly = (r: CostRateRow) => ({ amount: r.hourlyMinor, currency: r.currency });
  const costs = costRates({
    person: costRateRows.flatMap((r) =>
      r.level === 'person' ? [{ personId: r.personId!, from: r.fromDate, hourly: hourly(r) }] : [],
    ),
    role: costRateRows.flatMap((r) =>
      r.level === 'role' ? [{ role: r.role!, from: r.fromDate, hourly: hourly(r) }] : [],
    ),
    workspace: costRateRows.flatMap((r) =>
      r.level === 'workspace' ? [{ from: r.fromDate, hourly: hourly(r) }] : [],
    ),
  });
  const rates = exchangeRates(
    demoEconomicsSettings.baseCurrency,
    exchangeRateRows.map((r) => ({ currency: r.currency, month: r.month, ratePerBase: r.ratePerBase })),
  );
  return { costRateRows, exchangeRateRows, costs, rates };
}

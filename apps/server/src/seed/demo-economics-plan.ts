/**
 * What each demo account's economics should show over the trailing twelve months (as of the last
 * complete month before the demo's "today"): its ROI multiple, how its return moved against the year
 * before, its gross margin and the currency it is billed in, and — for image accounts — the value
 * score its events add up to. demo-economics.ts generates hours, trips and returns that land on these.
 *
 * The article's points, with the workspace default targets (ROI 1.2, top quartile key, 3% inflation,
 * 5% tolerance, value score 10):
 * - Albion (1.5) and Cascadia (1.2) both returned more than was invested; of the 32 accounts ranked on
 *   ROI the top quarter is 8, Albion is 4th and suggested key, Cascadia is 17th and is not.
 * - Hollis & Grant (preservation) earns 4% more than last year: its real return is held.
 * - Wildways (image) returns 0.8 of what goes in, but a case study, a joint talk, an award nomination…
 *   score 18 against the target 10: on track as an image account.
 * - Kumo Robotics started three months ago: invested in, no return yet, inside its first year.
 */
export type EconomicsPlan = {
  /** Trailing-12-month return ÷ investment (margin basis). */
  roi: number;
  /** This year's return ÷ last year's (1.3 = grew 30%); each earlier year steps back by the same. */
  growth: number;
  /** Gross margin as a share of revenue. */
  margin: number;
  currency: 'USD' | 'EUR' | 'GBP' | 'CHF' | 'JPY';
  /** How much account work goes in, relative to a medium account (hours and trips scale with it). */
  effort: number;
  /** Image accounts: the trailing-12-month value score. Others may have the odd reference. */
  valueScore?: number;
  /** Months after the start before the first monthly return (default 2). */
  firstReturnAfter?: number;
};

const plan = (
  roi: number,
  growth: number,
  margin: number,
  currency: EconomicsPlan['currency'],
  effort: number,
  extra: Partial<EconomicsPlan> = {},
): EconomicsPlan => ({ roi, growth, margin, currency, effort, ...extra });

// biome-ignore format: one account per line reads as a table
export const economicsPlans: Record<string, EconomicsPlan> = {
  // growth
  albion: plan(1.5, 1.3, 0.31, 'GBP', 1.8, { valueScore: 8 }),
  nordlicht: plan(1.46, 1.38, 0.28, 'EUR', 1.5),
  meridian: plan(1.38, 1.15, 0.27, 'USD', 1.5, { valueScore: 3 }),
  cascadia: plan(1.2, 1.12, 0.24, 'USD', 1.4),
  alpenrand: plan(1.28, 1.1, 0.3, 'CHF', 1),
  baltic: plan(1.22, 1.08, 0.22, 'EUR', 1),
  sunridge: plan(1.6, 1.45, 0.29, 'USD', 1.4),
  kestrel: plan(1.05, 0.7, 0.2, 'GBP', 1),
  vantaa: plan(1.15, 1.05, 0.21, 'EUR', 0.7),
  pampas: plan(1.31, 1.2, 0.26, 'USD', 1),
  orchard: plan(1.12, 0.97, 0.19, 'EUR', 1),
  tessera: plan(1.25, 1.25, 0.25, 'EUR', 1),
  blueharbor: plan(1.42, 1.1, 0.27, 'USD', 1.6),
  quillfield: plan(1.18, 1.3, 0.23, 'USD', 0.7),
  lindqvist: plan(1.1, 1.2, 0.22, 'USD', 1),
  atlas: plan(1.33, 1.06, 0.25, 'EUR', 1.3),
  copperline: plan(0.7, 1, 0.2, 'EUR', 1),
  greenway: plan(0.55, 1, 0.22, 'GBP', 0.7),
  solace: plan(0.4, 1, 0.24, 'EUR', 1),
  ironbridge: plan(0.2, 1, 0.2, 'USD', 1.3, { firstReturnAfter: 3 }),
  kumo: plan(0, 1, 0.25, 'JPY', 0.7, { firstReturnAfter: 6 }),
  verdant: plan(0.9, 0.6, 0.18, 'USD', 0.8),
  // preservation (judged in real terms, inflation 3%)
  hollis: plan(1.95, 1.04, 0.33, 'USD', 0.8),
  rheinwerk: plan(1.72, 1.035, 0.3, 'EUR', 1.6),
  northgate: plan(1.35, 1.03, 0.22, 'GBP', 1.2),
  castellan: plan(1.25, 1.05, 0.24, 'EUR', 0.9),
  prairie: plan(1.4, 1, 0.26, 'USD', 0.8),
  aurora: plan(1.3, 0.95, 0.23, 'EUR', 1.2),
  stonebridge: plan(1.15, 0.92, 0.21, 'GBP', 0.9),
  dunmore: plan(1, 0.7, 0.18, 'EUR', 0.6),
  marlowe: plan(1.08, 1.02, 0.2, 'USD', 0.6),
  zenith: plan(1.2, 1.01, 0.22, 'USD', 0.8),
  // image
  wildways: plan(0.8, 1.1, 0.2, 'GBP', 1.2, { valueScore: 18 }),
  arteviva: plan(0.55, 1, 0.18, 'EUR', 0.8, { valueScore: 9 }),
  opendata: plan(0.7, 1.05, 0.2, 'USD', 0.7, { valueScore: 12 }),
  citylabs: plan(0.3, 0.9, 0.15, 'USD', 0.6, { valueScore: 4 }),
  orbital: plan(0.9, 1.1, 0.22, 'EUR', 0.9, { valueScore: 11 }),
  brightstart: plan(0.2, 0.8, 0.12, 'USD', 0.4, { valueScore: 2 }),
  devsummit: plan(0.5, 1, 0.2, 'EUR', 0.6, { valueScore: 10 }),
  greenleaf: plan(0.6, 0.8, 0.2, 'GBP', 0.8, { valueScore: 3 }),
};

/** The workspace's economics settings in the demo: USD base, margin basis, 3% inflation. */
export const demoEconomicsSettings = { baseCurrency: 'USD', annualInflation: '0.03' } as const;

/**
 * Hourly cost rates (USD cents) per role at the start of the history; every 1 January they rise 4%.
 * Anyone without a role rate falls back to the workspace default.
 */
export const roleHourly: Record<string, number> = {
  account_manager: 6500,
  executive_sponsor: 12000,
  sales: 6000,
  project_manager: 5800,
  delivery_manager: 6200,
  solution_architect: 7500,
  technical_lead: 6400,
  engineer: 5200,
};
export const workspaceHourly = 4500;

/**
 * People with a rate of their own: the Berlin office is paid in euros; Irina's rate rises mid-month
 * when she becomes principal architect (`raisedMonthsAgo` months before today, on the 15th).
 */
export const personRates: { person: string; hourly: number; currency: 'USD' | 'EUR'; raise?: number }[] = [
  { person: 'jonas', hourly: 4600, currency: 'EUR' },
  { person: 'marcus', hourly: 5900, currency: 'EUR' },
  { person: 'olga', hourly: 5700, currency: 'EUR' },
  { person: 'irina', hourly: 7800, currency: 'USD', raise: 9100 },
];
export const irinaRaisedMonthsAgo = 8;

/** Rough rates to the USD the demo's months drift around (1 unit = this many USD). */
export const usdPer: Record<Exclude<EconomicsPlan['currency'], 'USD'>, number> = {
  EUR: 1.08,
  GBP: 1.27,
  CHF: 1.12,
  JPY: 0.0067,
};

import {
  accountObjectives,
  accountTiers,
  investmentKinds,
  isIsoMonth,
  isKnownCurrency,
  parseDecimal,
  valueEventKinds,
} from '@vested/domain';
import { z } from 'zod';
import { Id, IsoDate, optionalText, PageQuery, pageOf, sortParam, Timestamp, VersionBody } from './common';
import { TeamRoleKey } from './teams';

// --- building blocks -----------------------------------------------------------------------------

/** ISO 4217 code the domain knows (its minor unit is needed to convert). */
export const CurrencyCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isKnownCurrency, { error: 'Use a known ISO 4217 currency code, e.g. EUR' });
export const IsoMonth = z.string().refine(isIsoMonth, { error: 'Use a month as YYYY-MM' });

function isDecimal(text: string): boolean {
  try {
    parseDecimal(text);
    return true;
  } catch {
    return false;
  }
}
/** An exact decimal as text ('1.0835'), never a binary float; numbers are accepted and read as typed. */
export const DecimalText = z
  .union([z.string(), z.number().transform(String)])
  .pipe(z.string().trim().refine(isDecimal, { error: 'Use a decimal number, e.g. 1.25' }));
/** A fraction 0–1 as text ('0.25'). */
const Fraction = DecimalText.refine((t) => Number(t) >= 0 && Number(t) <= 1, {
  error: 'Use a fraction from 0 to 1, e.g. 0.25',
});
const Positive = DecimalText.refine((t) => Number(t) > 0, { error: 'Must be above zero' });

/** Integer minor units of the currency (cents for USD). */
export const MinorUnits = z
  .number({ error: 'Use a whole number of minor units (cents)' })
  .int({ error: 'Use a whole number of minor units (cents)' })
  .min(-1e15)
  .max(1e15);
export const Money = z.object({ amount: MinorUnits, currency: CurrencyCode });
export type Money = z.infer<typeof Money>;
const NonNegativeMoney = Money.extend({ amount: MinorUnits.min(0, { error: 'Cannot be negative' }) });

export const InvestmentKind = z.enum(investmentKinds);
export const MoneyInvestmentKind = z.enum(['travel', 'business_study', 'organizational', 'other']);
export const ReturnKind = z.enum(['revenue', 'delivery_cost']);
export const ValueEventKind = z.enum(valueEventKinds);
/** A role of the workspace's list (built-in or its own); the server checks it exists. */
const Role = TeamRoleKey;
const Hours = z
  .number({ error: 'Hours must be a number' })
  .gt(0, { error: 'Hours must be above zero' })
  .max(24, { error: 'At most 24 hours a day' })
  .refine((h) => Math.abs(h * 1e6 - Math.round(h * 1e6)) < 1e-6, { error: 'At most 6 decimals' });

// --- settings ------------------------------------------------------------------------------------

export const EconomicsSettings = z.object({
  baseCurrency: z.string(),
  returnBasis: z.enum(['margin', 'revenue']),
  annualInflation: z.string(),
  keyAccountShare: z.string(),
  firstResultRule: z.enum(['follow_on_work', 'return_above_initial']),
  targets: z.object({
    roiTarget: z.string(),
    preservationTolerance: z.string(),
    valueScoreTarget: z.string(),
    nearMiss: z.string(),
  }),
  version: z.number().int(),
});
export type EconomicsSettings = z.infer<typeof EconomicsSettings>;

export const UpdateEconomicsSettingsBody = VersionBody.extend({
  baseCurrency: CurrencyCode.optional(),
  returnBasis: z.enum(['margin', 'revenue']).optional(),
  annualInflation: DecimalText.refine((t) => Number(t) > -1 && Number(t) <= 10, {
    error: 'Use a yearly rate, e.g. 0.04 for 4%',
  }).optional(),
  keyAccountShare: Fraction.optional(),
  firstResultRule: z.enum(['follow_on_work', 'return_above_initial']).optional(),
  targets: z
    .object({
      roiTarget: Positive.optional(),
      preservationTolerance: Fraction.optional(),
      valueScoreTarget: DecimalText.refine((t) => Number(t) >= 0, { error: 'Cannot be negative' }).optional(),
      nearMiss: Fraction.optional(),
    })
    .optional(),
});
export type UpdateEconomicsSettingsBody = z.input<typeof UpdateEconomicsSettingsBody>;

// --- exchange and cost rates ---------------------------------------------------------------------

export const ExchangeRate = z.object({
  currency: z.string(),
  month: z.string(),
  ratePerBase: z.string(),
  updatedAt: Timestamp,
});
export const PutExchangeRateBody = z.object({
  currency: CurrencyCode,
  month: IsoMonth,
  ratePerBase: Positive,
});
export type PutExchangeRateBody = z.input<typeof PutExchangeRateBody>;
export const ExchangeRateParams = z.object({ currency: CurrencyCode, month: IsoMonth });
export const ListExchangeRatesQuery = PageQuery.extend({
  currency: CurrencyCode.optional(),
  from: IsoMonth.optional(),
  to: IsoMonth.optional(),
  sort: sortParam(['month', 'currency'] as const, '-month'),
});
export const ExchangeRatePage = pageOf(ExchangeRate);

export const CostRate = z.object({
  id: z.string(),
  level: z.enum(['person', 'role', 'workspace']),
  personId: z.string().nullable(),
  personName: z.string().nullable(),
  role: z.string().nullable(),
  from: z.string(),
  hourly: z.object({ amount: z.number().int(), currency: z.string() }),
  createdAt: Timestamp,
});
export type CostRate = z.infer<typeof CostRate>;
export const CreateCostRateBody = z
  .object({
    level: z.enum(['person', 'role', 'workspace']),
    personId: Id.optional(),
    role: Role.optional(),
    from: IsoDate,
    hourly: NonNegativeMoney,
  })
  .superRefine((b, ctx) => {
    if (b.level === 'person' && !b.personId)
      ctx.addIssue({ code: 'custom', path: ['personId'], message: 'Choose the person' });
    if (b.level === 'role' && !b.role)
      ctx.addIssue({ code: 'custom', path: ['role'], message: 'Choose the role' });
    if (b.level !== 'person' && b.personId)
      ctx.addIssue({ code: 'custom', path: ['personId'], message: 'Only a person rate names a person' });
    if (b.level !== 'role' && b.role)
      ctx.addIssue({ code: 'custom', path: ['role'], message: 'Only a role rate names a role' });
  });
export type CreateCostRateBody = z.input<typeof CreateCostRateBody>;
export const CostRateParams = z.object({ rateId: Id });
export const ListCostRatesQuery = PageQuery.extend({
  level: z.enum(['person', 'role', 'workspace']).optional(),
  personId: Id.optional(),
  role: Role.optional(),
  sort: sortParam(['from', 'level'] as const, '-from'),
});
export const CostRatePage = pageOf(CostRate);

// --- investments ---------------------------------------------------------------------------------

export const Investment = z.object({
  id: z.string(),
  accountId: z.string(),
  kind: InvestmentKind,
  date: z.string(),
  amount: z.object({ amount: z.number().int(), currency: z.string() }).nullable(),
  personId: z.string().nullable(),
  personName: z.string().nullable(),
  role: z.string().nullable(),
  /** Labor hours as an exact decimal ('7.5'). */
  hours: z.string().nullable(),
  note: z.string().nullable(),
  importId: z.string().nullable(),
  version: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Investment = z.infer<typeof Investment>;

const LaborInvestmentBody = z.object({
  kind: z.literal('labor'),
  date: IsoDate,
  personId: Id,
  /** The person's role on the account; by default their current role on its team. */
  role: Role.nullable().optional(),
  hours: Hours,
  note: optionalText(2000),
});
const MoneyInvestmentBody = z.object({
  kind: MoneyInvestmentKind,
  date: IsoDate,
  amount: NonNegativeMoney,
  personId: Id.nullable().optional(),
  note: optionalText(2000),
});
export const CreateInvestmentBody = z.discriminatedUnion('kind', [LaborInvestmentBody, MoneyInvestmentBody], {
  error: 'Choose the kind: labor, travel, business_study, organizational or other',
});
export type CreateInvestmentBody = z.input<typeof CreateInvestmentBody>;
/** The kind does not change; hours go with labor, an amount with the other kinds. */
export const UpdateInvestmentBody = VersionBody.extend({
  date: IsoDate.optional(),
  personId: Id.nullable().optional(),
  role: Role.nullable().optional(),
  hours: Hours.optional(),
  amount: NonNegativeMoney.optional(),
  note: optionalText(2000),
});
export type UpdateInvestmentBody = z.input<typeof UpdateInvestmentBody>;
export const InvestmentParams = z.object({ id: Id, investmentId: Id });
export const ListInvestmentsQuery = PageQuery.extend({
  kind: InvestmentKind.optional(),
  personId: Id.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  sort: sortParam(['date', 'kind', 'createdAt'] as const, '-date'),
});
export const InvestmentPage = pageOf(Investment);

// --- returns and value events --------------------------------------------------------------------

export const MonthlyReturnLine = z.object({
  month: z.string(),
  kind: ReturnKind,
  amount: z.object({ amount: z.number().int(), currency: z.string() }),
  updatedAt: Timestamp,
});
/** Sets one line (month × kind × currency); `amount: null` removes it. */
export const PutMonthlyReturnBody = z.object({
  month: IsoMonth,
  kind: ReturnKind,
  currency: CurrencyCode,
  amount: MinorUnits.nullable(),
});
export type PutMonthlyReturnBody = z.input<typeof PutMonthlyReturnBody>;
export const PutMonthlyReturnResult = z.object({ item: MonthlyReturnLine.nullable() });
export const ListReturnsQuery = PageQuery.extend({
  kind: ReturnKind.optional(),
  from: IsoMonth.optional(),
  to: IsoMonth.optional(),
  sort: sortParam(['month'] as const, '-month'),
});
export const MonthlyReturnPage = pageOf(MonthlyReturnLine);

export const ValueEvent = z.object({
  id: z.string(),
  accountId: z.string(),
  kind: ValueEventKind,
  date: z.string(),
  score: z.number().int(),
  moneyEquivalent: z.object({ amount: z.number().int(), currency: z.string() }).nullable(),
  note: z.string().nullable(),
  version: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type ValueEvent = z.infer<typeof ValueEvent>;
const Score = z
  .number({ error: 'Give a score' })
  .int({ error: 'Use a whole number' })
  .min(0, { error: 'Cannot be negative' })
  .max(1000, { error: 'At most 1000' });
export const CreateValueEventBody = z.object({
  kind: ValueEventKind,
  date: IsoDate,
  score: Score,
  moneyEquivalent: NonNegativeMoney.nullable().optional(),
  note: optionalText(2000),
});
export type CreateValueEventBody = z.input<typeof CreateValueEventBody>;
export const UpdateValueEventBody = CreateValueEventBody.partial().extend(VersionBody.shape);
export type UpdateValueEventBody = z.input<typeof UpdateValueEventBody>;
export const ValueEventParams = z.object({ id: Id, eventId: Id });
export const ListValueEventsQuery = PageQuery.extend({
  kind: ValueEventKind.optional(),
  sort: sortParam(['date', 'score'] as const, '-date'),
});
export const ValueEventPage = pageOf(ValueEvent);

// --- figures -------------------------------------------------------------------------------------

export const EconomicsQuery = z
  .object({ from: IsoMonth.optional(), to: IsoMonth.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], error: 'Must not be before from' });

const Reason = z.object({
  code: z.string(),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
const ObjectiveStatus = z.enum(['on_track', 'at_risk', 'off_track']);
export const ObjectiveAssessment = z.object({
  objective: z.enum(accountObjectives),
  status: ObjectiveStatus,
  reasons: z.array(Reason),
});
const Series = z.object({
  month: z.string(),
  invested: z.number().int(),
  returned: z.number().int(),
  net: z.number().int(),
  cumulativeInvested: z.number().int(),
  cumulativeReturned: z.number().int(),
  cumulativeNet: z.number().int(),
});
const Totals = z.object({
  invested: z.number().int(),
  returned: z.number().int(),
  net: z.number().int(),
  roiMultiple: z.number().nullable(),
});

/** Every amount is integer minor units of `currency` (the workspace base currency). */
export const AccountEconomics = z.object({
  accountId: z.string(),
  currency: z.string(),
  basis: z.enum(['margin', 'revenue']),
  period: z.object({ from: z.string(), to: z.string() }),
  asOf: z.string(),
  invested: z.object({
    total: z.number().int(),
    byKind: z.record(z.string(), z.number().int()),
    byPerson: z.array(
      z.object({ personId: z.string().nullable(), name: z.string().nullable(), amount: z.number().int() }),
    ),
  }),
  returned: z.object({
    total: z.number().int(),
    revenue: z.number().int(),
    deliveryCost: z.number().int(),
    margin: z.number().int(),
    months: z.number().int(),
  }),
  net: z.number().int(),
  roiMultiple: z.number().nullable(),
  value: z.object({ score: z.number().int(), events: z.number().int(), moneyEquivalent: z.number().int() }),
  monthly: z.array(Series),
  paybackDate: z.string().nullable(),
  trailingTwelveMonths: Totals.extend({ from: z.string(), to: z.string() }),
  yearOverYear: z.object({
    current: z.number().int(),
    previous: z.number().int(),
    change: z.number().int(),
    growth: z.number().nullable(),
  }),
  objective: ObjectiveAssessment,
  firstResult: z.object({
    reached: z.boolean(),
    rule: z.string(),
    date: z.string().nullable(),
    days: z.number().int(),
    reason: z.string().nullable(),
  }),
});
export type AccountEconomics = z.infer<typeof AccountEconomics>;

export const portfolioSortFields = [
  'name',
  'invested',
  'returned',
  'roiMultiple',
  'rank',
  'valueScore',
] as const;
export const PortfolioQuery = PageQuery.extend({
  asOf: IsoMonth.optional(),
  objective: z.enum(accountObjectives).optional(),
  tier: z.enum(accountTiers).optional(),
  suggestedTier: z.enum(accountTiers).optional(),
  status: ObjectiveStatus.optional(),
  managerPersonId: Id.optional(),
  sort: sortParam(portfolioSortFields, 'rank'),
});
export type PortfolioQuery = z.input<typeof PortfolioQuery>;
export const PortfolioItem = z.object({
  accountId: z.string(),
  name: z.string(),
  objective: z.enum(accountObjectives),
  managerPersonId: z.string().nullable(),
  managerName: z.string().nullable(),
  /**
   * Null when a rate the trailing year needs is missing (an exchange rate, or a cost rate for someone's
   * hours): the account is then not ranked on ROI, its status is at_risk and its one reason names the
   * missing fact (`missing_rate`: currency, month; `missing_cost_rate`: personId, date, role).
   */
  invested: z.number().int().nullable(),
  returned: z.number().int().nullable(),
  revenue: z.number().int().nullable(),
  net: z.number().int().nullable(),
  roiMultiple: z.number().nullable(),
  valueScore: z.number().int(),
  rankGroup: z.enum(['financial', 'image']),
  rank: z.number().int().nullable(),
  suggestedTier: z.enum(accountTiers),
  decidedTier: z.enum(accountTiers),
  status: ObjectiveStatus,
  reasons: z.array(Reason),
});
export type PortfolioItem = z.infer<typeof PortfolioItem>;
export const PortfolioPage = pageOf(PortfolioItem).extend({
  currency: z.string(),
  asOf: z.string(),
  period: z.object({ from: z.string(), to: z.string() }),
});
export type PortfolioPage = z.infer<typeof PortfolioPage>;

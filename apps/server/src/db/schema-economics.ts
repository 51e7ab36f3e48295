/**
 * Account economics (PRODUCT.md ideas 1–3): what the company invests in an account, what comes back,
 * the rates that value and convert it, and the monthly rollup every figure is computed from.
 * Part of the one schema: schema.ts re-exports this file.
 *
 * Money is an integer count of the currency's minor unit (bigint, read as a JS number) plus its ISO
 * 4217 code; rates, hours and fractions are exact decimals (text or numeric), never floating point.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  text,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { at, id, stamps } from './columns';
import { accounts, people } from './schema';

const minor = (name: string) => bigint(name, { mode: 'number' });
const accountId = () =>
  uuid('account_id')
    .notNull()
    .references(() => accounts.id, { onDelete: 'cascade' });
/**
 * The account of a labor entry, labor day or rollup row, WITHOUT a foreign key: these tables take a
 * million rows in one import, and a foreign key is a lookup and lock per row (three million for one
 * import, a third of its time). Their writers check references set-based instead — the import locks
 * and checks the accounts and people its staged rows name (imports/kinds/time-entries.ts), a typed
 * entry loads its account and person — and accounts are archived, never deleted.
 */
const accountRef = () => uuid('account_id').notNull();

export const investmentKindValues = ['labor', 'travel', 'business_study', 'organizational', 'other'] as const;
export const returnKindValues = ['revenue', 'delivery_cost'] as const;
/** What a rollup row sums: an investment kind or a return kind. */
export const rollupKindValues = [...investmentKindValues, ...returnKindValues] as const;

/** The workspace's economics settings: one row (id 1), created on the first change. */
export const economicsSettings = pgTable(
  'economics_settings',
  {
    id: integer('id').primaryKey().default(1),
    baseCurrency: text('base_currency').notNull().default('USD'),
    returnBasis: text('return_basis', { enum: ['margin', 'revenue'] })
      .notNull()
      .default('margin'),
    /** Exact decimals as typed: '0.04' is 4% a year. */
    annualInflation: text('annual_inflation').notNull().default('0'),
    keyAccountShare: text('key_account_share').notNull().default('0.25'),
    firstResultRule: text('first_result_rule', { enum: ['follow_on_work', 'return_above_initial'] })
      .notNull()
      .default('follow_on_work'),
    roiTarget: text('roi_target').notNull().default('1.2'),
    preservationTolerance: text('preservation_tolerance').notNull().default('0.05'),
    valueScoreTarget: text('value_score_target').notNull().default('10'),
    nearMiss: text('near_miss').notNull().default('0.1'),
    ...stamps,
  },
  (t) => [check('economics_settings_one_row', sql`${t.id} = 1`)],
);

/** 1 unit of `currency` = `rate_per_base` units of the base currency, for the whole month. */
export const exchangeRates = pgTable(
  'exchange_rates',
  {
    currency: text('currency').notNull(),
    /** YYYY-MM */
    month: text('month').notNull(),
    ratePerBase: text('rate_per_base').notNull(),
    /** The import that set the rate (undo of the import removes it). */
    importId: uuid('import_id'),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    unique('exchange_rates_key').on(t.currency, t.month),
    index('exchange_rates_import_idx').on(t.importId),
  ],
);

/** Hourly cost rates, effective from a date until the next one of the same owner. */
export const costRates = pgTable(
  'cost_rates',
  {
    id: id(),
    level: text('level', { enum: ['person', 'role', 'workspace'] }).notNull(),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'cascade' }),
    role: text('role'),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    hourlyMinor: minor('hourly_minor').notNull(),
    currency: text('currency').notNull(),
    /** The import that added the rate (undo of the import removes it). */
    importId: uuid('import_id'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('cost_rates_import_idx').on(t.importId),
    unique('cost_rates_key').on(t.level, t.personId, t.role, t.fromDate).nullsNotDistinct(),
    check(
      'cost_rates_owner',
      sql`(${t.level} = 'person' and ${t.personId} is not null and ${t.role} is null)
        or (${t.level} = 'role' and ${t.role} is not null and ${t.personId} is null)
        or (${t.level} = 'workspace' and ${t.personId} is null and ${t.role} is null)`,
    ),
  ],
);

/**
 * What the company puts into an account. Money kinds carry amount + currency; `labor` carries a person,
 * their role on the account and hours (valued at the cost rate of the day, see economics_monthly_rollup.cost_micro).
 *
 * PARTITIONED BY import_id (migration 0024, not something drizzle-kit describes): entries typed by hand
 * live in investments_typed, each time-entry import's in a partition of its own
 * (features/economics/import-partitions.ts). The primary key and the external-id key below are each
 * partition's own — no unique index can span partitions without the partition key — and the SQL
 * functions of 0024/0027 make an import's partition with the same indexes: change them together.
 */
export const investments = pgTable(
  'investments',
  {
    id: id(),
    accountId: accountRef(),
    kind: text('kind', { enum: investmentKindValues }).notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    amountMinor: minor('amount_minor'),
    currency: text('currency'),
    personId: uuid('person_id'),
    role: text('role'),
    hours: numeric('hours', { precision: 12, scale: 6, mode: 'string' }),
    note: text('note'),
    /**
     * The import that created the entry, null for one typed by hand: the partition key (undo of the
     * import drops exactly its partition).
     */
    importId: uuid('import_id'),
    /**
     * The entry's id in the system it was imported from, prefixed by that system ('tempo:48213'):
     * an import skips rows whose external id is already here, so overlapping exports add nothing twice.
     */
    externalId: text('external_id'),
    /**
     * Who typed the entry (an imported one names its creator through its import). No foreign key, like
     * the account and person above: even left null, a key's trigger runs once per inserted row. Users
     * are deactivated, never deleted.
     */
    createdByUserId: uuid('created_by_user_id'),
    ...stamps,
  },
  (t) => [
    index('investments_account_idx').on(t.accountId, t.date),
    uniqueIndex('investments_external_key').on(t.externalId).where(sql`${t.externalId} is not null`),
    check(
      'investments_shape',
      sql`(${t.kind} = 'labor' and ${t.personId} is not null and ${t.hours} is not null
            and ${t.amountMinor} is null and ${t.currency} is null)
        or (${t.kind} <> 'labor' and ${t.amountMinor} is not null and ${t.currency} is not null
            and ${t.hours} is null)`,
    ),
  ],
);

/** Monthly financial return per account, per kind and currency, as finance reports it. */
export const monthlyReturns = pgTable(
  'monthly_returns',
  {
    id: id(),
    accountId: accountId(),
    month: text('month').notNull(),
    kind: text('kind', { enum: returnKindValues }).notNull(),
    amountMinor: minor('amount_minor').notNull(),
    currency: text('currency').notNull(),
    importId: uuid('import_id'),
    ...stamps,
  },
  (t) => [
    unique('monthly_returns_key').on(t.accountId, t.month, t.kind, t.currency),
    index('monthly_returns_import_idx').on(t.importId),
  ],
);

/** Non-financial returns: references, case studies, logo use… with a score and an optional money equivalent. */
export const valueEvents = pgTable(
  'value_events',
  {
    id: id(),
    accountId: accountId(),
    date: date('date', { mode: 'string' }).notNull(),
    kind: text('kind', {
      enum: ['reference', 'case_study', 'logo_use', 'referral', 'joint_talk', 'award', 'other'],
    }).notNull(),
    score: integer('score').notNull(),
    equivalentMinor: minor('equivalent_minor'),
    equivalentCurrency: text('equivalent_currency'),
    note: text('note'),
    ...stamps,
  },
  (t) => [
    index('value_events_account_idx').on(t.accountId, t.date),
    check('value_events_score', sql`${t.score} >= 0`),
  ],
);

/**
 * THE MONTHLY ROLLUP every figure is computed from: per account × month × kind × currency × person, the
 * sum of the raw entries in their own currency (labor: each entry valued exactly at its day's cost rate,
 * in the rate's currency, or 'XXX' while unvalued), their hours, their count, and that sum converted once into the base currency
 * at the month's rate (null while the rate is missing). Written only by features/economics/rollup.ts,
 * in the transaction of the entry it sums; `scripts/check-rollup.ts` recomputes it from the raw entries.
 */
export const monthlyRollup = pgTable(
  'economics_monthly_rollup',
  {
    accountId: accountRef(),
    month: text('month').notNull(),
    kind: text('kind', { enum: rollupKindValues }).notNull(),
    currency: text('currency').notNull(),
    personId: uuid('person_id'),
    amountMinor: minor('amount_minor').notNull(),
    microHours: minor('micro_hours').notNull().default(0),
    entries: integer('entries').notNull(),
    /**
     * Labor: Σ hours × hourly rate, exact, in millionths of the minor unit; amount_minor is it rounded
     * a half up (rounded once per row, so splitting hours moves no cent). 0 for other kinds. Null only
     * on a labor row written before labor was valued this way: the next start rebuilds the rollup.
     */
    costMicro: bigint('cost_micro', { mode: 'bigint' }),
    baseMinor: minor('base_minor'),
  },
  (t) => [
    unique('monthly_rollup_key').on(t.accountId, t.month, t.kind, t.currency, t.personId).nullsNotDistinct(),
    // No index by month or by currency across accounts: the portfolio reads economics_account_month; a
    // changed exchange rate re-converts its currency-month by one scan of this table (about 0.2 s at
    // 1.4 million rows), which costs less than what each index here cost every import (0.7 s of a
    // million entries' 340,000 upserted rows, measured for the (currency, month) index dropped in 0025).
  ],
);

/**
 * The one schema truth. Migrations in ./migrations are generated from this file by drizzle-kit
 * (`npm run db:generate`) and committed; `npm run db:drift` fails when the two disagree.
 *
 * One deployment holds one workspace (one company): no tenant column on every row. A company that wants
 * a second, separate workspace runs a second database.
 */
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { id, stamps } from './columns';
import { workspaceRoles } from './schema-teams';

export const people = pgTable(
  'people',
  {
    id: id(),
    name: text('name').notNull(),
    email: text('email'),
    department: text('department'),
    title: text('title'),
    lineManagerPersonId: uuid('line_manager_person_id').references((): AnyPgColumn => people.id, {
      onDelete: 'set null',
    }),
    /** Hours a month this person has for account work; null while not set (no capacity checks then). */
    monthlyCapacityHours: integer('monthly_capacity_hours'),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    location: text('location'),
    /** The HR import that created the person, so undoing it removes exactly them. */
    importId: uuid('import_id'),
    active: boolean('active').notNull().default(true),
    ...stamps,
  },
  (t) => [
    uniqueIndex('people_email_key').on(sql`lower(${t.email})`),
    check('people_capacity_hours', sql`${t.monthlyCapacityHours} between 0 and 744`),
    index('people_name_idx').on(t.name),
    index('people_department_idx').on(t.department),
    index('people_line_manager_idx').on(t.lineManagerPersonId),
    index('people_import_idx').on(t.importId),
  ],
);

export const users = pgTable(
  'users',
  {
    id: id(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role', {
      enum: ['admin', 'director', 'account_manager', 'member', 'finance', 'viewer'],
    }).notNull(),
    locale: text('locale', { enum: ['en', 'ru'] })
      .notNull()
      .default('en'),
    active: boolean('active').notNull().default(true),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'set null' }),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true, mode: 'string' }),
    ...stamps,
  },
  (t) => [
    uniqueIndex('users_email_key').on(sql`lower(${t.email})`),
    uniqueIndex('users_person_key').on(t.personId),
  ],
);

/** Sessions live in the database so any app server can serve any request. The id is a hash of the cookie. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: id(),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    tokenHash: text('token_hash').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'string' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [uniqueIndex('api_tokens_hash_key').on(t.tokenHash)],
);

export const accounts = pgTable(
  'accounts',
  {
    id: id(),
    name: text('name').notNull(),
    industry: text('industry'),
    country: text('country'),
    website: text('website'),
    sizeBand: text('size_band', { enum: ['small', 'medium', 'large', 'enterprise'] }),
    startedOn: date('started_on', { mode: 'string' }),
    status: text('status', { enum: ['active', 'paused', 'closed'] })
      .notNull()
      .default('active'),
    objective: text('objective', { enum: ['growth', 'preservation', 'image'] }).notNull(),
    tier: text('tier', { enum: ['key', 'regular'] })
      .notNull()
      .default('regular'),
    phase: text('phase', { enum: ['meeting_expectations', 'forming_expectations'] })
      .notNull()
      .default('meeting_expectations'),
    /** The current account manager; the history of who held it is in account_team_members. */
    managerPersonId: uuid('manager_person_id').references(() => people.id, { onDelete: 'set null' }),
    businessNotes: text('business_notes'),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    archivedAt: timestamp('archived_at', { withTimezone: true, mode: 'string' }),
    ...stamps,
  },
  (t) => [
    index('accounts_name_idx').on(t.name),
    index('accounts_manager_idx').on(t.managerPersonId),
    // The list's filters over live accounts: its total counts from this index alone.
    index('accounts_live_filters_idx')
      .on(t.objective, t.status, t.tier, t.phase)
      .where(sql`${t.archivedAt} is null`),
    index('accounts_updated_idx').on(t.updatedAt),
  ],
);

export const accountTeamMembers = pgTable(
  'account_team_members',
  {
    id: id(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** A key of the workspace's role list (team_roles). */
    role: text('role')
      .notNull()
      .references((): AnyPgColumn => workspaceRoles.key, { onUpdate: 'cascade' }),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    toDate: date('to_date', { mode: 'string' }),
    /** The allocation: hours a month this person gives the account in this role (0 = not planned). */
    hoursPerMonth: integer('hours_per_month').notNull().default(0),
    ...stamps,
  },
  (t) => [
    index('team_account_idx').on(t.accountId),
    index('team_person_idx').on(t.personId, t.accountId),
    check('team_period_check', sql`${t.toDate} is null or ${t.toDate} >= ${t.fromDate}`),
    check('team_hours_check', sql`${t.hoursPerMonth} between 0 and 744`),
  ],
);

/** Tier and phase decisions, each with its reason: the history PRODUCT.md ideas 3 and 4 ask for. */
export const accountDecisions = pgTable(
  'account_decisions',
  {
    id: id(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['tier', 'phase'] }).notNull(),
    fromValue: text('from_value'),
    toValue: text('to_value').notNull(),
    reason: text('reason').notNull(),
    decidedByUserId: uuid('decided_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('decisions_account_idx').on(t.accountId, t.decidedAt)],
);

/** Every mutation, written in the same transaction as the change it describes. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    /** The account the change belongs to, so an account's history is one indexed read. */
    accountId: uuid('account_id'),
    action: text('action').notNull(),
    changes: jsonb('changes').notNull().default({}),
  },
  (t) => [
    index('audit_account_idx').on(t.accountId, t.id),
    index('audit_entity_idx').on(t.entityType, t.entityId),
  ],
);

export * from './schema-account-month';
export * from './schema-contact-imports';
export * from './schema-economics';
export * from './schema-generation';
export * from './schema-imports';
export * from './schema-stakeholders';
export * from './schema-teams';

/**
 * The stakeholder map (PRODUCT.md idea 5): the client's contacts, who on our side holds each
 * relationship, satisfaction readings, pulses (tokenized one-time survey links) and conflicts of interest.
 * Part of the one schema: schema.ts re-exports this file.
 */

import type { MonthPoint } from '@vested/domain';
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { at, id, stamps } from './columns';
import { accounts, auditLog, people, users } from './schema';

export const contacts = pgTable(
  'contacts',
  {
    id: id(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    title: text('title'),
    businessUnit: text('business_unit'),
    email: text('email'),
    phone: text('phone'),
    /** The language to write to them in (a pulse email); null while not known. */
    language: text('language', { enum: ['en', 'ru'] }),
    reportsToContactId: uuid('reports_to_contact_id').references((): AnyPgColumn => contacts.id, {
      onDelete: 'set null',
    }),
    level: text('level', { enum: ['executive', 'senior', 'middle', 'operational'] }),
    decisionRole: text('decision_role', {
      enum: [
        'decision_maker',
        'economic_buyer',
        'influencer',
        'technical_evaluator',
        'user',
        'champion',
        'gatekeeper',
        'blocker',
      ],
    }),
    influence: integer('influence').notNull().default(3),
    interest: integer('interest').notNull().default(3),
    attitude: text('attitude', { enum: ['champion', 'supporter', 'neutral', 'skeptic', 'opponent'] })
      .notNull()
      .default('neutral'),
    /** Their interests as short statements in their own words. */
    interests: text('interests').array().notNull().default(sql`'{}'::text[]`),
    notes: text('notes'),
    status: text('status', { enum: ['active', 'left'] })
      .notNull()
      .default('active'),
    leftOn: date('left_on', { mode: 'string' }),
    ...stamps,
  },
  (t) => [
    index('contacts_account_idx').on(t.accountId, t.name),
    index('contacts_reports_to_idx').on(t.reportsToContactId),
    check('contacts_influence_check', sql`${t.influence} between 1 and 5`),
    check('contacts_interest_check', sql`${t.interest} between 1 and 5`),
    check('contacts_left_check', sql`(${t.status} = 'left') = (${t.leftOn} is not null)`),
  ],
);

/** One of our people holding the relationship with a contact, how deep it is and where we want it. */
export const contactOwners = pgTable(
  'contact_owners',
  {
    id: id(),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    depthNow: text('depth_now', {
      enum: ['vendor', 'credible_source', 'problem_solver', 'trusted_advisor'],
    }).notNull(),
    depthTarget: text('depth_target', {
      enum: ['vendor', 'credible_source', 'problem_solver', 'trusted_advisor'],
    }),
    lastTouchOn: date('last_touch_on', { mode: 'string' }),
    ...stamps,
  },
  (t) => [
    uniqueIndex('contact_owners_key').on(t.contactId, t.personId),
    index('contact_owners_person_idx').on(t.personId),
  ],
);

/** A contact's satisfaction history: never edited, only added to. */
export const satisfactionReadings = pgTable(
  'satisfaction_readings',
  {
    id: id(),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    takenOn: date('taken_on', { mode: 'string' }).notNull(),
    score: integer('score').notNull(),
    source: text('source', { enum: ['pulse', 'meeting', 'manager_estimate'] }).notNull(),
    comment: text('comment'),
    pulseId: uuid('pulse_id').references((): AnyPgColumn => pulses.id, { onDelete: 'set null' }),
    recordedByUserId: uuid('recorded_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('readings_contact_idx').on(t.contactId, t.takenOn),
    check('readings_score_check', sql`${t.score} between 0 and 10`),
  ],
);

/** A one-time survey link. The token itself is never stored: only its SHA-256. */
export const pulses = pgTable(
  'pulses',
  {
    id: id(),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    expiresAt: at('expires_at').notNull(),
    usedAt: at('used_at'),
    sentByUserId: uuid('sent_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    npsAnswer: integer('nps_answer'),
    csatAnswer: integer('csat_answer'),
    comment: text('comment'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('pulses_token_key').on(t.tokenHash),
    index('pulses_contact_idx').on(t.contactId, t.createdAt),
    check('pulses_nps_check', sql`${t.npsAnswer} between 0 and 10`),
    check('pulses_csat_check', sql`${t.csatAnswer} between 1 and 5`),
  ],
);

/** What each side wants: `[{ contactIds, wants }]`. */
export type ConflictSide = { contactIds: string[]; wants: string };

export const conflictsOfInterest = pgTable(
  'conflicts_of_interest',
  {
    id: id(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    sides: jsonb('sides').$type<ConflictSide[]>().notNull(),
    meaningForUs: text('meaning_for_us'),
    resolution: text('resolution'),
    outcome: text('outcome'),
    status: text('status', { enum: ['open', 'resolved', 'abandoned'] })
      .notNull()
      .default('open'),
    ...stamps,
  },
  (t) => [index('conflicts_account_idx').on(t.accountId, t.createdAt)],
);

/**
 * Which audit rows are about a contact — their own changes, readings, owners, pulses, conflicts they are a
 * side of — so the contact's history is one indexed read, owners removed long ago included.
 */
export const contactAudit = pgTable(
  'contact_audit',
  {
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    auditId: bigint('audit_id', { mode: 'number' })
      .notNull()
      .references(() => auditLog.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.contactId, t.auditId] })],
);

/**
 * The portfolio's view of one account's map: the domain's `AccountSummary`, rewritten whole in the
 * transaction of every change to the account's contacts, owners, readings or pulse answers (see
 * features/stakeholders/account-summary.ts). Counts add up across accounts; the decider dates let a query
 * count the calendar gaps of any later day. An account never mapped has no row.
 */
export const stakeholderAccountFigures = pgTable('stakeholder_account_figures', {
  accountId: uuid('account_id')
    .primaryKey()
    .references(() => accounts.id, { onDelete: 'cascade' }),
  asOf: date('as_of', { mode: 'string' }).notNull(),
  /** Active contacts. */
  contacts: integer('contacts').notNull(),
  withReading: integer('with_reading').notNull(),
  satisfied: integer('satisfied').notNull(),
  weight: integer('weight').notNull(),
  weightSatisfied: integer('weight_satisfied').notNull(),
  /** The shares, kept to sort by; null without active contacts (or answers). */
  cement: doublePrecision('cement'),
  weightedCement: doublePrecision('weighted_cement'),
  npsPromoters: integer('nps_promoters').notNull(),
  npsPassives: integer('nps_passives').notNull(),
  npsDetractors: integer('nps_detractors').notNull(),
  nps: integer('nps'),
  csatAnswers: integer('csat_answers').notNull(),
  csatSatisfied: integer('csat_satisfied').notNull(),
  csat: doublePrecision('csat'),
  gapsFixed: integer('gaps_fixed').notNull(),
  /** Sorted ascending, '-infinity' for never, so `width_bucket(day, dates)` counts those on or before a day. */
  deciderLastTouch: date('decider_last_touch', { mode: 'string' }).array().notNull(),
  deciderLastReading: date('decider_last_reading', { mode: 'string' }).array().notNull(),
  trend: jsonb('trend').$type<MonthPoint[]>().notNull(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

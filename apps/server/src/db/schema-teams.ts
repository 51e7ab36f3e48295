/**
 * Account teams as a matrix (PRODUCT.md ideas 9 and 10): the workspace's lists of team roles and skills,
 * people's skill levels and trainings, what each account needs (hours per role, skills at a level), the
 * account-manager procedure (request → a director's decision, with the reason) and AM assessments.
 * Allocations are the account_team_members rows themselves (with hours per month), in schema.ts.
 * Part of the one schema: schema.ts re-exports this file.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
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
import { accounts, people, users } from './schema';

/**
 * The workspace's list of roles on an account team. `key` is what memberships, needs and cost rates
 * store; the built-in keys (account_manager, executive_sponsor, …) are created by the migration that
 * made this table. Roles are retired (`active` false), never deleted, so history keeps its words.
 */
export const workspaceRoles = pgTable(
  'team_roles',
  {
    key: text('key').primaryKey(),
    name: text('name').notNull(),
    position: integer('position').notNull().default(100),
    active: boolean('active').notNull().default(true),
    ...stamps,
  },
  (t) => [uniqueIndex('team_roles_name_key').on(sql`lower(${t.name})`)],
);

export const skillCategoryValues = ['technology', 'industry', 'account_management', 'other'] as const;

/**
 * The skill catalogue. The eight account-management criteria an assessment scores carry a fixed `key`
 * (listening, asking_questions, …) so the catalogue and the assessments name the same things.
 */
export const skills = pgTable(
  'skills',
  {
    id: id(),
    name: text('name').notNull(),
    category: text('category', { enum: skillCategoryValues }).notNull(),
    key: text('key'),
    active: boolean('active').notNull().default(true),
    ...stamps,
  },
  (t) => [
    uniqueIndex('skills_name_key').on(sql`lower(${t.name})`),
    uniqueIndex('skills_key_key').on(t.key),
    index('skills_category_idx').on(t.category, t.name),
  ],
);

/** A person's level (1–5) in a skill; edited with the person (their version covers it). */
export const personSkills = pgTable(
  'person_skills',
  {
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    skillId: uuid('skill_id')
      .notNull()
      .references(() => skills.id, { onDelete: 'cascade' }),
    level: integer('level').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.skillId] }),
    index('person_skills_skill_idx').on(t.skillId, t.level),
    check('person_skills_level', sql`${t.level} between 1 and 5`),
  ],
);

/** Trainings and workshops a person attended. */
export const personTrainings = pgTable(
  'person_trainings',
  {
    id: id(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    provider: text('provider'),
    notes: text('notes'),
    ...stamps,
  },
  (t) => [index('person_trainings_person_idx').on(t.personId, t.date)],
);

/** The version of an account's needs (roles and skills), which are edited together as one plan. */
export const accountTeamPlans = pgTable('account_team_plans', {
  accountId: uuid('account_id')
    .primaryKey()
    .references(() => accounts.id, { onDelete: 'cascade' }),
  ...stamps,
});

/** How many hours a month the account needs of a role. */
export const accountRoleNeeds = pgTable(
  'account_role_needs',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    role: text('role')
      .notNull()
      .references(() => workspaceRoles.key, { onUpdate: 'cascade' }),
    hoursPerMonth: integer('hours_per_month').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.role] }),
    check('account_role_needs_hours', sql`${t.hoursPerMonth} between 1 and 744`),
  ],
);

/** A skill the account's team must have, at a minimum level. */
export const accountSkillNeeds = pgTable(
  'account_skill_needs',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    skillId: uuid('skill_id')
      .notNull()
      .references(() => skills.id, { onDelete: 'cascade' }),
    minLevel: integer('min_level').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.skillId] }),
    index('account_skill_needs_skill_idx').on(t.skillId),
    check('account_skill_needs_level', sql`${t.minLevel} between 1 and 5`),
  ],
);

export const managerRequestStatusValues = ['pending', 'approved', 'rejected', 'withdrawn'] as const;

/**
 * The account-manager procedure: the AM (or a director) asks for a person to take the role; a director
 * approves (the hand-over happens in that transaction) or rejects with a reason. One pending request per
 * account at a time.
 */
export const managerRequests = pgTable(
  'account_manager_requests',
  {
    id: id(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** Who held the role when the request was made, for the reader of the history. */
    previousPersonId: uuid('previous_person_id').references(() => people.id, { onDelete: 'set null' }),
    note: text('note'),
    status: text('status', { enum: managerRequestStatusValues }).notNull().default('pending'),
    requestedByUserId: uuid('requested_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    requestedAt: at('requested_at').notNull().defaultNow(),
    decidedByUserId: uuid('decided_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: at('decided_at'),
    decisionReason: text('decision_reason'),
    ...stamps,
  },
  (t) => [
    uniqueIndex('manager_requests_one_pending').on(t.accountId).where(sql`${t.status} = 'pending'`),
    index('manager_requests_account_idx').on(t.accountId, t.requestedAt),
    index('manager_requests_status_idx').on(t.status, t.requestedAt),
  ],
);

/**
 * A director's periodic assessment of an account manager: each of the eight criteria scored 1–5 with
 * evidence, as `{ [criterion]: { level, evidence } }` (the domain checks the shape and the set).
 */
export const managerAssessments = pgTable(
  'manager_assessments',
  {
    id: id(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    scores: jsonb('scores').notNull(),
    summary: text('summary'),
    assessedByUserId: uuid('assessed_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    ...stamps,
  },
  (t) => [
    index('manager_assessments_person_idx').on(t.personId, t.periodTo),
    check('manager_assessments_period', sql`${t.periodTo} >= ${t.periodFrom}`),
  ],
);

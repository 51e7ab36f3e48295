import { z } from 'zod';
import {
  Id,
  IsoDate,
  OptionalEmail,
  optionalText,
  PageQuery,
  pageOf,
  sortParam,
  Timestamp,
  VersionBody,
} from './common';

// --- the skill catalogue ---------------------------------------------------------------------------

export const skillCategories = ['technology', 'industry', 'account_management', 'other'] as const;
export const SkillCategory = z.enum(skillCategories);
export const SkillLevel = z
  .number({ error: 'Use a level from 1 to 5' })
  .int({ error: 'Use a level from 1 to 5' })
  .min(1, { error: 'Use a level from 1 to 5' })
  .max(5, { error: 'Use a level from 1 to 5' });

export const Skill = z.object({
  id: z.string(),
  name: z.string(),
  category: SkillCategory,
  /** Set on the eight account-management criteria an assessment scores (listening, …); else null. */
  key: z.string().nullable(),
  active: z.boolean(),
  /** How many people have this skill (any level). */
  people: z.number().int(),
  version: z.number().int(),
});
export type Skill = z.infer<typeof Skill>;
export const SkillPage = pageOf(Skill);
export const ListSkillsQuery = PageQuery.extend({
  q: z.string().trim().max(100).optional(),
  category: SkillCategory.optional(),
  active: z.enum(['true', 'false', 'all']).default('true'),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
  sort: sortParam(['name', 'category'] as const, 'name'),
});
const skillName = z
  .string()
  .trim()
  .min(1, { error: 'Name is required' })
  .max(80, { error: 'At most 80 characters' });
export const CreateSkillBody = z.object({ name: skillName, category: SkillCategory });
export type CreateSkillBody = z.input<typeof CreateSkillBody>;
export const UpdateSkillBody = VersionBody.extend({
  name: skillName.optional(),
  category: SkillCategory.optional(),
  active: z.boolean().optional(),
});
export type UpdateSkillBody = z.input<typeof UpdateSkillBody>;

// --- people --------------------------------------------------------------------------------------------

const Languages = z
  .array(z.string().trim().min(1, { error: 'A language cannot be blank' }).max(40))
  .max(20, { error: 'At most 20 languages' })
  .transform((items) => [...new Set(items)]);

const PersonSkills = z
  .array(z.object({ skillId: Id, level: SkillLevel }))
  .max(200)
  .superRefine((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((s, i) => {
      if (seen.has(s.skillId))
        ctx.addIssue({ code: 'custom', path: [i, 'skillId'], message: 'This skill is listed twice' });
      seen.add(s.skillId);
    });
  });

const editable = {
  name: z.string().trim().min(1, { error: 'Name is required' }).max(120, { error: 'At most 120 characters' }),
  email: OptionalEmail,
  department: optionalText(100),
  title: optionalText(120),
  lineManagerPersonId: Id.nullable().optional(),
  /** Hours a month for account work; null = not set (then no capacity warnings). */
  monthlyCapacityHours: z
    .number({ error: 'Hours must be a whole number' })
    .int({ error: 'Hours must be a whole number' })
    .min(0, { error: 'Cannot be negative' })
    .max(744, { error: 'At most 744 hours a month' })
    .nullable()
    .optional(),
  languages: Languages.optional(),
  location: optionalText(120),
  /** The person's whole skill set (replaces it): skill ids of the catalogue with a level 1–5. */
  skills: PersonSkills.optional(),
  active: z.boolean(),
};

export const CreatePersonBody = z.object({ ...editable, active: editable.active.default(true) });
export type CreatePersonBody = z.input<typeof CreatePersonBody>;
export const UpdatePersonBody = z.object(editable).partial().extend(VersionBody.shape);
export type UpdatePersonBody = z.input<typeof UpdatePersonBody>;

export const Person = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  department: z.string().nullable(),
  title: z.string().nullable(),
  lineManagerPersonId: z.string().nullable(),
  lineManagerName: z.string().nullable(),
  monthlyCapacityHours: z.number().int().nullable(),
  languages: z.array(z.string()),
  location: z.string().nullable(),
  active: z.boolean(),
  userId: z.string().nullable(),
  version: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Person = z.infer<typeof Person>;

export const PersonSkill = z.object({
  skillId: z.string(),
  name: z.string(),
  category: SkillCategory,
  level: z.number().int(),
});
export type PersonSkill = z.infer<typeof PersonSkill>;

/**
 * One of the person's places on an account team. `view` says how much of the account the viewer may
 * see: `full` (they may open it) or `name_and_hours` (the person is in the viewer's line: the account's
 * name, the role and the hours, nothing else).
 */
export const PersonAccount = z.object({
  accountId: z.string(),
  accountName: z.string(),
  role: z.string(),
  roleName: z.string(),
  hoursPerMonth: z.number().int(),
  from: z.string(),
  to: z.string().nullable(),
  current: z.boolean(),
  view: z.enum(['full', 'name_and_hours']),
});
export type PersonAccount = z.infer<typeof PersonAccount>;

export const MonthLoadSummary = z.object({
  month: z.string(),
  capacityHours: z.number().nullable(),
  allocatedHours: z.number(),
  freeHours: z.number().nullable(),
  overAllocated: z.boolean(),
  overByHours: z.number(),
});

/** A person with their skills, this month's load and the accounts they work on that the viewer may see. */
export const PersonDetail = Person.extend({
  skills: z.array(PersonSkill),
  accounts: z.array(PersonAccount),
  /** Hours on accounts the viewer may not see (counted in the load, not named). */
  otherAccountsHours: z.number(),
  load: MonthLoadSummary,
  reports: z.array(z.object({ id: z.string(), name: z.string() })),
  /**
   * The person's own effective cost rate today, kept by economics (`/api/v1/economics/cost-rates`);
   * null when none is set or the viewer may not see rates.
   */
  costRate: z
    .object({ from: z.string(), hourly: z.object({ amount: z.number().int(), currency: z.string() }) })
    .nullable(),
  permissions: z.object({ edit: z.boolean(), readCostRates: z.boolean(), assess: z.boolean() }),
});
export type PersonDetail = z.infer<typeof PersonDetail>;

export const peopleSortFields = ['name', 'department', 'title', 'location', 'updatedAt'] as const;
export const ListPeopleQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional(),
  department: z.string().trim().max(100).optional(),
  lineManagerPersonId: Id.optional(),
  /** People with this skill, at `minLevel` or above (default 1). */
  skillId: Id.optional(),
  minLevel: z.coerce.number().int().min(1).max(5).default(1),
  active: z.enum(['true', 'false', 'all']).default('true'),
  /**
   * `true`: only people over their capacity this month (allocated hours prorated by days, above the
   * monthly capacity); `false`: only those who are not. Capacity is not secret: everyone may ask.
   */
  overAllocated: z.enum(['true', 'false']).optional(),
  sort: sortParam(peopleSortFields, 'name'),
});
export type ListPeopleQuery = z.input<typeof ListPeopleQuery>;
/** A person in the list; `load` (this month's) only when the list was asked for `overAllocated=true`. */
export const PersonListItem = Person.extend({
  load: z.object({ month: z.string(), allocatedHours: z.number(), overByHours: z.number() }).optional(),
});
export type PersonListItem = z.infer<typeof PersonListItem>;
export const PersonPage = pageOf(PersonListItem);
export const DepartmentList = z.object({ items: z.array(z.string()) });

// --- trainings and workshops ------------------------------------------------------------------------

export const Training = z.object({
  id: z.string(),
  personId: z.string(),
  title: z.string(),
  date: z.string(),
  provider: z.string().nullable(),
  notes: z.string().nullable(),
  version: z.number().int(),
  createdAt: Timestamp,
});
export type Training = z.infer<typeof Training>;
export const TrainingList = z.object({ items: z.array(Training) });
const trainingFields = {
  title: z
    .string()
    .trim()
    .min(1, { error: 'Title is required' })
    .max(200, { error: 'At most 200 characters' }),
  date: IsoDate,
  provider: optionalText(200),
  notes: optionalText(4000),
};
export const CreateTrainingBody = z.object(trainingFields);
export type CreateTrainingBody = z.input<typeof CreateTrainingBody>;
export const UpdateTrainingBody = z.object(trainingFields).partial().extend(VersionBody.shape);
export type UpdateTrainingBody = z.input<typeof UpdateTrainingBody>;
export const TrainingParams = z.object({ id: Id, trainingId: Id });

import { z } from 'zod';
import { Id, IsoDate, optionalText, PageQuery, pageOf, sortParam, Timestamp, VersionBody } from './common';

// --- the workspace's role list --------------------------------------------------------------------

/** A role's key: lower-case letters, digits and underscores, as stored on memberships and needs. */
export const TeamRoleKey = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{1,39}$/, {
    error: 'Use lower-case letters, digits and _ (2–40), e.g. data_analyst',
  });
/** Hours a month: whole hours, at most every hour of a 31-day month. */
export const MonthlyHours = z
  .number({ error: 'Hours must be a whole number' })
  .int({ error: 'Hours must be a whole number' })
  .min(0, { error: 'Cannot be negative' })
  .max(744, { error: 'At most 744 hours a month' });

export const WorkspaceRole = z.object({
  key: z.string(),
  name: z.string(),
  position: z.number().int(),
  active: z.boolean(),
  /** account_manager: one holder per account at a time, changed through the request procedure. */
  builtIn: z.boolean(),
  version: z.number().int(),
});
export type WorkspaceRole = z.infer<typeof WorkspaceRole>;
export const WorkspaceRoleList = z.object({ items: z.array(WorkspaceRole) });
export const ListTeamRolesQuery = z.object({ active: z.enum(['true', 'false', 'all']).default('true') });
const roleName = z
  .string()
  .trim()
  .min(1, { error: 'Name is required' })
  .max(60, { error: 'At most 60 characters' });
export const CreateTeamRoleBody = z.object({
  /** Derived from the name when absent ("Data analyst" → data_analyst). */
  key: TeamRoleKey.optional(),
  name: roleName,
  position: z.number().int().min(0).max(10_000).optional(),
});
export type CreateTeamRoleBody = z.input<typeof CreateTeamRoleBody>;
export const UpdateTeamRoleBody = VersionBody.extend({
  name: roleName.optional(),
  position: z.number().int().min(0).max(10_000).optional(),
  active: z.boolean().optional(),
});
export type UpdateTeamRoleBody = z.input<typeof UpdateTeamRoleBody>;
export const TeamRoleParams = z.object({ key: z.string().max(40) });

// --- members and their allocations -----------------------------------------------------------------

export const TeamMember = z.object({
  id: z.string(),
  accountId: z.string(),
  personId: z.string(),
  personName: z.string(),
  department: z.string().nullable(),
  role: z.string(),
  roleName: z.string(),
  /** The allocation: hours a month in this role, from `from` to `to`. */
  hoursPerMonth: z.number().int(),
  from: z.string(),
  to: z.string().nullable(),
  current: z.boolean(),
  version: z.number().int(),
});
export type TeamMember = z.infer<typeof TeamMember>;
export const TeamList = z.object({ items: z.array(TeamMember) });

export const AddTeamMemberBody = z
  .object({
    personId: Id,
    role: TeamRoleKey,
    hoursPerMonth: MonthlyHours.default(0),
    from: IsoDate,
    to: IsoDate.nullable().optional(),
  })
  .refine((b) => !b.to || b.to >= b.from, { path: ['to'], error: 'The end date is before the start date' });
export type AddTeamMemberBody = z.input<typeof AddTeamMemberBody>;

export const UpdateTeamMemberBody = VersionBody.extend({
  role: TeamRoleKey.optional(),
  hoursPerMonth: MonthlyHours.optional(),
  from: IsoDate.optional(),
  to: IsoDate.nullable().optional(),
});
export type UpdateTeamMemberBody = z.input<typeof UpdateTeamMemberBody>;
export const TeamMemberParams = z.object({ id: Id, memberId: Id });

// --- what the account needs ---------------------------------------------------------------------------

const SkillLevel = z
  .number({ error: 'Use a level from 1 to 5' })
  .int({ error: 'Use a level from 1 to 5' })
  .min(1, { error: 'Use a level from 1 to 5' })
  .max(5, { error: 'Use a level from 1 to 5' });

export const TeamPlan = z.object({
  accountId: z.string(),
  /** 0 until the plan is first saved. */
  version: z.number().int(),
  roles: z.array(z.object({ role: z.string(), roleName: z.string(), hoursPerMonth: z.number().int() })),
  skills: z.array(z.object({ skillId: z.string(), name: z.string(), minLevel: z.number().int() })),
});
export type TeamPlan = z.infer<typeof TeamPlan>;

const unique =
  <T>(key: (t: T) => string, message: string) =>
  (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(key(item))) ctx.addIssue({ code: 'custom', path: [i], message });
      seen.add(key(item));
    });
  };

/** The whole plan at once: roles needed (hours a month) and skills needed (minimum level). */
export const SaveTeamPlanBody = z.object({
  version: z.number({ error: 'version is required' }).int().min(0),
  roles: z
    .array(z.object({ role: TeamRoleKey, hoursPerMonth: MonthlyHours.min(1, { error: 'At least 1 hour' }) }))
    .max(50)
    .superRefine(unique((r) => r.role, 'This role is already in the plan')),
  skills: z
    .array(z.object({ skillId: Id, minLevel: SkillLevel }))
    .max(50)
    .superRefine(unique((s) => s.skillId, 'This skill is already in the plan')),
});
export type SaveTeamPlanBody = z.input<typeof SaveTeamPlanBody>;

// --- the team against its needs, now ------------------------------------------------------------------

const PersonRef = z.object({ personId: z.string(), name: z.string() });

export const TeamWarning = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('over_allocated'),
    personId: z.string(),
    personName: z.string(),
    month: z.string(),
    allocatedHours: z.number(),
    capacityHours: z.number(),
    overByHours: z.number(),
  }),
  z.object({
    kind: z.literal('role_unfilled'),
    role: z.string(),
    roleName: z.string(),
    neededHours: z.number(),
  }),
  z.object({
    kind: z.literal('role_short'),
    role: z.string(),
    roleName: z.string(),
    neededHours: z.number(),
    filledHours: z.number(),
  }),
  z.object({
    kind: z.literal('skill_missing'),
    skillId: z.string(),
    skillName: z.string(),
    minLevel: z.number(),
    bestLevel: z.number().nullable(),
  }),
]);
export type TeamWarning = z.infer<typeof TeamWarning>;

export const ManagerStint = z.object({
  memberId: z.string(),
  personId: z.string(),
  name: z.string(),
  from: z.string(),
  to: z.string().nullable(),
  current: z.boolean(),
});

export const TeamOverview = z.object({
  accountId: z.string(),
  asOf: z.string(),
  month: z.string(),
  roles: z.array(
    z.object({
      role: z.string(),
      roleName: z.string(),
      neededHours: z.number(),
      filledHours: z.number(),
      status: z.enum(['unfilled', 'short', 'filled']),
      people: z.array(PersonRef),
    }),
  ),
  skills: z.array(
    z.object({
      skillId: z.string(),
      name: z.string(),
      minLevel: z.number(),
      bestLevel: z.number().nullable(),
      met: z.boolean(),
      people: z.array(PersonRef),
    }),
  ),
  /** Each current member's month across all their accounts (totals only: the other accounts stay unnamed). */
  members: z.array(
    PersonRef.extend({
      capacityHours: z.number().nullable(),
      allocatedHours: z.number(),
      freeHours: z.number().nullable(),
      overAllocated: z.boolean(),
    }),
  ),
  warnings: z.array(TeamWarning),
  managerHistory: z.array(ManagerStint),
});
export type TeamOverview = z.infer<typeof TeamOverview>;

export const SuggestionsQuery = z
  .object({
    /** Fill an empty (or short) role: everyone with free time, ranked by hours and the missing skills. */
    role: TeamRoleKey.optional(),
    /** Fill a missing skill: only people with it at the plan's level (or `minLevel`). */
    skillId: Id.optional(),
    minLevel: z.coerce.number().int().min(1).max(5).optional(),
    limit: z.coerce.number().int().min(1).max(50).default(10),
  })
  .refine((q) => Boolean(q.role) !== Boolean(q.skillId), {
    path: ['role'],
    error: 'Ask for a role or for a skill',
  });
export const Suggestion = z.object({
  personId: z.string(),
  name: z.string(),
  department: z.string().nullable(),
  title: z.string().nullable(),
  lineManager: PersonRef.nullable(),
  freeHours: z.number(),
  coversHours: z.boolean(),
  skillsMet: z.number().int(),
  levels: z.record(z.string(), z.number()),
});
export type Suggestion = z.infer<typeof Suggestion>;
export const SuggestionList = z.object({
  month: z.string(),
  hours: z.number(),
  skills: z.array(z.object({ skillId: z.string(), name: z.string(), minLevel: z.number() })),
  requireSkills: z.boolean(),
  /** The rule the list is ordered by, in words. */
  ranking: z.string(),
  items: z.array(Suggestion),
});

// --- the account-manager procedure --------------------------------------------------------------------

export const ManagerRequestStatus = z.enum(['pending', 'approved', 'rejected', 'withdrawn']);
export const ManagerRequest = z.object({
  id: z.string(),
  accountId: z.string(),
  accountName: z.string(),
  personId: z.string(),
  personName: z.string(),
  previousPersonId: z.string().nullable(),
  previousPersonName: z.string().nullable(),
  note: z.string().nullable(),
  status: ManagerRequestStatus,
  requestedByName: z.string().nullable(),
  requestedAt: Timestamp,
  decidedByName: z.string().nullable(),
  decidedAt: Timestamp.nullable(),
  decisionReason: z.string().nullable(),
  version: z.number().int(),
});
export type ManagerRequest = z.infer<typeof ManagerRequest>;
export const ManagerRequestList = z.object({ items: z.array(ManagerRequest) });
export const ManagerRequestPage = pageOf(ManagerRequest);
export const ListManagerRequestsQuery = PageQuery.extend({
  status: ManagerRequestStatus.optional(),
  sort: sortParam(['requestedAt'] as const, '-requestedAt'),
});
export const CreateManagerRequestBody = z.object({ personId: Id, note: optionalText(2000) });
export type CreateManagerRequestBody = z.input<typeof CreateManagerRequestBody>;
export const DecideManagerRequestBody = VersionBody.extend({
  decision: z.enum(['approve', 'reject']),
  reason: optionalText(2000),
}).refine((b) => b.decision === 'approve' || (b.reason ?? '').length >= 3, {
  path: ['reason'],
  error: 'Give the reason for the rejection',
});
export type DecideManagerRequestBody = z.input<typeof DecideManagerRequestBody>;
export const ManagerRequestParams = z.object({ requestId: Id });

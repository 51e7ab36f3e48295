import { accountObjectives, accountPhases, accountStatuses, accountTiers, sizeBands } from '@vested/domain';
import { z } from 'zod';
import { Id, IsoDate, optionalText, PageQuery, pageOf, sortParam, Timestamp, VersionBody } from './common';

export const Objective = z.enum(accountObjectives);
export const Tier = z.enum(accountTiers);
export const Phase = z.enum(accountPhases);
export const AccountStatus = z.enum(accountStatuses);
export const SizeBand = z.enum(sizeBands);

const Tags = z
  .array(z.string().trim().min(1).max(40, { error: 'A tag has at most 40 characters' }))
  .max(20, { error: 'At most 20 tags' })
  .transform((tags) => [...new Set(tags)]);

const Country = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, { error: 'Use a two-letter country code (ISO 3166), e.g. DE' })
  .nullable()
  .optional()
  .or(z.literal('').transform(() => null));

const Website = z
  .url({ protocol: /^https?$/, error: 'Use a full address, e.g. https://example.com' })
  .max(300)
  .nullable()
  .optional()
  .or(z.literal('').transform(() => null));

/** Fields a person edits on an account (tier and phase change only through decisions with a reason). */
const editable = {
  name: z.string().trim().min(1, { error: 'Name is required' }).max(200, { error: 'At most 200 characters' }),
  industry: optionalText(100),
  country: Country,
  website: Website,
  sizeBand: SizeBand.nullable().optional(),
  startedOn: IsoDate.nullable().optional(),
  status: AccountStatus,
  objective: Objective,
  managerPersonId: Id.nullable().optional(),
  businessNotes: optionalText(20000),
  tags: Tags,
};

export const CreateAccountBody = z.object({
  ...editable,
  status: editable.status.default('active'),
  tags: editable.tags.default([]),
});
export type CreateAccountBody = z.input<typeof CreateAccountBody>;

export const UpdateAccountBody = z.object(editable).partial().extend(VersionBody.shape);
export type UpdateAccountBody = z.input<typeof UpdateAccountBody>;

export const DecideTierBody = VersionBody.extend({
  tier: Tier,
  reason: z.string().trim().min(3, { error: 'Give the reason for the decision' }).max(2000),
});
export const ChangePhaseBody = VersionBody.extend({
  phase: Phase,
  reason: z.string().trim().min(3, { error: 'Give the reason for the change' }).max(2000),
});

export const Account = z.object({
  id: z.string(),
  name: z.string(),
  industry: z.string().nullable(),
  country: z.string().nullable(),
  website: z.string().nullable(),
  sizeBand: SizeBand.nullable(),
  startedOn: z.string().nullable(),
  status: AccountStatus,
  objective: Objective,
  tier: Tier,
  phase: Phase,
  managerPersonId: z.string().nullable(),
  managerName: z.string().nullable(),
  businessNotes: z.string().nullable(),
  tags: z.array(z.string()),
  archivedAt: Timestamp.nullable(),
  version: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Account = z.infer<typeof Account>;

/** What the actor may do on this account, so the web shows only the actions that will work. */
export const AccountPermissions = z.object({
  update: z.boolean(),
  changePhase: z.boolean(),
  manageTeam: z.boolean(),
  decideTier: z.boolean(),
  assignManager: z.boolean(),
  archive: z.boolean(),
});
export const AccountDetail = Account.extend({ permissions: AccountPermissions });
export type AccountDetail = z.infer<typeof AccountDetail>;

export const AccountListItem = Account.omit({ businessNotes: true });
export type AccountListItem = z.infer<typeof AccountListItem>;

export const accountSortFields = [
  'name',
  'industry',
  'country',
  'startedOn',
  'status',
  'objective',
  'tier',
  'updatedAt',
] as const;
export const ListAccountsQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional(),
  objective: Objective.optional(),
  tier: Tier.optional(),
  phase: Phase.optional(),
  status: AccountStatus.optional(),
  managerPersonId: Id.optional(),
  archived: z.enum(['false', 'true', 'all']).default('false'),
  sort: sortParam(accountSortFields, 'name'),
});
export type ListAccountsQuery = z.input<typeof ListAccountsQuery>;
export const AccountPage = pageOf(AccountListItem);

export const AccountDecision = z.object({
  id: z.string(),
  kind: z.enum(['tier', 'phase']),
  from: z.string().nullable(),
  to: z.string(),
  reason: z.string(),
  decidedByName: z.string().nullable(),
  decidedAt: Timestamp,
});
export type AccountDecision = z.infer<typeof AccountDecision>;
export const AccountDecisionList = z.object({ items: z.array(AccountDecision) });

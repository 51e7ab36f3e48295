import {
  attitudes,
  conflictStatuses,
  contactLevels,
  contactStatuses,
  decisionRoles,
  quadrants,
  readingSources,
  relationshipDepths,
} from '@vested/domain';
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

export const ContactLevel = z.enum(contactLevels);
export const DecisionRole = z.enum(decisionRoles);
export const Attitude = z.enum(attitudes);
export const ContactStatus = z.enum(contactStatuses);
export const RelationshipDepth = z.enum(relationshipDepths);
export const ReadingSource = z.enum(readingSources);
export const ConflictStatus = z.enum(conflictStatuses);
export const Quadrant = z.enum(quadrants);

/** A whole number from `min` to `max`, with one message for every way to miss. */
function wholeFrom(min: number, max: number) {
  const error = `Use a whole number from ${min} to ${max}`;
  return z.number({ error }).int({ error }).min(min, { error }).max(max, { error });
}
const OneToFive = wholeFrom(1, 5);
const Name = z
  .string()
  .trim()
  .min(1, { error: 'Name is required' })
  .max(200, { error: 'At most 200 characters' });
const Interests = z
  .array(
    z
      .string()
      .trim()
      .min(1, { error: 'Write the interest or remove it' })
      .max(300, { error: 'At most 300 characters' }),
  )
  .max(30, { error: 'At most 30 interests' });

export const ContactParams = z.object({ contactId: Id });

// --- contacts ------------------------------------------------------------------------------------

const contactFields = {
  name: Name,
  title: optionalText(200),
  businessUnit: optionalText(200),
  email: OptionalEmail,
  phone: optionalText(50),
  reportsToId: Id.nullable().optional(),
  level: ContactLevel.nullable().optional(),
  decisionRole: DecisionRole.nullable().optional(),
  influence: OneToFive,
  interest: OneToFive,
  attitude: Attitude,
  interests: Interests,
  notes: optionalText(20000),
};
export const CreateContactBody = z.object({
  ...contactFields,
  influence: OneToFive.default(3),
  interest: OneToFive.default(3),
  attitude: Attitude.default('neutral'),
  interests: Interests.default([]),
});
export type CreateContactBody = z.input<typeof CreateContactBody>;
export const UpdateContactBody = z.object(contactFields).partial().extend(VersionBody.shape);
export type UpdateContactBody = z.input<typeof UpdateContactBody>;
export const MarkLeftBody = VersionBody.extend({ leftOn: IsoDate });

export const LatestReading = z.object({
  takenOn: z.string(),
  score: z.number().int(),
  source: ReadingSource,
});
export const Contact = z.object({
  id: z.string(),
  accountId: z.string(),
  name: z.string(),
  title: z.string().nullable(),
  businessUnit: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  reportsToId: z.string().nullable(),
  level: ContactLevel.nullable(),
  decisionRole: DecisionRole.nullable(),
  influence: z.number().int(),
  interest: z.number().int(),
  attitude: Attitude,
  interests: z.array(z.string()),
  notes: z.string().nullable(),
  status: ContactStatus,
  leftOn: z.string().nullable(),
  quadrant: Quadrant,
  latestReading: LatestReading.nullable(),
  version: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Contact = z.infer<typeof Contact>;

export const ContactOwner = z.object({
  id: z.string(),
  contactId: z.string(),
  personId: z.string(),
  personName: z.string(),
  depthNow: RelationshipDepth,
  depthTarget: RelationshipDepth.nullable(),
  lastTouchOn: z.string().nullable(),
  version: z.number().int(),
});
export type ContactOwner = z.infer<typeof ContactOwner>;
export const ContactDetail = Contact.extend({
  reportsToName: z.string().nullable(),
  owners: z.array(ContactOwner),
});
export type ContactDetail = z.infer<typeof ContactDetail>;

export const contactSortFields = [
  'name',
  'title',
  'businessUnit',
  'level',
  'influence',
  'interest',
  'updatedAt',
] as const;
export const ListContactsQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional(),
  status: z.enum(['active', 'left', 'all']).default('active'),
  decisionRole: DecisionRole.optional(),
  level: ContactLevel.optional(),
  sort: sortParam(contactSortFields, 'name'),
});
export type ListContactsQuery = z.input<typeof ListContactsQuery>;
export const ContactPage = pageOf(Contact);

// --- our side of each relationship ---------------------------------------------------------------

export const AddOwnerBody = z.object({
  personId: Id,
  depthNow: RelationshipDepth.default('vendor'),
  depthTarget: RelationshipDepth.nullable().optional(),
  lastTouchOn: IsoDate.nullable().optional(),
});
export type AddOwnerBody = z.input<typeof AddOwnerBody>;
export const UpdateOwnerBody = VersionBody.extend({
  depthNow: RelationshipDepth.optional(),
  depthTarget: RelationshipDepth.nullable().optional(),
  lastTouchOn: IsoDate.nullable().optional(),
});
export const OwnerParams = z.object({ contactId: Id, ownerId: Id });

// --- satisfaction ------------------------------------------------------------------------------------

export const Score = wholeFrom(0, 10);
export const CreateReadingBody = z.object({
  takenOn: IsoDate,
  score: Score,
  source: z.enum(['meeting', 'manager_estimate'], { error: 'Pulse readings come from the pulse form' }),
  comment: optionalText(2000),
});
export type CreateReadingBody = z.input<typeof CreateReadingBody>;
export const SatisfactionReading = z.object({
  id: z.string(),
  contactId: z.string(),
  takenOn: z.string(),
  score: z.number().int(),
  source: ReadingSource,
  comment: z.string().nullable(),
  recordedByName: z.string().nullable(),
  createdAt: Timestamp,
});
export type SatisfactionReading = z.infer<typeof SatisfactionReading>;
export const ReadingList = z.object({ items: z.array(SatisfactionReading) });

// --- conflicts of interest -------------------------------------------------------------------------

const ConflictSide = z.object({
  contactIds: z.array(Id).min(1, { error: 'Name at least one contact on this side' }).max(50),
  wants: z.string().trim().min(1, { error: 'Say what this side wants' }).max(2000),
});
const conflictFields = {
  title: z
    .string()
    .trim()
    .min(1, { error: 'Title is required' })
    .max(200, { error: 'At most 200 characters' }),
  sides: z.array(ConflictSide).min(2, { error: 'A conflict has at least two sides' }).max(10),
  meaningForUs: optionalText(5000),
  resolution: optionalText(5000),
  outcome: optionalText(2000),
  status: ConflictStatus,
};
export const CreateConflictBody = z.object({ ...conflictFields, status: ConflictStatus.default('open') });
export type CreateConflictBody = z.input<typeof CreateConflictBody>;
export const UpdateConflictBody = z.object(conflictFields).partial().extend(VersionBody.shape);
export const ConflictParams = z.object({ id: Id, conflictId: Id });
export const Conflict = z.object({
  id: z.string(),
  accountId: z.string(),
  title: z.string(),
  sides: z.array(z.object({ contactIds: z.array(z.string()), wants: z.string() })),
  meaningForUs: z.string().nullable(),
  resolution: z.string().nullable(),
  outcome: z.string().nullable(),
  status: ConflictStatus,
  version: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Conflict = z.infer<typeof Conflict>;
export const ConflictList = z.object({ items: z.array(Conflict) });

// --- the map as the Relationships tab draws it ---------------------------------------------------

export const OrgChartNode = Contact.omit({ notes: true, createdAt: true, updatedAt: true }).extend({
  owners: z.array(ContactOwner.omit({ contactId: true, version: true })),
});
/** Every contact of the account (left ones too, to grey out) with parent, reading and owners: one request. */
export const OrgChart = z.object({
  nodes: z.array(OrgChartNode),
  ourPeople: z.array(z.object({ personId: z.string(), name: z.string() })),
});
export type OrgChart = z.infer<typeof OrgChart>;

const GridContact = Contact.pick({
  id: true,
  name: true,
  title: true,
  decisionRole: true,
  influence: true,
  interest: true,
  attitude: true,
  latestReading: true,
});
/** Active contacts by power/interest quadrant; a value of `highFrom` or more counts as high. */
export const StakeholderGrid = z.object({
  highFrom: z.number().int(),
  quadrants: z.record(Quadrant, z.array(GridContact)),
});

const count = z.coerce.number().int();
export const StakeholderFiguresQuery = z.object({
  satisfiedAt: count.min(0).max(10).default(7),
  touchDays: count.min(1).max(3650).default(45),
  readingDays: count.min(1).max(3650).default(90),
  months: count.min(1).max(36).default(12),
});
const CementFigure = z.object({
  active: z.number().int(),
  withReading: z.number().int(),
  satisfied: z.number().int(),
  share: z.number().nullable(),
  weightedShare: z.number().nullable(),
});
export const CoverageGap = z.object({
  kind: z.enum([
    'decider_without_owner',
    'decider_not_touched',
    'decider_without_reading',
    'no_champion',
    'single_threaded',
  ]),
  contactId: z.string().optional(),
  contactName: z.string().optional(),
  personId: z.string().optional(),
  personName: z.string().optional(),
  lastTouchOn: z.string().nullable().optional(),
  lastReadingOn: z.string().nullable().optional(),
  days: z.number().int().nullable().optional(),
});
export const StakeholderFigures = z.object({
  asOf: z.string(),
  satisfiedAt: z.number().int(),
  roleFactors: z.record(DecisionRole, z.number()),
  cement: CementFigure,
  nps: z.object({
    answers: z.number().int(),
    promoters: z.number().int(),
    passives: z.number().int(),
    detractors: z.number().int(),
    score: z.number().int().nullable(),
  }),
  csat: z.object({ answers: z.number().int(), satisfied: z.number().int(), share: z.number().nullable() }),
  gaps: z.array(CoverageGap),
  trend: z.array(CementFigure.extend({ month: z.string(), asOf: z.string() })),
});
export type StakeholderFigures = z.infer<typeof StakeholderFigures>;

// --- pulses --------------------------------------------------------------------------------------

export const CreatePulsesBody = z.object({
  contactIds: z.array(Id).min(1, { error: 'Choose at least one contact' }).max(200),
  expiresInDays: z.number().int().min(1).max(90).default(14),
});
export type CreatePulsesBody = z.input<typeof CreatePulsesBody>;
/** The link is shown once, here; only the SHA-256 of its token is kept. */
export const CreatedPulses = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      contactId: z.string(),
      contactName: z.string(),
      link: z.string(),
      expiresAt: Timestamp,
    }),
  ),
});
export const PulseStatus = z.object({
  id: z.string(),
  contactId: z.string(),
  contactName: z.string(),
  sentByName: z.string().nullable(),
  createdAt: Timestamp,
  expiresAt: Timestamp,
  usedAt: Timestamp.nullable(),
  state: z.enum(['waiting', 'answered', 'expired']),
  npsAnswer: z.number().int().nullable(),
  csatAnswer: z.number().int().nullable(),
});
export const PulseList = z.object({ items: z.array(PulseStatus) });

export const PulseTokenParams = z.object({ token: z.string().max(200) });
const Questions = z.object({ recommend: z.string(), satisfaction: z.string(), comment: z.string() });
/** All the public form shows: the questions and the contact's first name. */
export const PublicPulseForm = z.object({
  firstName: z.string(),
  questions: z.object({ en: Questions, ru: Questions }),
});
export const PulseAnswerBody = z.object({
  nps: Score,
  csat: OneToFive.nullable().optional(),
  comment: optionalText(2000),
});
export type PulseAnswerBody = z.input<typeof PulseAnswerBody>;

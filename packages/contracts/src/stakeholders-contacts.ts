/* Contacts of an account and our side of each relationship: who they are, where they sit, who holds them. */
import {
  attitudes,
  conflictStatuses,
  contactLevels,
  contactStatuses,
  decisionRoles,
  locales,
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
export const ContactLanguage = z.enum(locales);

/** A whole number from `min` to `max`, with one message for every way to miss. */
export function wholeFrom(min: number, max: number) {
  const error = `Use a whole number from ${min} to ${max}`;
  return z.number({ error }).int({ error }).min(min, { error }).max(max, { error });
}
export const OneToFive = wholeFrom(1, 5);
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
  language: ContactLanguage.nullable().optional(),
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
  language: ContactLanguage.nullable(),
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

import { z } from 'zod';
import {
  Id,
  OptionalEmail,
  optionalText,
  PageQuery,
  pageOf,
  sortParam,
  Timestamp,
  VersionBody,
} from './common';

const editable = {
  name: z.string().trim().min(1, { error: 'Name is required' }).max(120, { error: 'At most 120 characters' }),
  email: OptionalEmail,
  department: optionalText(100),
  title: optionalText(120),
  lineManagerPersonId: Id.nullable().optional(),
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
  active: z.boolean(),
  userId: z.string().nullable(),
  version: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Person = z.infer<typeof Person>;

export const PersonAccount = z.object({
  accountId: z.string(),
  accountName: z.string(),
  role: z.string(),
  from: z.string(),
  to: z.string().nullable(),
});
/** A person with the accounts they work on that the viewer may see. */
export const PersonDetail = Person.extend({
  accounts: z.array(PersonAccount),
  reports: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type PersonDetail = z.infer<typeof PersonDetail>;

export const peopleSortFields = ['name', 'department', 'title', 'updatedAt'] as const;
export const ListPeopleQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional(),
  department: z.string().trim().max(100).optional(),
  lineManagerPersonId: Id.optional(),
  active: z.enum(['true', 'false', 'all']).default('true'),
  sort: sortParam(peopleSortFields, 'name'),
});
export type ListPeopleQuery = z.input<typeof ListPeopleQuery>;
export const PersonPage = pageOf(Person);
export const DepartmentList = z.object({ items: z.array(z.string()) });

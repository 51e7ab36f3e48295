import { z } from 'zod';
import { Locale, PasswordRule, UserRole } from './auth';
import { Email, Id, PageQuery, pageOf, sortParam, Timestamp, VersionBody } from './common';

export const User = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: UserRole,
  locale: Locale,
  active: z.boolean(),
  personId: z.string().nullable(),
  lastSignInAt: Timestamp.nullable(),
  version: z.number().int(),
  createdAt: Timestamp,
});
export type User = z.infer<typeof User>;

export const CreateUserBody = z.object({
  email: Email,
  name: z.string().trim().min(1, { error: 'Name is required' }).max(120),
  role: UserRole,
  locale: Locale.default('en'),
  personId: Id.nullable().optional(),
  password: PasswordRule,
});
export type CreateUserBody = z.input<typeof CreateUserBody>;

export const UpdateUserBody = VersionBody.extend({
  name: z.string().trim().min(1, { error: 'Name is required' }).max(120).optional(),
  role: UserRole.optional(),
  locale: Locale.optional(),
  active: z.boolean().optional(),
  personId: Id.nullable().optional(),
});
export type UpdateUserBody = z.input<typeof UpdateUserBody>;

export const ResetPasswordBody = z.object({ newPassword: PasswordRule });

export const ListUsersQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional(),
  role: UserRole.optional(),
  sort: sortParam(['name', 'email', 'role', 'createdAt'] as const, 'name'),
});
export const UserPage = pageOf(User);

export const ApiToken = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  userId: z.string(),
  userName: z.string(),
  createdAt: Timestamp,
  lastUsedAt: Timestamp.nullable(),
  revokedAt: Timestamp.nullable(),
});
export type ApiToken = z.infer<typeof ApiToken>;
export const ApiTokenList = z.object({ items: z.array(ApiToken) });

export const CreateTokenBody = z.object({
  name: z.string().trim().min(1, { error: 'Name the token after what uses it' }).max(100),
  /** The user the token acts as; defaults to the admin creating it. */
  userId: Id.optional(),
});
/** The secret appears once, in this response only; Vested keeps its hash. */
export const CreatedToken = ApiToken.extend({ secret: z.string() });

export const AuditEntry = z.object({
  id: z.string(),
  at: Timestamp,
  actorName: z.string().nullable(),
  entityType: z.string(),
  entityId: z.string(),
  action: z.string(),
  changes: z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() })),
  /** The names of the people the changes name by id (personId, managerPersonId, …), by id. */
  names: z.record(z.string(), z.string()).optional(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
export const AuditPage = pageOf(AuditEntry);
export const AuditQuery = PageQuery;

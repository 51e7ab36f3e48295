import { locales, userRoles } from '@vested/domain';
import { z } from 'zod';
import { Email } from './common';

export const UserRole = z.enum(userRoles);
export const Locale = z.enum(locales);

export const SignInBody = z.object({
  email: Email,
  password: z.string().min(1, { error: 'Enter your password' }).max(200),
});

export const Me = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: UserRole,
  locale: Locale,
  personId: z.string().nullable(),
  /** Double-submit token: send it back as the x-csrf-token header on every cookie-authenticated write. */
  csrfToken: z.string(),
  can: z.object({
    createAccount: z.boolean(),
    /** Name another person as an account's manager (an account manager who creates one manages it). */
    assignManager: z.boolean(),
    managePeople: z.boolean(),
    manageUsers: z.boolean(),
  }),
});
export type Me = z.infer<typeof Me>;

export const PasswordRule = z
  .string()
  .min(10, { error: 'At least 10 characters' })
  .max(200, { error: 'At most 200 characters' });

export const ChangePasswordBody = z.object({
  currentPassword: z.string().min(1, { error: 'Enter your current password' }),
  newPassword: PasswordRule,
});

export const UpdateProfileBody = z.object({
  locale: Locale.optional(),
  name: z.string().trim().min(1).max(120).optional(),
});

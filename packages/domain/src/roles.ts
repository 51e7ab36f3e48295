/** Roles a user holds in the workspace. Access to one account also depends on the account team. */
export const userRoles = ['admin', 'director', 'account_manager', 'member', 'finance', 'viewer'] as const;
export type UserRole = (typeof userRoles)[number];

/**
 * The default roles on an account team (PRODUCT.md idea 9). The workspace's own list lives in the
 * database (team_roles, created with these keys, plus 'engineer' which teams already used); a workspace
 * may add roles, so a team role is any key of that list. `account_manager` is built in: exactly one
 * person holds it per account at a time, and it leads the account.
 */
export const teamRoles = [
  'account_manager',
  'executive_sponsor',
  'sales',
  'delivery_manager',
  'project_manager',
  'solution_architect',
  'technical_lead',
  'marketing',
  'engineer',
] as const;
export type DefaultTeamRole = (typeof teamRoles)[number];
/** A key of the workspace's role list. */
export type TeamRole = string;
export const ACCOUNT_MANAGER_ROLE = 'account_manager' satisfies DefaultTeamRole;

export const accountObjectives = ['growth', 'preservation', 'image'] as const;
export type AccountObjective = (typeof accountObjectives)[number];

export const accountTiers = ['key', 'regular'] as const;
export type AccountTier = (typeof accountTiers)[number];

export const accountPhases = ['meeting_expectations', 'forming_expectations'] as const;
export type AccountPhase = (typeof accountPhases)[number];

export const accountStatuses = ['active', 'paused', 'closed'] as const;
export type AccountStatus = (typeof accountStatuses)[number];

export const sizeBands = ['small', 'medium', 'large', 'enterprise'] as const;
export type SizeBand = (typeof sizeBands)[number];

export const locales = ['en', 'ru'] as const;
export type Locale = (typeof locales)[number];

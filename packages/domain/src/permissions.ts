import { type IsoDate, withinPeriod } from './dates';
import type { TeamRole, UserRole } from './roles';

/**
 * Who may do what. Read this file as the specification of access in Vested:
 * - admin and director see and change every account;
 * - finance and viewer read every account (viewer is read-only everywhere);
 * - account managers and members see only accounts whose team they are on today,
 *   and change only what their role on that account allows.
 * A route that finds `read` false answers 404, so an account's existence does not leak.
 */
export type Actor = { userId: string; role: UserRole; personId: string | null };

export type TeamMembership = { personId: string; role: TeamRole; from: IsoDate; to: IsoDate | null };

/** What the policy needs to know about one account. */
export type AccountAccessFacts = { managerPersonId: string | null; team: readonly TeamMembership[] };

export type AccountAction =
  | 'read'
  | 'update' // overview, business notes, tags, status
  | 'changePhase'
  | 'manageTeam'
  | 'decideTier'
  | 'assignManager'
  | 'archive';

export type WorkspaceAction =
  | 'createAccount'
  | 'assignManager'
  | 'readPeople'
  | 'managePeople'
  | 'manageUsers'
  | 'manageTokens'
  | 'readAllAccounts';

const seesEveryAccount: readonly UserRole[] = ['admin', 'director', 'finance', 'viewer'];
const runsTheProgram: readonly UserRole[] = ['admin', 'director'];
/** Team roles that lead the account and so may edit it. */
const leadingTeamRoles: readonly TeamRole[] = ['account_manager'];

export function canOnWorkspace(actor: Actor, action: WorkspaceAction): boolean {
  switch (action) {
    case 'readPeople':
      return true;
    case 'readAllAccounts':
      return seesEveryAccount.includes(actor.role);
    case 'createAccount':
      return runsTheProgram.includes(actor.role) || actor.role === 'account_manager';
    case 'managePeople':
    case 'assignManager':
      return runsTheProgram.includes(actor.role);
    case 'manageUsers':
    case 'manageTokens':
      return actor.role === 'admin';
  }
}

/** The actor's current places on the account's team (memberships valid on `today`). */
export function currentRolesOn(actor: Actor, facts: AccountAccessFacts, today: IsoDate): TeamRole[] {
  if (actor.personId === null) return [];
  const roles = facts.team
    .filter((m) => m.personId === actor.personId && withinPeriod(today, m.from, m.to))
    .map((m) => m.role);
  if (facts.managerPersonId === actor.personId && !roles.includes('account_manager'))
    roles.push('account_manager');
  return roles;
}

export function canOnAccount(
  actor: Actor,
  action: AccountAction,
  facts: AccountAccessFacts,
  today: IsoDate,
): boolean {
  if (runsTheProgram.includes(actor.role)) return true;
  if (actor.role === 'finance' || actor.role === 'viewer') return action === 'read';

  const roles = currentRolesOn(actor, facts, today);
  if (roles.length === 0) return false;
  const leads = roles.some((r) => leadingTeamRoles.includes(r));
  switch (action) {
    case 'read':
      return true;
    case 'update':
    case 'changePhase':
    case 'manageTeam':
      return leads;
    case 'decideTier':
    case 'assignManager':
    case 'archive':
      return false;
  }
}

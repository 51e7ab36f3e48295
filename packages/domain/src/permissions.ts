import { type IsoDate, withinPeriod } from './dates';
import type { TeamRole, UserRole } from './roles';

/**
 * Who may do what. Read this file as the specification of access in Vested:
 * - admin and director see and change every account;
 * - finance and viewer read every account (viewer is read-only everywhere);
 * - account managers and members see only accounts whose team they are on today,
 *   and change only what their role on that account allows.
 * A route that finds `read` false answers 404, so an account's existence does not leak.
 *
 * Economics (PRODUCT.md ideas 1–3):
 * - reading an account's economics (`readEconomics`) follows reading the account: a member sees the
 *   figures of their own accounts only; finance and viewer read all of them;
 * - recording investments (`recordInvestment`): admin, director, finance, and the account's lead (its
 *   account manager) on that account — the AM logs the trips and studies they spend on it;
 * - recording returns (`recordReturns`: monthly revenue and delivery cost): admin, director, finance —
 *   the books are finance's;
 * - value events (`recordValueEvent`: references, case studies…): admin, director, finance and the AM;
 *   their money equivalent is the director's judgement (`valueInMoney`: admin, director) — a number that
 *   moves image accounts' figures should not be set by the person judged by them;
 * - exchange rates, cost rates and the workspace's economics settings (`manageEconomics`, also needed
 *   to read cost rates, which are close to salaries): admin, director, finance;
 * - the portfolio lists only the accounts the actor may read (the ranking itself spans all of them).
 *
 * Teams and capacity (PRODUCT.md ideas 9 and 10):
 * - the team (members, allocations, the account's role and skill needs) is changed by those who lead the
 *   account (`manageTeam`): its account manager, a director, an admin — never a plain member;
 * - the account-manager role changes through a procedure: the account's AM or a director asks
 *   (`requestManager`), a director approves or rejects with a reason (`approveManager`);
 * - the role and skill catalogues are the program's (`manageCatalogue`: admin, director);
 * - everyone's allocations (`readAllCapacity`) are read by those who read every account; anyone else
 *   sees themselves, the people in their line (a line manager sees where their people work: the account's
 *   name, role and hours — not its economics) and the teams of the accounts they may read;
 * - assessments of account managers are recorded and read by directors (`assessManager`); the assessed
 *   person reads their own.
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
  | 'archive'
  | 'readEconomics'
  | 'recordInvestment'
  | 'recordReturns'
  | 'recordValueEvent'
  | 'requestManager';

export type WorkspaceAction =
  | 'createAccount'
  | 'assignManager'
  | 'readPeople'
  | 'managePeople'
  | 'manageUsers'
  | 'manageTokens'
  | 'readAllAccounts'
  | 'manageEconomics'
  | 'approveManager'
  | 'assessManager'
  | 'manageCatalogue'
  | 'readAllCapacity'
  | 'valueInMoney';

const seesEveryAccount: readonly UserRole[] = ['admin', 'director', 'finance', 'viewer'];
const runsTheProgram: readonly UserRole[] = ['admin', 'director'];
/** Who keeps the books: rates, settings and returns. */
const keepsTheBooks: readonly UserRole[] = ['admin', 'director', 'finance'];
/** Team roles that lead the account and so may edit it. */
const leadingTeamRoles: readonly TeamRole[] = ['account_manager'];

export function canOnWorkspace(actor: Actor, action: WorkspaceAction): boolean {
  switch (action) {
    case 'readPeople':
      return true;
    case 'readAllAccounts':
    case 'readAllCapacity':
      return seesEveryAccount.includes(actor.role);
    case 'createAccount':
      return runsTheProgram.includes(actor.role) || actor.role === 'account_manager';
    case 'manageEconomics':
      return keepsTheBooks.includes(actor.role);
    case 'managePeople':
    case 'assignManager':
    case 'approveManager':
    case 'assessManager':
    case 'manageCatalogue':
    case 'valueInMoney':
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
  if (actor.role === 'finance')
    return ['read', 'readEconomics', 'recordInvestment', 'recordReturns', 'recordValueEvent'].includes(
      action,
    );
  if (actor.role === 'viewer') return action === 'read' || action === 'readEconomics';

  const roles = currentRolesOn(actor, facts, today);
  if (roles.length === 0) return false;
  const leads = roles.some((r) => leadingTeamRoles.includes(r));
  switch (action) {
    case 'read':
    case 'readEconomics':
      return true;
    case 'update':
    case 'changePhase':
    case 'manageTeam':
    case 'recordInvestment':
    case 'recordValueEvent':
    case 'requestManager':
      return leads;
    case 'recordReturns':
    case 'decideTier':
    case 'assignManager':
    case 'archive':
      return false;
  }
}

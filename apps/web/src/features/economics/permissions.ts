import type { AccountDetail, Me } from '@vested/contracts';
import { canOnWorkspace } from '@vested/domain';
import { useMe } from '../../lib/me';

const actorOf = (me: Me) => ({ userId: me.id, role: me.role, personId: me.personId });

/** Rates, settings and cost rates: admin, director, finance (the domain's `manageEconomics`). */
export function canManageEconomics(me: Me): boolean {
  return canOnWorkspace(actorOf(me), 'manageEconomics');
}

export type EconomicsPermissions = {
  recordInvestment: boolean;
  recordReturns: boolean;
  recordValueEvent: boolean;
  /** The money equivalent of a value event is the program director's judgement. */
  setEquivalent: boolean;
  manageRates: boolean;
};

/**
 * What the signed-in user may write on this account's economics, by the domain's policy
 * (permissions.ts): the books' keepers (admin, director, finance) record everything; otherwise only the
 * account's lead records investments and value events — exactly the people for whom the server
 * already reports `permissions.update` on the account (viewers and plain members get false there).
 */
export function useEconomicsPermissions(account: AccountDetail): EconomicsPermissions {
  const me = useMe();
  const books = canManageEconomics(me);
  const leads = account.permissions.update;
  return {
    recordInvestment: books || leads,
    recordReturns: books,
    recordValueEvent: books || leads,
    setEquivalent: me.role === 'director' || me.role === 'admin',
    manageRates: books,
  };
}

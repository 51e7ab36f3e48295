import { type ManagerResults, StakeholderFiguresQuery } from '@vested/contracts';
import {
  ACCOUNT_MANAGER_ROLE,
  type AccountObjective,
  addMonths,
  daysBetween,
  EconomicsError,
  type IsoDate,
  type ManagedAccountFacts,
  managerResults,
  monthOf,
  monthsFromTo,
  roiMultiple,
} from '@vested/domain';
import { and, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { accounts, accountTeamMembers } from '../../db/schema';
import type { SignedIn } from '../../http/authenticate';
import { visibleTo } from '../accounts/queries';
import { accountEconomics } from '../economics/account-economics';
import { domainSettings, loadSettingsRow } from '../economics/settings';
import { stakeholderFigures } from '../stakeholders/figures';

export type Period = { from: IsoDate; to: IsoDate };

/** The accounts a person managed for at least a day of the period, with the days of it they held. */
export async function managedAccounts(db: Db, personIds: readonly string[], period: Period) {
  if (personIds.length === 0) return [];
  const rows = await db
    .select({
      personId: accountTeamMembers.personId,
      accountId: accountTeamMembers.accountId,
      name: accounts.name,
      objective: accounts.objective,
      from: accountTeamMembers.fromDate,
      to: accountTeamMembers.toDate,
    })
    .from(accountTeamMembers)
    .innerJoin(accounts, eq(accounts.id, accountTeamMembers.accountId))
    .where(
      and(
        inArray(accountTeamMembers.personId, [...personIds]),
        eq(accountTeamMembers.role, ACCOUNT_MANAGER_ROLE),
        lte(accountTeamMembers.fromDate, period.to),
        or(isNull(accountTeamMembers.toDate), gte(accountTeamMembers.toDate, period.from)),
      ),
    )
    .orderBy(accounts.name);
  // A person may have held one account twice in a period: one entry, the days added up.
  const held = new Map<
    string,
    {
      personId: string;
      accountId: string;
      name: string;
      objective: AccountObjective;
      heldFrom: IsoDate;
      heldTo: IsoDate;
      heldDays: number;
    }
  >();
  for (const r of rows) {
    const from = r.from > period.from ? r.from : period.from;
    const to = r.to !== null && r.to < period.to ? r.to : period.to;
    const key = `${r.personId}:${r.accountId}`;
    const seen = held.get(key);
    const days = daysBetween(from, to) + 1;
    held.set(key, {
      personId: r.personId,
      accountId: r.accountId,
      name: r.name,
      objective: r.objective,
      heldFrom: seen && seen.heldFrom < from ? seen.heldFrom : from,
      heldTo: seen && seen.heldTo > to ? seen.heldTo : to,
      heldDays: (seen?.heldDays ?? 0) + days,
    });
  }
  return [...held.values()];
}

type AccountHeld = Awaited<ReturnType<typeof managedAccounts>>[number];

/**
 * What Vested holds of one account over the period, through the same code as the account's own pages:
 * its economics for the period's months and the equally long stretch before (objective judged as of
 * the period's end), and its cement on the period's first and last day. A figure that cannot be
 * computed (a missing exchange or cost rate) is left out with the reason.
 */
async function accountFacts(
  db: Db,
  system: SignedIn,
  account: AccountHeld,
  period: Period,
  today: IsoDate,
): Promise<{ facts: ManagedAccountFacts; notes: string[] }> {
  const notes: string[] = [];
  const from = monthOf(period.from);
  const to = monthOf(period.to);
  const length = monthsFromTo(from, to).length;
  let status: ManagedAccountFacts['status'] = null;
  let figures: ManagedAccountFacts['figures'] = null;
  try {
    const [now, before] = await Promise.all([
      accountEconomics(db, system, account.accountId, { from, to }, today),
      accountEconomics(
        db,
        system,
        account.accountId,
        { from: addMonths(from, -length), to: addMonths(from, -1) },
        today,
      ),
    ]);
    status = now.objective.status;
    figures = {
      invested: now.invested.total,
      returned: now.returned.total,
      previousInvested: before.invested.total,
      previousReturned: before.returned.total,
    };
  } catch (err) {
    if (!(err instanceof EconomicsError)) throw err;
    notes.push(`Economics not available: ${err.message}`);
  }
  const query = StakeholderFiguresQuery.parse({ months: 1 });
  const last = period.to < today ? period.to : today;
  const [start, end] = await Promise.all([
    stakeholderFigures(db, account.accountId, query, period.from),
    stakeholderFigures(db, account.accountId, query, last),
  ]);
  if (start.cement.share === null || end.cement.share === null)
    notes.push('No active contacts to measure cement');
  return {
    facts: {
      accountId: account.accountId,
      name: account.name,
      objective: account.objective,
      heldDays: account.heldDays,
      status,
      figures,
      cementStart: start.cement.share,
      cementEnd: end.cement.share,
    },
    notes,
  };
}

/**
 * An account manager's measured results over a period (the domain's `managerResults`), with the
 * account-by-account figures the viewer may see: an account the viewer no longer reads is named, counts
 * in the totals, and carries no figures of its own.
 */
export async function resultsOf(
  db: Db,
  viewer: SignedIn,
  personId: string,
  period: Period,
  today: IsoDate,
  held?: AccountHeld[],
): Promise<ManagerResults> {
  const accountsHeld = held ?? (await managedAccounts(db, [personId], period));
  // Results read the accounts' books on the director's authority, whoever asks (the route decides who may).
  const system: SignedIn = { ...viewer, role: 'director', personId: null };
  const gathered = [];
  for (const a of accountsHeld) gathered.push(await accountFacts(db, system, a, period, today));
  const ids = accountsHeld.map((a) => a.accountId);
  const visible = new Set(
    ids.length === 0
      ? []
      : (
          await db
            .select({ id: accounts.id })
            .from(accounts)
            .where(and(inArray(accounts.id, ids), visibleTo(viewer, today) ?? sql`true`))
        ).map((r) => r.id),
  );
  const settings = domainSettings(await loadSettingsRow(db));
  const totals = managerResults(gathered.map((g) => g.facts));
  return {
    period,
    currency: settings.baseCurrency,
    ...totals,
    byAccount: gathered.map(({ facts, notes }, i) => {
      const a = accountsHeld[i]!;
      const shown = visible.has(facts.accountId);
      return {
        accountId: facts.accountId,
        name: facts.name,
        objective: facts.objective,
        heldFrom: a.heldFrom,
        heldTo: a.heldTo,
        status: shown ? facts.status : null,
        roiMultiple:
          shown && facts.figures ? roiMultiple(facts.figures.returned, facts.figures.invested) : null,
        previousRoiMultiple:
          shown && facts.figures
            ? roiMultiple(facts.figures.previousReturned, facts.figures.previousInvested)
            : null,
        cementStart: shown ? facts.cementStart : null,
        cementEnd: shown ? facts.cementEnd : null,
        notes: shown ? notes : ['Figures withheld: you no longer see this account'],
      };
    }),
  };
}

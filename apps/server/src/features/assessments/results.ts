import { type ManagerResults, StakeholderFiguresQuery } from '@vested/contracts';
import {
  ACCOUNT_MANAGER_ROLE,
  type AccountObjective,
  addDays,
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
    // The later start (ISO dates order as text).
    const from = [r.from, period.from].sort()[1]!;
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
 * one read of its economics from the start of the equally long stretch before the period to the
 * period's end (month by month, so both periods are sums of months; the objective judged as of the
 * period's end), and one read of its stakeholder figures whose monthly cement trend gives the cement
 * on the day before the period starts (the previous month's end) and on its last day. A figure that
 * cannot be computed (a missing exchange or cost rate) is left out with the reason.
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
  const before = addMonths(from, -length);
  let status: ManagedAccountFacts['status'] = null;
  let figures: ManagedAccountFacts['figures'] = null;
  try {
    const e = await accountEconomics(db, system, account.accountId, { from: before, to }, today);
    const sum = (key: 'invested' | 'returned', inPeriod: boolean) =>
      e.monthly.filter((m) => m.month >= from === inPeriod).reduce((s, m) => s + m[key], 0);
    status = e.objective.status;
    figures = {
      invested: sum('invested', true),
      returned: sum('returned', true),
      previousInvested: sum('invested', false),
      previousReturned: sum('returned', false),
    };
  } catch (err) {
    if (!(err instanceof EconomicsError)) throw err;
    notes.push(`Economics not available: ${err.message}`);
  }
  const last = period.to < today ? period.to : today;
  const months = monthsFromTo(addMonths(from, -1), monthOf(last)).length;
  const cementOn = async (day: IsoDate, count: number) =>
    (await stakeholderFigures(db, account.accountId, StakeholderFiguresQuery.parse({ months: count }), day))
      .trend;
  // The trend reaches back at most 36 months; a longer period reads its start on its own.
  const trend = await cementOn(last, Math.min(months, 36));
  const cementStart =
    (months <= 36 ? trend[0] : (await cementOn(addDays(period.from, -1), 1))[0])?.share ?? null;
  const cementEnd = trend.at(-1)?.share ?? null;
  if (cementStart === null || cementEnd === null) notes.push('No active contacts to measure cement');
  return {
    facts: {
      accountId: account.accountId,
      name: account.name,
      objective: account.objective,
      heldDays: account.heldDays,
      status,
      figures,
      cementStart,
      cementEnd,
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
  const gathered = await Promise.all(accountsHeld.map((a) => accountFacts(db, system, a, period, today)));
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

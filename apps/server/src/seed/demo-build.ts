import { randomUUID } from 'node:crypto';
import type { TeamRole } from '@vested/domain';
import type { accountDecisions, accounts, accountTeamMembers, people, users } from '../db/schema';
import { addDays, addMonths, assertIsoDate, atMorning, maxDate, minDate } from './dates';
import { type DemoAccount, demoAccounts } from './demo-accounts';
import { demoNotes } from './demo-notes';
import { demoPeople, personEmail } from './demo-people';
import { buildStakeholders, type StakeholderRows } from './demo-stakeholders';
import {
  composedPhaseReason,
  fixedMembers,
  kestrelHistory,
  managerChanges,
  memberPersonKey,
  pastStints,
  phaseReasons,
  sponsors,
  tierReasons,
} from './demo-story';
import { demoUsers } from './demo-users';
import { mulberry32, type Random } from './prng';

type WithId<T> = T & { id: string };
export type DemoRows = {
  people: WithId<typeof people.$inferInsert>[];
  users: WithId<Omit<typeof users.$inferInsert, 'passwordHash'>>[];
  accounts: WithId<typeof accounts.$inferInsert>[];
  memberships: WithId<typeof accountTeamMembers.$inferInsert>[];
  decisions: WithId<typeof accountDecisions.$inferInsert>[];
  stakeholders: StakeholderRows;
};

/** The date of the article (29 May 2017) as the seed: any fixed number gives the same demo every time. */
const SEED = 20_170_529;

/** Phase 2 after this many months, where the story says so (the article: 6–12 months of listening). */
const phaseAfterMonths: Record<string, number> = { albion: 9 };

/** Builds every row of the demo workspace, as plain data, relative to `today`. Pure but for `newId`. */
export function buildDemo(today: string, newId: () => string = randomUUID): DemoRows {
  assertIsoDate(today);
  const rng = mulberry32(SEED);
  const monthsAgo = (n: number) => addMonths(today, -n);

  const idOf = new Map(demoPeople.map((p) => [p.key, newId()]));
  const pid = (key: string): string => {
    const found = idOf.get(key);
    if (!found) throw new Error(`Demo data names an unknown person "${key}"`);
    return found;
  };
  const peopleRows = demoPeople.map((p) => ({
    id: pid(p.key),
    name: p.name,
    email: personEmail(p.name),
    department: p.department,
    title: p.title,
    lineManagerPersonId: p.manager ? pid(p.manager) : null,
    active: p.active ?? true,
  }));

  const userRows = demoUsers.map((u) => ({
    id: newId(),
    email: u.email,
    name: u.name,
    role: u.role,
    locale: u.locale,
    personId: u.person ? pid(u.person) : null,
  }));
  const directorUserId = userRows.find((u) => u.role === 'director')?.id ?? null;

  const teams = new TeamPicker(rng, idOf);
  const accountRows: DemoRows['accounts'] = [];
  const memberships: DemoRows['memberships'] = [];
  const decisions: DemoRows['decisions'] = [];
  const decide = (
    accountId: string,
    kind: 'tier' | 'phase',
    from: string,
    to: string,
    on: string,
    reason: string,
  ) =>
    decisions.push({
      id: newId(),
      accountId,
      kind,
      fromValue: from,
      toValue: to,
      reason,
      decidedByUserId: directorUserId,
      decidedAt: atMorning(on),
    });

  const accountIdByKey = new Map<string, string>();
  for (const a of demoAccounts) {
    const id = newId();
    accountIdByKey.set(a.key, id);
    const startedOn = minDate(addDays(monthsAgo(a.months), rng.int(0, 14)), today);
    const end = a.closedMonthsAgo ? monthsAgo(a.closedMonthsAgo) : null;
    const keyOn = a.keyMonthsAgo ? monthsAgo(a.keyMonthsAgo) : null;
    accountRows.push({
      id,
      name: a.name,
      industry: a.industry,
      country: a.country,
      website: a.website,
      sizeBand: a.size,
      startedOn,
      status: a.status,
      objective: a.objective,
      tier: a.tier,
      phase: a.phase,
      managerPersonId: pid(a.am),
      businessNotes: demoNotes[a.key] ?? null,
      tags: a.tags,
    });
    const seat = (person: string, role: TeamRole, from: string, to: string | null = end) => {
      const fromDate = minDate(from, to ?? today);
      memberships.push({ id: newId(), accountId: id, personId: pid(person), role, fromDate, toDate: to });
    };

    const change = managerChanges.find((c) => c.account === a.key);
    if (change) {
      const changedOn = monthsAgo(change.monthsAgo);
      seat(change.previous, 'account_manager', startedOn, addDays(changedOn, -1));
      seat(a.am, 'account_manager', changedOn);
    } else {
      seat(a.am, 'account_manager', startedOn);
    }
    const sponsor = sponsors[a.key];
    if (sponsor) seat(sponsor, 'executive_sponsor', keyOn ?? startedOn);
    const stints = pastStints.filter((s) => s.account === a.key);
    for (const s of stints) seat(s.person, s.role, maxDate(startedOn, monthsAgo(s.from)), monthsAgo(s.to));

    const taken = new Set([a.am, ...(sponsor ? [sponsor] : []), ...stints.map((s) => s.person)]);
    for (const [person, role] of teams.draw(a, sponsor ? 2 : 1, taken))
      seat(person, role, joinDate(rng, startedOn, today));

    if (keyOn)
      decide(id, 'tier', 'regular', 'key', keyOn, tierReasons[a.key] ?? 'Top quartile of the portfolio.');
    if (a.phase === 'forming_expectations') {
      const after =
        phaseAfterMonths[a.key] ?? Math.min(Math.max(Math.round(a.months * 0.4), 4), a.months - 2);
      const reason =
        phaseReasons[a.key] ?? composedPhaseReason(rng.int(7, 14), rng.int(70, 90), rng.int(3, 8));
      decide(
        id,
        'phase',
        'meeting_expectations',
        'forming_expectations',
        addMonths(startedOn, after),
        reason,
      );
    }
    if (a.key === 'kestrel') {
      const k = kestrelHistory;
      decide(
        id,
        'phase',
        'meeting_expectations',
        'forming_expectations',
        monthsAgo(k.formed.monthsAgo),
        k.formed.reason,
      );
      decide(id, 'tier', 'regular', 'key', monthsAgo(k.promoted.monthsAgo), k.promoted.reason);
      decide(
        id,
        'phase',
        'forming_expectations',
        'meeting_expectations',
        monthsAgo(k.reverted.monthsAgo),
        k.reverted.reason,
      );
      decide(id, 'tier', 'key', 'regular', monthsAgo(k.demoted.monthsAgo), k.demoted.reason);
    }
  }
  const stakeholders = buildStakeholders(
    today,
    (key) => accountIdByKey.get(key) ?? missing('account', key),
    pid,
    directorUserId,
    newId,
  );
  return { people: peopleRows, users: userRows, accounts: accountRows, memberships, decisions, stakeholders };
}

function missing(what: string, key: string): never {
  throw new Error(`Demo data names an unknown ${what} "${key}"`);
}

/** Team members join within two months of the account's start (never after today). */
function joinDate(rng: Random, startedOn: string, today: string): string {
  return minDate(addDays(startedOn, rng.int(0, 60)), today);
}

/**
 * Draws the rest of each account team from the departments (the matrix), spreading the load: of those
 * who can play a role, the one on the fewest accounts so far is chosen, ties broken by a seeded shuffle.
 */
class TeamPicker {
  private readonly pools = new Map<TeamRole, string[]>();
  private readonly load = new Map<string, number>();
  private readonly roleOf = new Map<string, TeamRole>();

  constructor(
    private readonly rng: Random,
    idOf: Map<string, string>,
  ) {
    const reserved = new Set([
      ...demoAccounts.map((a) => a.am),
      ...managerChanges.map((c) => c.previous),
      memberPersonKey,
    ]);
    for (const p of demoPeople) {
      if (!p.teamRole || !idOf.has(p.key)) continue;
      this.roleOf.set(p.key, p.teamRole);
      if (reserved.has(p.key) || p.active === false || p.teamRole === 'executive_sponsor') continue;
      this.pools.set(p.teamRole, [...(this.pools.get(p.teamRole) ?? []), p.key]);
    }
    for (const [role, pool] of this.pools) this.pools.set(role, rng.shuffle(pool));
  }

  /** `seated` people are already on the current team; `taken` may not be drawn (seated or past). */
  draw(a: DemoAccount, seated: number, taken: Set<string>): [string, TeamRole][] {
    const rng = this.rng;
    let size =
      a.tier === 'key'
        ? 7
        : a.size === 'enterprise'
          ? 6
          : a.size === 'large'
            ? rng.int(5, 6)
            : a.size === 'medium'
              ? rng.int(4, 5)
              : rng.int(3, 4);
    if (a.months < 12) size = Math.min(size, 4);
    const slots = this.slotsFor(a);
    const team: [string, TeamRole][] = [];
    for (const [person, role] of fixedMembers[a.key] ?? []) {
      team.push([person, role]);
      taken.add(person);
      const at = slots.indexOf(role);
      if (at >= 0) slots.splice(at, 1);
    }
    const seatsLeft = size - seated - team.length;
    for (const role of slots.slice(0, Math.max(seatsLeft, 0))) {
      const person = this.pick(role, taken);
      if (!person) continue;
      team.push([person, role]);
      taken.add(person);
    }
    for (const [person] of team) this.load.set(person, (this.load.get(person) ?? 0) + 1);
    return team;
  }

  private slotsFor(a: DemoAccount): TeamRole[] {
    const amRole = this.roleOf.get(a.am);
    const counterpart: TeamRole = amRole === 'sales' ? 'project_manager' : 'sales';
    const big = a.tier === 'key' || a.size === 'large' || a.size === 'enterprise';
    const slots: TeamRole[] = big
      ? [
          counterpart,
          'technical_lead',
          'engineer',
          'solution_architect',
          'engineer',
          'delivery_manager',
          'engineer',
        ]
      : [counterpart, 'engineer', 'technical_lead', 'engineer', 'engineer'];
    if (a.objective === 'image') slots.splice(2, 0, 'marketing');
    return slots;
  }

  private pick(role: TeamRole, taken: Set<string>): string | undefined {
    const pool = (this.pools.get(role) ?? []).filter((p) => !taken.has(p));
    let best: string | undefined;
    for (const p of pool)
      if (best === undefined || (this.load.get(p) ?? 0) < (this.load.get(best) ?? 0)) best = p;
    return best;
  }
}

import {
  type AccountAccessFacts,
  type AccountAction,
  canOnAccount,
  type IsoDate,
  type TeamRole,
  withinPeriod,
} from '@vested/domain';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { SignedIn } from '../../http/authenticate';

/**
 * Names in a file resolved to records, in memory: the accounts and people of a workspace are thousands,
 * its time entries millions, so every name is looked up once per import, not once per row. The access
 * rule is the domain's own (`canOnAccount`), asked once per account.
 */
export type Found = { ok: true; id: string; name: string } | { ok: false; reason: string };

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const key = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

type Membership = { role: TeamRole; from: IsoDate; to: IsoDate | null };

export type AccountLookup = {
  find(text: string): Found;
  /** The person's role on the account's team on that day (their manager role as a fallback), else null. */
  roleOn(accountId: string, personId: string, date: IsoDate): TeamRole | null;
};

/**
 * Accounts the actor may `action` on, findable by name (any letter case) or id. An account they may
 * not see and one that does not exist answer alike — "not found or not yours" — so a file cannot be
 * used to probe for accounts.
 */
export async function accountLookup(
  tx: Db,
  actor: SignedIn,
  action: AccountAction,
  today: IsoDate,
): Promise<AccountLookup> {
  // One after the other: a transaction's queries share one connection.
  const accountRows = await tx.execute(sql`select id, name, manager_person_id from accounts`);
  const teamRows = await tx.execute(sql`select account_id, person_id, role, from_date::text as from_date,
    to_date::text as to_date from account_team_members`);
  const teams = new Map<string, Map<string, Membership[]>>();
  for (const m of rowsOf<{
    account_id: string;
    person_id: string;
    role: TeamRole;
    from_date: string;
    to_date: string | null;
  }>(teamRows)) {
    const byPerson = teams.get(m.account_id) ?? new Map<string, Membership[]>();
    teams.set(m.account_id, byPerson);
    const list = byPerson.get(m.person_id) ?? [];
    byPerson.set(m.person_id, list);
    list.push({ role: m.role, from: m.from_date, to: m.to_date });
  }
  // The latest membership first (then by role name), so roleOn's choice is stable.
  for (const byPerson of teams.values())
    for (const list of byPerson.values())
      list.sort((a, b) => (a.from === b.from ? a.role.localeCompare(b.role) : a.from < b.from ? 1 : -1));
  const managers = new Map<string, string | null>();
  const visible = new Map<string, { id: string; name: string; allowed: boolean }>();
  const byName = new Map<string, { id: string; name: string; allowed: boolean }[]>();
  for (const a of rowsOf<{ id: string; name: string; manager_person_id: string | null }>(accountRows)) {
    managers.set(a.id, a.manager_person_id);
    const own = actor.personId ? (teams.get(a.id)?.get(actor.personId) ?? []) : [];
    const facts: AccountAccessFacts = {
      managerPersonId: a.manager_person_id,
      team: own.map((m) => ({ personId: actor.personId!, ...m })),
    };
    if (!canOnAccount(actor, 'read', facts, today)) continue;
    const entry = { id: a.id, name: a.name, allowed: canOnAccount(actor, action, facts, today) };
    visible.set(a.id, entry);
    const list = byName.get(key(a.name)) ?? [];
    byName.set(key(a.name), list);
    list.push(entry);
  }
  return {
    find(text) {
      const t = text.trim();
      if (t === '') return { ok: false, reason: 'The account is missing' };
      const notYours = { ok: false as const, reason: `Account '${t}' not found or not yours` };
      const hits = uuidPattern.test(t)
        ? [visible.get(t.toLowerCase())].filter((a) => a !== undefined)
        : (byName.get(key(t)) ?? []);
      if (hits.length > 1)
        return {
          ok: false,
          reason: `${hits.length} of your accounts are named '${t}'; use the account id instead`,
        };
      const hit = hits[0];
      return hit?.allowed ? { ok: true, id: hit.id, name: hit.name } : notYours;
    },
    roleOn(accountId, personId, date) {
      const held = teams.get(accountId)?.get(personId);
      if (held) for (const m of held) if (withinPeriod(date, m.from, m.to)) return m.role;
      return managers.get(accountId) === personId ? 'account_manager' : null;
    },
  };
}

export type PersonLookup = { find(text: string): Found };

/** People by email (any letter case) or by name; a name two people share asks for the email. */
export async function personLookup(tx: Db): Promise<PersonLookup> {
  const rows = rowsOf<{ id: string; name: string; email: string | null }>(
    await tx.execute(sql`select id, name, email from people`),
  );
  const byEmail = new Map<string, { id: string; name: string }>();
  const byName = new Map<string, { id: string; name: string }[]>();
  for (const p of rows) {
    if (p.email) byEmail.set(key(p.email), p);
    const list = byName.get(key(p.name)) ?? [];
    byName.set(key(p.name), list);
    list.push(p);
  }
  return {
    find(text) {
      const t = text.trim();
      if (t === '') return { ok: false, reason: 'The person is missing' };
      if (t.includes('@')) {
        const p = byEmail.get(key(t));
        return p
          ? { ok: true, id: p.id, name: p.name }
          : { ok: false, reason: `No person with the email '${t}'` };
      }
      const hits = byName.get(key(t)) ?? [];
      if (hits.length > 1)
        return { ok: false, reason: `${hits.length} people are named '${t}'; use their email instead` };
      return hits[0]
        ? { ok: true, id: hits[0].id, name: hits[0].name }
        : { ok: false, reason: `No person named '${t}' (add them under People, or use their email)` };
    },
  };
}
